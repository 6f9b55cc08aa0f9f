/** A piece of an article's text and which curators' spans cover it. */
export interface MarkedPiece {
  /** Document offset (code points) where the piece starts. */
  start: number;
  text: string;
  /** `a`, `b`, `ab` (both versions' spans cover it) or null. */
  mark: 'a' | 'b' | 'ab' | null;
  /** The piece opens a new range of the article (text of another article lies between). */
  gapBefore: boolean;
}

type Range = { start: number; end: number };

const covers = (spans: readonly Range[], at: number) =>
  spans.some((s) => s.start <= at && at < s.end);

/**
 * Cuts an article's text (its ranges, in document code points) at every edge of the two
 * versions' spans, so each version's spans can be marked in the text. Offsets are code points,
 * as every span is: a character outside the BMP counts once.
 */
export function markedPieces(
  segments: readonly { start: number; end: number; text: string }[],
  a: readonly Range[],
  b: readonly Range[],
): MarkedPiece[] {
  const edges = [...a, ...b].flatMap((s) => [s.start, s.end]);
  const pieces: MarkedPiece[] = [];
  segments.forEach((segment, index) => {
    const chars = Array.from(segment.text);
    const cuts = [
      ...new Set([
        segment.start,
        segment.end,
        ...edges.filter((e) => e > segment.start && e < segment.end),
      ]),
    ].sort((x, y) => x - y);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i]!;
      const inA = covers(a, start);
      const inB = covers(b, start);
      pieces.push({
        start,
        text: chars.slice(start - segment.start, cuts[i + 1]! - segment.start).join(''),
        mark: inA && inB ? 'ab' : inA ? 'a' : inB ? 'b' : null,
        gapBefore: index > 0 && i === 0,
      });
    }
  });
  return pieces;
}
