/**
 * Similarity of two strings of code points as 1 − (edit distance / longer length), computed only
 * as far as a minimum similarity requires: the Levenshtein band is limited to the number of edits
 * that minimum allows, so comparing near-duplicate paragraphs costs O(length × allowed edits).
 */

/** The similarity of `a` and `b` in [0, 1], or 0 when it is below `minimum`. */
export function editSimilarity(a: Uint32Array, b: Uint32Array, minimum: number): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const maxEdits = Math.floor((1 - minimum) * longer + 1e-9);
  if (Math.abs(a.length - b.length) > maxEdits) return 0;
  const distance = boundedLevenshtein(a, b, maxEdits);
  return distance > maxEdits ? 0 : 1 - distance / longer;
}

/** How many cells editSimilarity computes for keys of these lengths, at most: its cost. */
export function editSimilarityCost(aLength: number, bLength: number, minimum: number): number {
  const maxEdits = Math.floor((1 - minimum) * Math.max(aLength, bLength) + 1e-9);
  return aLength * (2 * maxEdits + 1);
}

/** Levenshtein distance of `a` and `b`, or any value above `bound` once it must exceed it. */
function boundedLevenshtein(a: Uint32Array, b: Uint32Array, bound: number): number {
  const n = a.length;
  const m = b.length;
  const outside = bound + 1;
  let previous = new Uint32Array(m + 1);
  let current = new Uint32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, outside);
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - bound);
    const to = Math.min(m, i + bound);
    // Only the band is computed; the cells just outside it must read as "too far".
    current[from - 1] = from === 1 ? Math.min(i, outside) : outside;
    if (to < m) current[to + 1] = outside;
    let rowMinimum = from === 1 ? current[0]! : outside;
    const ai = a[i - 1]!;
    for (let j = from; j <= to; j++) {
      const substitution = previous[j - 1]! + (ai === b[j - 1]! ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      const value = Math.min(substitution, deletion, insertion, outside);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > bound) return outside;
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}
