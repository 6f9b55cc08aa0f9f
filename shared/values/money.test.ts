import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { findMoneyMentions, findUnitlessMoneyMentions, parseMoney } from './money';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seed = (prefix: string): string => {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, seedsDir), 'utf8');
};

describe('parseMoney', () => {
  it.each([
    ['4100万元', 41_000_000, 'CNY', null],
    ['1.2亿元', 120_000_000, 'CNY', null],
    ['3000余万元', 30_000_000, 'CNY', 'over'],
    ['3000多万元', 30_000_000, 'CNY', 'over'],
    ['5000元', 5000, 'CNY', null],
    ['2.5亿美元', 250_000_000, 'USD', null],
    ['人民币1000万元', 10_000_000, 'CNY', null],
    ['人民币1000万', 10_000_000, 'CNY', null],
    ['12万 元', 120_000, 'CNY', null],
    ['12万\n元', 120_000, 'CNY', null],
    ['约4100万元', 41_000_000, 'CNY', 'about'],
    ['约人民币1000万元', 10_000_000, 'CNY', 'about'],
    ['人民币约1000万元', 10_000_000, 'CNY', 'about'],
    ['近千万元', 10_000_000, 'CNY', 'nearly'],
    ['1000万元以上', 10_000_000, 'CNY', 'over'],
    ['3.23亿元', 323_000_000, 'CNY', null],
    ['1.1亿元', 110_000_000, 'CNY', null], // 1.1 × 1e8 in floating point is 110000000.00000001
    ['2.01万元', 20_100, 'CNY', null],
    ['１２００万元', 12_000_000, 'CNY', null],
    ['五千万元', 50_000_000, 'CNY', null],
    ['壹仟贰佰元', 1200, 'CNY', null],
    ['￥1,200.50', 1200.5, 'CNY', null],
    ['RMB1000', 1000, 'CNY', null],
    ['US$3.5万', 35_000, 'USD', null],
    ['500万港元', 5_000_000, 'HKD', null],
    ['20万欧元', 200_000, 'EUR', null],
    ['100万元人民币', 1_000_000, 'CNY', null],
    ['达4100万元', 41_000_000, 'CNY', null],
    // Taiwan and Hong Kong currencies; 元 after them is their unit.
    ['新台币40亿元', 4_000_000_000, 'TWD', null],
    ['新台币3000万元', 30_000_000, 'TWD', null],
    ['NT$1,500', 1500, 'TWD', null],
    ['2亿元新台币', 200_000_000, 'TWD', null],
    ['台币500万', 5_000_000, 'TWD', null],
    ['港币500万元', 5_000_000, 'HKD', null],
    ['800万港币', 8_000_000, 'HKD', null],
    // Macau's pataca (set Y), in figures or in numerals; 澳元 is Australia's dollar, not read here.
    ['澳门币3500万元', 35_000_000, 'MOP', null],
    ['澳门币二亿零五十万元', 200_500_000, 'MOP', null],
    ['1.2亿澳门元', 120_000_000, 'MOP', null],
    ['MOP$800', 800, 'MOP', null],
    ['澳门币三点五亿元', 350_000_000, 'MOP', null],
  ])('parses %s', (raw, amount, currency, approx) => {
    expect(parseMoney(raw)).toEqual({ amount, currency, approx, raw });
  });

  it.each([
    [''],
    ['4100万'], // no currency: could be people or square metres
    ['万元'],
    ['人民币100美元'],
    ['新台币100美元'],
    ['4100万元左右的投资'],
    ['4100平方米'],
    ['三五万元'],
  ])('refuses %j', (raw) => {
    expect(parseMoney(raw)).toBeNull();
  });
});

describe('findMoneyMentions', () => {
  it('gives code-point spans that slice out the mention after astral characters', () => {
    const text = '𠀀😀𠀀项目总投资达4100万元，其中𠀀约3000余万元来自人民币1000万元专项债。';
    const index = new CodePointIndex(text);
    const mentions = findMoneyMentions(text);
    expect(mentions.map((m) => m.text)).toEqual(['4100万元', '约3000余万元', '人民币1000万元']);
    expect(mentions.map((m) => m.value.amount)).toEqual([41_000_000, 30_000_000, 10_000_000]);
    for (const mention of mentions) {
      expect(index.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(mentions[0]!.start).toBe(9);
  });

  it('keeps a CRLF line break inside the span, as the document has it', () => {
    const text = '𠀀总投资达12万\r\n元。';
    const [mention] = findMoneyMentions(text);
    expect(mention?.text).toBe('12万\r\n元');
    expect(mention?.value.amount).toBe(120_000);
    expect(new CodePointIndex(text).slice(mention!.start, mention!.end)).toBe('12万\r\n元');
  });

  it('does not cross a blank line', () => {
    expect(findMoneyMentions('投资12万\n\n元')).toEqual([]);
  });

  it('does not mistake 万元 without a number, or a number without currency, for money', () => {
    expect(findMoneyMentions('降低万元收入能耗支出，面积4100万平方米，共4100万人')).toEqual([]);
  });

  it('finds the investments and savings of seed 000', () => {
    const text = seed('000');
    const mentions = findMoneyMentions(text);
    expect(mentions.map((m) => [m.text, m.value.amount, m.value.currency])).toEqual([
      ['4100万元', 41_000_000, 'CNY'],
      ['5497万元', 54_970_000, 'CNY'],
      ['3300万元', 33_000_000, 'CNY'],
    ]);
    const index = new CodePointIndex(text);
    for (const mention of mentions) {
      expect(index.slice(mention.start, mention.end)).toBe(mention.text);
      // The verb 达 stays outside the span.
      expect(index.slice(mention.start - 1, mention.start).trim()).toMatch(/^(达|)$/);
    }
  });

  it('finds no money in seeds that mention none', () => {
    for (const prefix of ['001', '002', '003', '004']) {
      expect(findMoneyMentions(seed(prefix))).toEqual([]);
    }
  });
});

describe('findUnitlessMoneyMentions', () => {
  const found = (text: string): [string, number, string | null][] =>
    findUnitlessMoneyMentions(text).map((m) => [m.text, m.value.amount, m.value.approx]);

  it('reads an amount in 万 or 亿 without 元 as yuan, with its hedge', () => {
    expect(found('总投资接近5亿，')).toEqual([['接近5亿', 500_000_000, 'nearly']]);
    expect(found('投入资金300余万，')).toEqual([['300余万', 3_000_000, 'over']]);
    expect(found('计划投资约3.2亿元以上')).toEqual([]);
    expect(found('投资两亿')).toEqual([['两亿', 200_000_000, null]]);
    expect(found('投资5个亿')).toEqual([['5个亿', 500_000_000, null]]);
    expect(found('投入近3个多亿')).toEqual([['近3个多亿', 300_000_000, 'nearly']]);
    expect(found('投资两个亿')).toEqual([['两个亿', 200_000_000, null]]);
    expect(findUnitlessMoneyMentions('投资5亿')[0]!.value.currency).toBe('CNY');
  });

  it('leaves amounts followed by a unit, a currency, a percent or without 万/亿 alone', () => {
    expect(found('年门诊量5亿人次')).toEqual([]);
    expect(found('面积3万平方米')).toEqual([]);
    expect(found('投资5亿元')).toEqual([]);
    expect(found('投资5亿美元')).toEqual([]);
    expect(found('增长15%')).toEqual([]);
    expect(found('投资500')).toEqual([]);
  });

  it('gives code-point spans across characters outside the BMP', () => {
    const text = '𠀀😀总投资接近5亿';
    const [m] = findUnitlessMoneyMentions(text);
    expect([...text].slice(m!.start, m!.end).join('')).toBe('接近5亿');
    expect(m!.start).toBe(5);
  });
});
