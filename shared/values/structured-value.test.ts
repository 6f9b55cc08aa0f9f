import { describe, expect, it } from 'vitest';
import {
  partsOfValue,
  splitMetricLine,
  structuredKindOf,
  valueFromParts,
} from './structured-value';

const metric = { value: 52, unit: '个', approx: null, indicator: '由原先的' };

describe('values edited part by part', () => {
  it('know which values have parts: people, money, and quantities that are not floor areas', () => {
    expect(structuredKindOf('person', '张三')).toBe('person');
    expect(structuredKindOf('money', { amount: 1, currency: 'CNY' })).toBe('investment');
    expect(structuredKindOf('quantity', metric)).toBe('metric');
    expect(structuredKindOf('quantity', { value: 2753, unit: 'm²', approx: null })).toBeNull();
    expect(structuredKindOf('text', '医院')).toBeNull();
  });

  it('start the form from the value as stored', () => {
    expect(partsOfValue('metric', metric, '52个')).toEqual({
      name: '由原先的',
      number: '52',
      unit: '个',
    });
    expect(partsOfValue('person', { name: '钱振华', title: '副县长' }, '钱振华')).toEqual({
      name: '钱振华',
      role: '副县长',
    });
    expect(partsOfValue('person', '李明', '李明')).toEqual({ name: '李明', role: '' });
    expect(
      partsOfValue('investment', { amount: 41_000_000, currency: 'CNY', approx: null }, '4100万元'),
    ).toEqual({ amount: '4100万元', currency: 'CNY', purpose: '' });
  });

  it('start a hedged figure from its text, so the hedge survives a save', () => {
    const hedged = { value: 10, unit: '%', approx: 'about', indicator: '患者量' };
    const parts = partsOfValue('metric', hedged, '10%左右');
    expect(parts).toEqual({ name: '患者量', number: '10左右', unit: '%' });
    expect(valueFromParts('metric', parts, hedged)).toMatchObject({ ok: true, value: hedged });
  });

  it('read a metric typed whole into its name, 病区数 52个', () => {
    expect(valueFromParts('metric', { name: '病区数 52个', number: '', unit: '' }, metric)).toEqual(
      {
        ok: true,
        raw: '52个',
        value: { value: 52, unit: '个', approx: null, indicator: '病区数' },
      },
    );
  });

  it('read a metric from its name, number and unit, the unit also typed with the number', () => {
    const named = {
      ok: true,
      raw: '52个',
      value: { value: 52, unit: '个', approx: null, indicator: '病区数' },
    };
    expect(valueFromParts('metric', { name: '病区数', number: '52', unit: '个' }, metric)).toEqual(
      named,
    );
    expect(
      valueFromParts('metric', { name: ' 病区数 ', number: '52 个', unit: '' }, metric),
    ).toEqual(named);
    expect(
      valueFromParts('metric', { name: '门诊量', number: '约1.4万', unit: '人次' }, metric),
    ).toEqual({
      ok: true,
      raw: '约1.4万人次',
      value: { value: 14_000, unit: '人次', approx: 'about', indicator: '门诊量' },
    });
  });

  it('refuse each wrong part on its own, in the order of the form', () => {
    expect(valueFromParts('metric', { name: '', number: '五十多?', unit: '3层' }, metric)).toEqual({
      ok: false,
      issues: [
        { part: 'name', problem: 'required' },
        { part: 'number', problem: 'not-a-number' },
        { part: 'unit', problem: 'not-a-unit' },
      ],
    });
    expect(valueFromParts('metric', { name: '病区数', number: '52', unit: '' }, metric)).toEqual({
      ok: false,
      issues: [{ part: 'unit', problem: 'required' }],
    });
    // A figure that never named its indicator may stay unnamed.
    expect(
      valueFromParts('metric', { name: '', number: '52', unit: '个' }, { value: 5, unit: '个' }).ok,
    ).toBe(true);
  });

  it('read a person as a name with an optional role, keeping the key the value used', () => {
    expect(valueFromParts('person', { name: '张 三', role: '院长' }, '张三')).toEqual({
      ok: true,
      raw: '张三',
      value: { name: '张三', title: '院长' },
    });
    expect(valueFromParts('person', { name: '张三', role: '' }, { name: 'x', title: 'y' })).toEqual(
      {
        ok: true,
        raw: '张三',
        value: '张三',
      },
    );
    expect(
      valueFromParts('person', { name: '张三', role: '主任' }, { name: 'x', role: 'y' }),
    ).toMatchObject({
      value: { name: '张三', role: '主任' },
    });
    expect(valueFromParts('person', { name: ' ', role: '院长' }, '张三')).toEqual({
      ok: false,
      issues: [{ part: 'name', problem: 'required' }],
    });
  });

  it('read an investment as an amount, a currency and what it is for', () => {
    expect(
      valueFromParts(
        'investment',
        { amount: '4100万元', currency: 'CNY', purpose: '新住院楼' },
        null,
      ),
    ).toEqual({
      ok: true,
      raw: '4100万元',
      value: { amount: 41_000_000, currency: 'CNY', approx: null, purpose: '新住院楼' },
    });
    expect(
      valueFromParts('investment', { amount: '3亿', currency: 'usd', purpose: '' }, null),
    ).toMatchObject({
      value: { amount: 300_000_000, currency: 'USD' },
    });
    expect(
      valueFromParts('investment', { amount: '很多钱', currency: 'XYZ', purpose: '' }, null),
    ).toEqual({
      ok: false,
      issues: [
        { part: 'amount', problem: 'not-an-amount' },
        { part: 'currency', problem: 'unknown-currency' },
      ],
    });
    expect(
      valueFromParts('investment', { amount: '500万美元', currency: 'CNY', purpose: '' }, null),
    ).toEqual({
      ok: false,
      issues: [{ part: 'currency', problem: 'currency-mismatch' }],
    });
  });

  it('split a metric typed on one line into its name and figure', () => {
    expect(splitMetricLine('病区数 52个')).toEqual({ name: '病区数', figure: '52个' });
    expect(splitMetricLine('横跨: 52 个')).toEqual({ name: '横跨', figure: '52 个' });
    expect(splitMetricLine('门诊量达1.4万人次')).toEqual({ name: '门诊量', figure: '达1.4万人次' });
    expect(splitMetricLine('52个')).toBeNull();
    expect(splitMetricLine('病区数')).toBeNull();
  });
});
