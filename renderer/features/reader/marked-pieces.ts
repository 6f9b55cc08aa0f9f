import type { CodePointRange } from '../../../shared/text/codepoints';
import { showBidiControls } from '../../../shared/text/bidi-controls';
import { CodePointIndex } from '../../../shared/text/codepoints';

export interface Piece {
  text: string;
  start: number;
  kind: 'chrome' | 'repeat' | null;
}

/**
 * Cuts one segment of an article (text starting at document offset `segmentStart`) into pieces
 * at the boundaries of the page marks, so chrome can be dimmed and repeats flagged. Offsets are
 * code points of the document, as everywhere.
 */
export function markedPieces(
  text: string,
  segmentStart: number,
  marks: readonly (CodePointRange & { kind: 'chrome' | 'repeat' })[],
): Piece[] {
  const index = new CodePointIndex(text);
  const end = segmentStart + index.length;
  const relevant = marks
    .filter((m) => m.start < end && m.end > segmentStart)
    .map((m) => ({
      kind: m.kind,
      start: Math.max(m.start, segmentStart),
      end: Math.min(m.end, end),
    }))
    .sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let cursor = segmentStart;
  for (const mark of relevant) {
    if (mark.start < cursor) continue; // overlapping marks: the first one wins
    if (mark.start > cursor)
      pieces.push({
        text: index.slice(cursor - segmentStart, mark.start - segmentStart),
        start: cursor,
        kind: null,
      });
    pieces.push({
      text: index.slice(mark.start - segmentStart, mark.end - segmentStart),
      start: mark.start,
      kind: mark.kind,
    });
    cursor = mark.end;
  }
  if (cursor < end)
    pieces.push({
      text: index.slice(cursor - segmentStart, index.length),
      start: cursor,
      kind: null,
    });
  // Shown, not stored: bidi controls become visible markers (same length, so offsets hold).
  return pieces.map((piece) => ({ ...piece, text: showBidiControls(piece.text) }));
}
