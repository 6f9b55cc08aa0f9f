/**
 * Lazy paging of the article list. The list holds one contiguous window of loaded rows (so the
 * rows before and after the selection are always its neighbours, which j/k and the segmentation
 * menu rely on) and fetches more around whatever the user scrolls to. Far rows are dropped again,
 * so memory stays flat with 100,000 articles.
 */

/** Rows asked for in one call when scrolling step by step. */
export const pageSize = 200;
/** The server's limit for one call (articles.list `limit`). */
export const maxRequest = 1000;
/** Rows kept loaded at most; the rest are fetched again if the user scrolls back. */
export const maxWindow = 3000;

export interface RowRange {
  /** First list index (inclusive). */
  start: number;
  /** Last list index (exclusive). */
  end: number;
}

export interface ListWindow<T> {
  /** List index of `rows[0]`. */
  start: number;
  rows: T[];
}

/** The rows to have loaded when `first..last` are visible: a page either side, page-aligned. */
export function wantedRange(first: number, last: number, total: number): RowRange {
  const start = Math.max(0, Math.floor((first - pageSize) / pageSize) * pageSize);
  const end = Math.min(total, Math.ceil((last + 1 + pageSize) / pageSize) * pageSize);
  return { start: Math.min(start, end), end };
}

/**
 * What a reload asks first: for a search, the rows on screen only (each row's snippet is cut
 * from its article's text, 0.1–0.2 ms a row: 200 rows were most of a search's first answer), and
 * page() then fetches the rows around them; otherwise a page either side as well, in one call.
 */
export function firstRequest(visible: RowRange, searching: boolean): RowRange {
  if (searching) {
    const rows = Math.min(maxRequest, Math.max(1, visible.end - visible.start));
    return { start: visible.start, end: visible.start + rows };
  }
  const want = wantedRange(visible.start, visible.end - 1, Number.MAX_SAFE_INTEGER);
  return { start: want.start, end: want.start + Math.min(maxRequest, want.end - want.start) };
}

/** The next call to make so the window covers `want`, or null when it already does. */
export function nextRequest(
  window: { start: number; length: number },
  want: RowRange,
): { offset: number; limit: number } | null {
  if (want.end <= want.start) return null;
  const end = window.start + window.length;
  const disjoint = window.length === 0 || end < want.start || window.start > want.end;
  if (disjoint) return { offset: want.start, limit: Math.min(maxRequest, want.end - want.start) };
  if (want.start < window.start) {
    const offset = Math.max(want.start, window.start - maxRequest);
    return { offset, limit: window.start - offset };
  }
  if (want.end > end) return { offset: end, limit: Math.min(maxRequest, want.end - end) };
  return null;
}

/**
 * Adds rows fetched at `offset` to the window: joined when they touch it, replacing it when they
 * do not. A window grown past `maxWindow` is cut on the side farther from `keep`.
 */
export function mergeWindow<T>(
  window: ListWindow<T>,
  offset: number,
  rows: T[],
  keep: RowRange,
): ListWindow<T> {
  const end = window.start + window.rows.length;
  let merged: ListWindow<T>;
  if (window.rows.length === 0 || offset > end || offset + rows.length < window.start) {
    merged = { start: offset, rows };
  } else {
    const start = Math.min(window.start, offset);
    const before = window.rows.slice(0, Math.max(0, offset - window.start));
    const after = window.rows.slice(Math.max(0, offset + rows.length - window.start));
    merged = { start, rows: [...before, ...rows, ...after] };
  }
  if (merged.rows.length <= maxWindow) return merged;
  const kept = Math.min(keep.end - keep.start, maxWindow);
  const ideal = keep.start - Math.floor((maxWindow - kept) / 2);
  const from = Math.max(
    merged.start,
    Math.min(ideal, merged.start + merged.rows.length - maxWindow),
  );
  return {
    start: from,
    rows: merged.rows.slice(from - merged.start, from - merged.start + maxWindow),
  };
}

/** The row at a list index, when it is loaded. */
export function rowAt<T>(window: ListWindow<T>, index: number): T | undefined {
  return index >= window.start ? window.rows[index - window.start] : undefined;
}

/**
 * The rows of a reload, with each row that did not change replaced by the object already shown,
 * so the list's memoised rows skip rendering it: after an import, re-rendering every visible row
 * for new objects with the same content was a 35 ms stall. Rows are plain JSON from the API.
 */
export function keepUnchangedRows<T extends { id: number }>(
  previous: readonly T[],
  next: T[],
): T[] {
  if (previous.length === 0) return next;
  const shown = new Map(previous.map((row) => [row.id, row]));
  let reused = 0;
  const rows = next.map((row) => {
    const old = shown.get(row.id);
    if (old === undefined || JSON.stringify(old) !== JSON.stringify(row)) return row;
    reused += 1;
    return old;
  });
  return reused === 0 ? next : rows;
}
