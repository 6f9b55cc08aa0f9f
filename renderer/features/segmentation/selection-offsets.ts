import { CodePointIndex } from '../../../shared/text/codepoints';

/** A selection in the reader as document offsets (code points); start === end for a caret. */
export interface DocumentSelection {
  start: number;
  end: number;
  /** The selected text as the DOM shows it, so the menu can say what it will act on. */
  text: string;
}

/**
 * Document offset (code points) of a UTF-16 offset inside one piece's text. The piece starts at
 * document offset `pieceStart`; an offset inside a surrogate pair rounds down to the character.
 */
export function pieceOffsetToDocument(
  pieceStart: number,
  index: CodePointIndex,
  utf16Offset: number,
): number {
  return pieceStart + index.toCodePoint(utf16Offset);
}

interface PieceText {
  node: Text;
  start: number;
  index: CodePointIndex;
}

/** The reader's pieces in document order, each a text node tagged with where it starts. */
function collectPieceTexts(container: HTMLElement): PieceText[] {
  const pieces: PieceText[] = [];
  container.querySelectorAll<HTMLElement>('[data-start]').forEach((element) => {
    const node = element.firstChild;
    if (!(node instanceof Text)) return;
    pieces.push({
      node,
      start: Number(element.dataset.start),
      index: new CodePointIndex(node.data),
    });
  });
  return pieces;
}

/**
 * Document offset of a DOM boundary point. A point inside a piece maps exactly; a point between
 * pieces (on a divider, an element boundary, outside the text) snaps to the next piece's start
 * when it begins a selection and to the previous piece's end when it ends one, so a selection
 * dragged past the text still covers only text.
 */
function boundaryToDocument(
  pieces: PieceText[],
  node: Node,
  offset: number,
  bias: 'start' | 'end',
): number | null {
  let previousEnd: number | null = null;
  for (const piece of pieces) {
    if (node === piece.node) return pieceOffsetToDocument(piece.start, piece.index, offset);
    const range = document.createRange();
    range.selectNodeContents(piece.node);
    const position = range.comparePoint(node, offset);
    if (position === 0) return pieceOffsetToDocument(piece.start, piece.index, offset);
    if (position < 0) return bias === 'start' ? piece.start : previousEnd;
    previousEnd = piece.start + piece.index.length;
  }
  return bias === 'end' ? previousEnd : null;
}

/**
 * The current DOM selection as document offsets, or null when it is not in the reader's text
 * (or the text shown has no document offsets).
 */
export function readerSelection(container: HTMLElement): DocumentSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  const pieces = collectPieceTexts(container);
  if (pieces.length === 0) return null;
  const start = boundaryToDocument(pieces, range.startContainer, range.startOffset, 'start');
  const end = range.collapsed
    ? start
    : boundaryToDocument(pieces, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end < start) return null;
  return { start, end, text: range.collapsed ? '' : selection.toString() };
}
