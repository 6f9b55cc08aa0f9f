import { describe, expect, it } from 'vitest';
import type { FieldType } from '../../shared/schema';
import { valueShapeProblem } from '../../shared/values/value-shape';
import { fastShapeChecks } from './value-shape-fast';

/** Values of each type as Gleaner writes them: the fast check must vouch for these itself. */
const good: Record<FieldType, unknown[]> = {
  text: ['第一人民医院', 'x'],
  institution: ['市中心医院'],
  enum: ['三级甲等'],
  integer: [0, 1200, -3],
  decimal: [0.1 + 0.2, 12, -1e-9],
  money: [
    { amount: 41_000_000, currency: 'CNY', approx: null },
    { amount: 5, currency: 'USD', approx: '约', purpose: '设备', extra: [1] },
    { amount: 1.5e8, currency: 'CNY' },
  ],
  quantity: [
    { value: 800, unit: '张', approx: null },
    { value: 2.5, unit: null, indicator: '床位' },
  ],
  date: [
    { iso: '2021-07-26', year: 2021, month: 7, day: 26, partial: false },
    { iso: '2021', year: 2021, partial: true, description: '年初' },
  ],
  person: ['张三', { name: '李四', title: '院长' }, { name: '王五', role: '主任' }],
  place: ['浙江省', { name: '杭州市', code: '3301' }],
};

/** Values of the wrong shape, or at the edges of what zod takes. */
const odd: unknown[] = [
  '',
  null,
  undefined,
  true,
  [],
  ['张三'],
  {},
  0,
  -0,
  1.5,
  2 ** 53,
  -(2 ** 53),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  '四千一百万元',
  { amount: '5', currency: 'CNY' },
  { amount: 5, currency: 'cny' },
  { amount: 5, currency: 'CNY', approx: 3 },
  { amount: 5, currency: 'CNY', purpose: null },
  { value: 1 },
  { value: 1, unit: 3 },
  { value: Number.NaN, unit: null },
  { iso: '2021-7-1', year: 2021, partial: false },
  { iso: '2021', year: 2021.5, partial: false },
  { iso: '2021', year: 2021, month: 13, partial: false },
  { iso: '2021', year: 2021, month: 0, partial: false },
  { iso: '2021', year: 2021, day: 32, partial: false },
  { iso: '2021', year: 2021, partial: 'no' },
  { iso: '2021', year: 2021, partial: true, description: 5 },
  { name: '' },
  { name: 5, code: '2109' },
  { name: '杭州市' },
  { name: '杭州市', code: 3301 },
  { name: '李四', title: 5 },
  { name: '李四', role: null },
];

const types = Object.keys(fastShapeChecks) as FieldType[];

describe('the precompiled value-shape check', () => {
  it('vouches for the values Gleaner writes, so zod never sees them', () => {
    for (const type of types) {
      for (const value of good[type]) {
        expect({ type, value, fast: fastShapeChecks[type](value) }).toMatchObject({ fast: true });
        expect(valueShapeProblem(type, value)).toBeNull();
      }
    }
  });

  it('never vouches for a value zod refuses (every type against every value)', () => {
    const values = [...odd, ...types.flatMap((type) => good[type])];
    let refused = 0;
    for (const type of types) {
      for (const value of values) {
        const problem = valueShapeProblem(type, value);
        if (problem !== null) refused++;
        if (fastShapeChecks[type](value))
          expect({ type, value, problem }).toMatchObject({ problem: null });
      }
    }
    // The list does exercise refusals of every type, not only acceptances.
    expect(refused).toBeGreaterThan(types.length * 20);
  });
});
