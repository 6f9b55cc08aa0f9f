import { CodePointIndex } from '../../../shared/text/codepoints';

/** One text node of the reader, tagged with the document offset (code points) it starts at. */
export interface PieceNode {
  start: number;
  end: number;
  node: Text;
  index: CodePointIndex;
}

/** The reader's text nodes in document order (the original view: every piece has `data-start`). */
export function collectPieces(container: HTMLElement): PieceNode[] {
  const pieces: PieceNode[] = [];
  container.querySelectorAll<HTMLElement>('[data-start]').forEach((element) => {
    const node = element.firstChild;
    if (!(node instanceof Text)) return;
    const index = new CodePointIndex(node.data);
    const start = Number(element.dataset.start);
    pieces.push({ start, end: start + index.length, node, index });
  });
  return pieces.sort((a, b) => a.start - b.start);
}

/** The piece holding a document offset (binary search; an end offset belongs to the piece before). */
function pieceAt(pieces: readonly PieceNode[], offset: number, isEnd: boolean): PieceNode | null {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const piece = pieces[mid]!;
    if (isEnd ? offset <= piece.start : offset < piece.start) hi = mid - 1;
    else if (isEnd ? offset > piece.end : offset >= piece.end) lo = mid + 1;
    else return piece;
  }
  return null;
}

/**
 * A DOM Range over document offsets `[start, end)`, or null when none of them is shown. In the
 * reading view some offsets are not shown (a joined line break, a removed space): an end that
 * falls on one moves inward to the nearest shown character.
 */
export function rangeFor(pieces: readonly PieceNode[], start: number, end: number): Range | null {
  const from =
    pieceAt(pieces, start, false) ?? pieces.find((p) => p.start > start && p.start < end) ?? null;
  const to =
    pieceAt(pieces, end, true) ??
    pieces.findLast((p) => p.end < end && p.end > Math.max(start, from?.start ?? start)) ??
    null;
  if (!from || !to || to.end <= from.start) return null;
  const range = new Range();
  range.setStart(from.node, from.index.toUtf16(Math.max(start, from.start) - from.start));
  range.setEnd(to.node, to.index.toUtf16(Math.min(end, to.end) - to.start));
  return range;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The document offset of the character under the mouse, or null when the mouse is not over a
 * character (between lines, past the end of a line). The caret position alone is not enough: it
 * snaps to the nearest boundary, so the characters on both sides of it are checked.
 */
export function offsetAtPoint(pieces: readonly PieceNode[], x: number, y: number): number | null {
  let node: Node | null;
  let offset: number;
  if ('caretPositionFromPoint' in document) {
    const position = document.caretPositionFromPoint(x, y);
    node = position?.offsetNode ?? null;
    offset = position?.offset ?? 0;
  } else {
    const range = (
      document as Document & { caretRangeFromPoint(x: number, y: number): Range | null }
    ).caretRangeFromPoint(x, y);
    node = range?.startContainer ?? null;
    offset = range?.startOffset ?? 0;
  }
  const piece = pieces.find((p) => p.node === node);
  if (!piece) return null;
  const at = piece.start + piece.index.toCodePoint(offset);
  for (const candidate of [at, at - 1]) {
    if (candidate < piece.start || candidate >= piece.end) continue;
    const range = rangeFor(pieces, candidate, candidate + 1);
    if (range && [...range.getClientRects()].some((rect) => contains(rect, x, y))) return candidate;
  }
  return null;
}
