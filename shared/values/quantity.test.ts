import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { toSquareMetres } from './area';
import { findQuantityMentions, parsePercent, parseQuantity } from './quantity';
import { cpuMillisecondsOf } from '../testing/cpu-time';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seed = (prefix: string): string => {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, seedsDir), 'utf8');
};

describe('parseQuantity', () => {
  it.each([
    ['700余平方米', { value: 700, unit: 'm²', approx: 'over' }],
    ['1.4万人次', { value: 14000, unit: '人次', approx: null }],
    ['近千张', { value: 1000, unit: '张', approx: 'nearly' }],
    ['3.23万平方米', { value: 32300, unit: 'm²', approx: null }],
    ['1.3万余人次', { value: 13000, unit: '人次', approx: 'over' }],
    ['20多项', { value: 20, unit: '项', approx: 'over' }],
    ['约2490人次', { value: 2490, unit: '人次', approx: 'about' }],
    ['将近三百人', { value: 300, unit: '人', approx: 'nearly' }],
    ['超过28年', { value: 28, unit: '年', approx: 'over' }],
    ['逾百项', { value: 100, unit: '项', approx: 'over' }],
    ['10分钟左右', { value: 10, unit: '分钟', approx: 'about' }],
    ['35岁上下', { value: 35, unit: '岁', approx: 'about' }],
    ['1000台以上', { value: 1000, unit: '台', approx: 'over' }],
    ['不足6000平方米', { value: 6000, unit: 'm²', approx: 'under' }],
    ['达1225台次', { value: 1225, unit: '台次', approx: null }],
    // Decimals of a numeral in characters, as official Macau and Hong Kong figures are written (set Y).
    ['二万三千零六十点五平方米', { value: 23060.5, unit: 'm²', approx: null }],
    ['约八点二五万平方米', { value: 82500, unit: 'm²', approx: 'about' }],
    ['1200', { value: 1200, unit: null, approx: null }],
    ['700余', { value: 700, unit: null, approx: 'over' }],
  ])('parses %s', (raw, expected) => {
    expect(parseQuantity(raw)).toEqual({ ...expected, raw });
  });

  it.each([
    ['700平方米', 'm²'],
    ['700平米', 'm²'],
    ['700㎡', 'm²'],
    ['700m2', 'm²'],
    ['700M2', 'm²'],
    ['700m²', 'm²'],
    ['700 平 方 米', 'm²'],
    ['2753平\n方米', 'm²'],
    ['5亩', '亩'],
    ['3公顷', '公顷'],
    ['2平方公里', 'km²'],
    ['12个小时', '小时'],
  ])('normalises the unit of %j to %s', (raw, unit) => {
    expect(parseQuantity(raw)?.unit).toBe(unit);
  });

  it.each([
    [''],
    ['平方米'],
    ['700余余平方米'],
    ['700平方米多少'],
    ['三五人'],
    ['5万元'],
    ['700mA'],
  ])('refuses %j', (raw) => {
    expect(parseQuantity(raw)).toBeNull();
  });
});

describe('parsePercent', () => {
  it.each([
    ['50%', 50, null],
    ['５０％', 50, null],
    ['20.06%', 20.06, null],
    ['百分之五十', 50, null],
    ['百分之三点五', 3.5, null],
    ['百分之一百二十', 120, null],
    ['95%以上', 95, 'over'],
    ['约百分之十', 10, 'about'],
  ])('reads %s as %d%%', (raw, value, approx) => {
    expect(parsePercent(raw)).toEqual({ value, unit: '%', approx, raw });
  });

  it.each([['50'], ['50平方米'], ['百分之'], ['百分之五十人']])('refuses %j', (raw) => {
    expect(parsePercent(raw)).toBeNull();
  });
});

describe('toSquareMetres', () => {
  it('converts areas and leaves the rest alone', () => {
    expect(toSquareMetres(parseQuantity('3.23万平方米')!)).toBe(32300);
    expect(toSquareMetres(parseQuantity('15亩')!)).toBe(10000);
    expect(toSquareMetres(parseQuantity('1亩')!)).toBeCloseTo(666.6667, 4);
    // Taiwan's 坪: 400/121 m², so 121坪 is exactly 400 m².
    expect(toSquareMetres(parseQuantity('121坪')!)).toBe(400);
    expect(toSquareMetres(parseQuantity('约2万2346坪')!)).toBeCloseTo(73871.07, 2);
    expect(toSquareMetres(parseQuantity('1.1公顷')!)).toBe(11000);
    expect(toSquareMetres(parseQuantity('1.1平方公里')!)).toBe(1100000);
    expect(toSquareMetres(parseQuantity('30人')!)).toBeNull();
  });
});

describe('findQuantityMentions', () => {
  it('gives code-point spans that slice out the mention after astral characters', () => {
    const text = '𠀀𠀀😀 面积增加700余平方米，𠀀首年门诊量1.4\n万人次，占比百分之五十。';
    const index = new CodePointIndex(text);
    const mentions = findQuantityMentions(text);
    expect(mentions.map((m) => m.text)).toEqual(['700余平方米', '1.4\n万人次', '百分之五十']);
    for (const mention of mentions) {
      expect(index.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(mentions[0]!.start).toBe(8); // 3 astral + space + 面积增加, counted as code points
  });

  it('leaves out the introducing verb but keeps the hedge', () => {
    const mentions = findQuantityMentions('接诊率达95%以上，手术量达800余台');
    expect(mentions.map((m) => m.text)).toEqual(['95%以上', '800余台']);
  });

  it('reads a full-width comma in running text as a list separator, an ASCII one as thousands', () => {
    const mentions = findQuantityMentions('分别为120，150，300人；共1,200人');
    expect(mentions.map((m) => [m.text, m.value.value])).toEqual([
      ['300人', 300],
      ['1,200人', 1200],
    ]);
  });

  it('leaves money to findMoneyMentions', () => {
    expect(findQuantityMentions('总投资达4100万元，约2.5亿美元')).toEqual([]);
  });

  it('stays fast on long digit runs that are not quantities', () => {
    let found: ReturnType<typeof findQuantityMentions> = [];
    const cpu = cpuMillisecondsOf(() => {
      found = findQuantityMentions(`${'1'.repeat(5000)}x ${'１'.repeat(5000)}`);
    });
    expect(found).toEqual([]);
    expect(cpu).toBeLessThan(1000);
  });

  it('does not report years, ordinals, decades, bare numbers or codes', () => {
    const text = '2022 年，排名第667位，第\n二人民医院，80年代，电话5212517，1200mA，一周年';
    expect(findQuantityMentions(text)).toEqual([]);
  });

  it('finds the areas of seed 000 with their values', () => {
    const text = seed('000');
    const found = findQuantityMentions(text);
    const byText = new Map(found.map((m) => [m.text, m.value]));
    expect(byText.get('2753平\n方米')).toMatchObject({ value: 2753, unit: 'm²', approx: null });
    expect(byText.get('1406平方米')).toMatchObject({ value: 1406, unit: 'm²' });
    expect(byText.get('700余平方米')).toMatchObject({ value: 700, unit: 'm²', approx: 'over' });
    expect(byText.get('1.4\n万人次')).toMatchObject({ value: 14000, unit: '人次' });
    expect(byText.get('10分钟\n左右')).toMatchObject({ value: 10, unit: '分钟', approx: 'about' });
    expect(byText.get('237 台')).toMatchObject({ value: 237, unit: '台' });
    expect(byText.get('20.06%')).toMatchObject({ value: 20.06, unit: '%' });
    const index = new CodePointIndex(text);
    for (const mention of found) expect(index.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it.each([
    ['001', '1145张', { value: 1145, unit: '张', approx: null }],
    ['001', '1200余人次', { value: 1200, unit: '人次', approx: 'over' }],
    ['001', '近400人', { value: 400, unit: '人', approx: 'nearly' }],
    ['001', '超百项', { value: 100, unit: '项', approx: 'over' }],
    ['002', '3.23万平方米', { value: 32300, unit: 'm²', approx: null }],
    ['002', '近5万平方米', { value: 50000, unit: 'm²', approx: 'nearly' }],
    ['002', '3.3万平方米', { value: 33000, unit: 'm²', approx: null }],
    ['002', '1.3万余人次', { value: 13000, unit: '人次', approx: 'over' }],
    ['002', '约2490人次', { value: 2490, unit: '人次', approx: 'about' }],
    ['002', '不到2个小时', { value: 2, unit: '小时', approx: 'under' }],
    ['003', '超过28年', { value: 28, unit: '年', approx: 'over' }],
    ['004', '4.9万平方米', { value: 49000, unit: 'm²', approx: null }],
    ['004', '50余套', { value: 50, unit: '套', approx: 'over' }],
  ])('seed %s contains %s', (prefix, mentionText, expected) => {
    const mention = findQuantityMentions(seed(prefix)).find((m) => m.text === mentionText);
    expect(mention?.value).toMatchObject(expected);
  });
});

describe('findQuantityMentions — digits grouped by thousands', () => {
  const found = (text: string): [string, number, string | null][] =>
    findQuantityMentions(text).map((m) => [m.text, m.value.value, m.value.unit]);

  it.each([
    ['床位1,000张', '1,000张'],
    ['床位1 000张', '1 000张'],
    ['床位1\u2009000张', '1\u2009000张'],
    ['床位1\n000张', '1\n000张'],
    ['床位1\r\n000张', '1\r\n000张'],
    ['床位１０００张', '１０００张'],
    ['床位１ ０００张', '１ ０００张'],
  ])('%j → 1000', (text, mention) => {
    expect(found(text)).toEqual([[mention, 1000, '张']]);
  });

  it('reads 1 200 000 and keeps a four-digit number apart from the next', () => {
    expect(found('共1 200 000人次')).toEqual([['1 200 000人次', 1_200_000, '人次']]);
    expect(found('2021 300人')).toEqual([['300人', 300, '人']]);
  });

  it('does not join a group of other than three digits, nor across a blank line', () => {
    expect(found('编号1 00张').map(([, value]) => value)).not.toContain(100);
    expect(found('共1\n\n000张').map(([, value]) => value)).not.toContain(1000);
  });

  it('reads Chinese numerals', () => {
    expect(found('床位一千张')).toEqual([['一千张', 1000, '张']]);
    expect(found('两千余张')).toEqual([['两千余张', 2000, '张']]);
  });
});
