import { describe, expect, it } from 'vitest';
import { cohensKappa, setF1, type Decision } from './agreement';

describe('setF1', () => {
  it('is 1 for the same values, 0 for disjoint ones, and counts the shared ones', () => {
    expect(setF1(new Set(['a', 'b']), new Set(['b', 'a']))).toBe(1);
    expect(setF1(new Set(['a']), new Set(['b']))).toBe(0);
    // 1 shared of 2 and 3: 2·1 / 5.
    expect(setF1(new Set(['a', 'b']), new Set(['a', 'c', 'd']))).toBeCloseTo(0.4);
    expect(setF1(new Set(), new Set())).toBeNull();
  });
});

describe('cohensKappa', () => {
  const pairs = (spec: string): [Decision, Decision][] =>
    spec
      .split(' ')
      .map((p) => [p[0] === 'a' ? 'accept' : 'reject', p[1] === 'a' ? 'accept' : 'reject']);

  it('matches a worked example', () => {
    // 20 aa, 5 ar, 10 ra, 15 rr: po = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5, kappa = 0.4.
    const spec = [
      ...Array<string>(20).fill('aa'),
      ...Array<string>(5).fill('ar'),
      ...Array<string>(10).fill('ra'),
      ...Array<string>(15).fill('rr'),
    ].join(' ');
    expect(cohensKappa(pairs(spec))).toBeCloseTo(0.4);
  });

  it('is 1 for full agreement with both decisions, and null where undefined', () => {
    expect(cohensKappa(pairs('aa rr aa'))).toBe(1);
    expect(cohensKappa(pairs('aa aa'))).toBeNull();
    expect(cohensKappa([])).toBeNull();
    expect(cohensKappa(pairs('ar ra'))).toBe(-1);
  });
});
