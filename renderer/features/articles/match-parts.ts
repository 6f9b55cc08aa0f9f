export interface MatchPart {
  text: string;
  mark: boolean;
}

/**
 * Cuts a search snippet into plain and matched pieces. Ranges are code points (the project's
 * offset rule), so the snippet is walked by code point, not UTF-16 unit; overlapping or
 * out-of-order ranges are tolerated, out-of-bounds ones clamped.
 */
export function matchParts(
  snippet: string,
  ranges: readonly { start: number; end: number }[],
): MatchPart[] {
  const points = Array.from(snippet);
  const marked = new Uint8Array(points.length);
  for (const range of ranges)
    for (let i = Math.max(0, range.start); i < Math.min(points.length, range.end); i++)
      marked[i] = 1;
  const parts: MatchPart[] = [];
  let from = 0;
  for (let i = 1; i <= points.length; i++) {
    if (i === points.length || marked[i] !== marked[from]) {
      parts.push({ text: points.slice(from, i).join(''), mark: marked[from] === 1 });
      from = i;
    }
  }
  return parts;
}

/** Every occurrence of `query` in `text` (case-insensitive), as code-point ranges. */
export function literalRanges(text: string, query: string): { start: number; end: number }[] {
  // Lower-cased point by point, so indices stay those of the original text.
  const lower = (s: string) => Array.from(s, (c) => c.toLowerCase());
  const needle = lower(query.trim());
  if (needle.length === 0) return [];
  const points = lower(text);
  const ranges: { start: number; end: number }[] = [];
  for (let i = 0; i + needle.length <= points.length; i++) {
    let same = true;
    for (let j = 0; j < needle.length && same; j++) same = points[i + j] === needle[j];
    if (same) {
      ranges.push({ start: i, end: i + needle.length });
      i += needle.length - 1;
    }
  }
  return ranges;
}
