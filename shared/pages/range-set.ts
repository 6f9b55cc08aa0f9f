import type { CodePointRange } from '../text/codepoints';

/**
 * Arithmetic on an article's ranges: sorted, non-overlapping, non-empty half-open ranges.
 * Segmentation corrections (split, merge, move a range) are built from these three operations.
 */

/** Sorts, drops empty ranges and joins ranges that touch or overlap. */
export function normalizeRanges(ranges: readonly CodePointRange[]): CodePointRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const result: CodePointRange[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ start: range.start, end: range.end });
  }
  return result;
}

export function unionRanges(
  a: readonly CodePointRange[],
  b: readonly CodePointRange[],
): CodePointRange[] {
  return normalizeRanges([...a, ...b]);
}

/** `ranges` without the part covered by `cut`. */
export function subtractRange(
  ranges: readonly CodePointRange[],
  cut: CodePointRange,
): CodePointRange[] {
  const result: CodePointRange[] = [];
  for (const r of ranges) {
    if (r.end <= cut.start || r.start >= cut.end) {
      result.push({ ...r });
      continue;
    }
    if (r.start < cut.start) result.push({ start: r.start, end: cut.start });
    if (r.end > cut.end) result.push({ start: cut.end, end: r.end });
  }
  return result;
}

/** The part of `ranges` inside `window`. */
export function intersectRange(
  ranges: readonly CodePointRange[],
  window: CodePointRange,
): CodePointRange[] {
  return ranges
    .map((r) => ({ start: Math.max(r.start, window.start), end: Math.min(r.end, window.end) }))
    .filter((r) => r.end > r.start);
}

/** Splits ranges at an offset into what comes before it and what comes from it on. */
export function splitRangesAt(
  ranges: readonly CodePointRange[],
  at: number,
): [CodePointRange[], CodePointRange[]] {
  return [
    intersectRange(ranges, { start: 0, end: at }),
    intersectRange(ranges, { start: at, end: Number.MAX_SAFE_INTEGER }),
  ];
}

export function coveredLength(ranges: readonly CodePointRange[]): number {
  return ranges.reduce((sum, r) => sum + (r.end - r.start), 0);
}
