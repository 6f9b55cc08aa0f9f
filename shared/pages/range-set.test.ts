import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coveredLength,
  intersectRange,
  normalizeRanges,
  splitRangesAt,
  subtractRange,
  unionRanges,
} from './range-set';

const rangeArb = fc
  .tuple(fc.nat(200), fc.nat(40))
  .map(([start, len]) => ({ start, end: start + len }));
const rangesArb = fc.array(rangeArb, { maxLength: 8 }).map(normalizeRanges);

function covers(ranges: { start: number; end: number }[], x: number): boolean {
  return ranges.some((r) => r.start <= x && x < r.end);
}

describe('range sets', () => {
  it('normalises: sorted, disjoint, non-empty, touching ranges joined', () => {
    expect(
      normalizeRanges([
        { start: 5, end: 9 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 7, end: 12 },
        { start: 4, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 12 },
    ]);
  });

  it('subtract, union, intersect and split agree with point membership', () => {
    fc.assert(
      fc.property(rangesArb, rangesArb, rangeArb, fc.nat(260), (a, b, cut, at) => {
        const minus = subtractRange(a, cut);
        const union = unionRanges(a, b);
        const inside = intersectRange(a, cut);
        const [before, after] = splitRangesAt(a, at);
        for (let x = 0; x < 260; x++) {
          const inA = covers(a, x);
          const inCut = x >= cut.start && x < cut.end;
          expect(covers(minus, x)).toBe(inA && !inCut);
          expect(covers(union, x)).toBe(inA || covers(b, x));
          expect(covers(inside, x)).toBe(inA && inCut);
          expect(covers(before, x)).toBe(inA && x < at);
          expect(covers(after, x)).toBe(inA && x >= at);
        }
        expect(coveredLength(before) + coveredLength(after)).toBe(coveredLength(a));
      }),
    );
  });
});
