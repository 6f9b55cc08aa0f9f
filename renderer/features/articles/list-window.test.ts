import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  firstRequest,
  keepUnchangedRows,
  maxRequest,
  maxWindow,
  mergeWindow,
  nextRequest,
  rowAt,
  wantedRange,
  type ListWindow,
} from './list-window';

/** Scrolls to `first..last` the way the list does: ask, merge, until nothing is missing. */
function scrollTo(window: ListWindow<number>, first: number, last: number, total: number) {
  const want = wantedRange(first, last, total);
  let current = window;
  let calls = 0;
  for (;;) {
    const request = nextRequest({ start: current.start, length: current.rows.length }, want);
    if (!request) break;
    expect(request.limit).toBeLessThanOrEqual(maxRequest);
    expect(request.limit).toBeGreaterThan(0);
    // The server answers with the list indices themselves, so rows can be checked by value.
    const rows = Array.from({ length: request.limit }, (_, i) => request.offset + i);
    current = mergeWindow(current, request.offset, rows, want);
    calls += 1;
    expect(calls).toBeLessThan(50);
  }
  return current;
}

describe('lazy paging of the article list', () => {
  it('always holds the visible rows, contiguous and in order, and never more than the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 60 })),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (total, scrolls) => {
          let window: ListWindow<number> = { start: 0, rows: [] };
          for (const [position, visible] of scrolls) {
            const first = Math.min(total - 1, Math.floor(position * total));
            const last = Math.min(total - 1, first + visible - 1);
            window = scrollTo(window, first, last, total);
            expect(window.rows.length).toBeLessThanOrEqual(maxWindow);
            // Plain loops, not one expect per row: the window holds up to 3,000 rows.
            const misplaced = window.rows.findIndex((row, i) => row !== window.start + i);
            expect(misplaced).toBe(-1);
            const missing = Array.from({ length: last - first + 1 }, (_, i) => first + i).find(
              (index) => rowAt(window, index) !== index,
            );
            expect(missing).toBeUndefined();
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('asks for nothing when the visible rows are already loaded', () => {
    const window = { start: 0, rows: Array.from({ length: 600 }, (_, i) => i) };
    expect(nextRequest({ start: 0, length: 600 }, wantedRange(100, 120, 100_000))).toBeNull();
    expect(rowAt(window, 600)).toBeUndefined();
  });
});

describe('keepUnchangedRows', () => {
  const row = (id: number, status = 'new') => ({ id, title: `第${id}篇`, status });

  it('keeps the shown object of every row whose content is the same, and takes changed rows', () => {
    const shown = [row(1), row(2), row(3)];
    const reloaded = keepUnchangedRows(shown, [row(2), row(3, 'approved'), row(4)]);
    expect(reloaded).toEqual([row(2), row(3, 'approved'), row(4)]);
    expect(reloaded[0]).toBe(shown[1]);
    expect(reloaded[1]).not.toBe(shown[2]);
  });

  it('returns the new rows as they are when nothing was shown or nothing is the same', () => {
    const next = [row(1)];
    expect(keepUnchangedRows([], next)).toBe(next);
    expect(keepUnchangedRows([row(1, 'approved')], next)).toBe(next);
  });
});

describe('the first request of a reload', () => {
  it('asks a search for the rows on screen only, and a plain list for a page either side too', () => {
    expect(firstRequest({ start: 0, end: 30 }, true)).toEqual({ start: 0, end: 30 });
    expect(firstRequest({ start: 450, end: 470 }, true)).toEqual({ start: 450, end: 470 });
    expect(firstRequest({ start: 0, end: 0 }, true)).toEqual({ start: 0, end: 1 });
    expect(firstRequest({ start: 0, end: 5000 }, true)).toEqual({ start: 0, end: maxRequest });
    expect(firstRequest({ start: 0, end: 30 }, false)).toEqual({ start: 0, end: 400 });
    expect(firstRequest({ start: 450, end: 470 }, false)).toEqual({ start: 200, end: 800 });
  });

  it('then pages around the rows on screen until the wanted range is loaded, without a gap', () => {
    const first = firstRequest({ start: 450, end: 470 }, true);
    const loaded = scrollTo(
      { start: first.start, rows: Array.from({ length: 20 }, (_, i) => first.start + i) },
      450,
      469,
      10_000,
    );
    expect(loaded.rows).toEqual(
      Array.from({ length: loaded.rows.length }, (_, i) => loaded.start + i),
    );
    expect(loaded.start).toBeLessThanOrEqual(250);
    expect(loaded.start + loaded.rows.length).toBeGreaterThanOrEqual(670);
  });
});
