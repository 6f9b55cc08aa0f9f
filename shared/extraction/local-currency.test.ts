import { describe, expect, it } from 'vitest';
import { extractFrom } from './rules/rule-test-kit';

const investments = (text: string): [unknown, string][] =>
  extractFrom(text, ['investments']).map((s) => [s.value, s.raw]);

describe('a bare 元 on a page from Taiwan or Hong Kong (found on set J)', () => {
  it('reads New Taiwan dollars where the article names Taiwan places only', () => {
    expect(investments('花蓮慈濟醫院新大樓總經費八億五千萬元，今天在花蓮縣動土。')).toEqual([
      [{ amount: 850_000_000, currency: 'TWD', approx: null }, '八億五千萬元'],
    ]);
  });

  it('reads a Taiwan city’s district as Taiwan, though a mainland district has its name', () => {
    expect(investments('台中市太平區新院區總經費4億4925萬元，預計明年完工。')).toEqual([
      [{ amount: 449_250_000, currency: 'TWD', approx: null }, '4億4925萬元'],
    ]);
  });

  it('reads Hong Kong dollars where the article names Hong Kong only', () => {
    expect(investments('香港某醫院擴建工程總投資12億元，預計三年完成。')).toEqual([
      [{ amount: 1_200_000_000, currency: 'HKD', approx: null }, '12億元'],
    ]);
  });

  it('keeps yuan on a mainland page in traditional characters, and where yuan is written', () => {
    expect(investments('遼寧省錦州市中心醫院總投資3500萬元，新建門診樓。')).toEqual([
      [{ amount: 35_000_000, currency: 'CNY', approx: null }, '3500萬元'],
    ]);
    expect(investments('台中某醫院與大陸合作，總投資人民幣2億元。')).toEqual([
      [{ amount: 200_000_000, currency: 'CNY', approx: null }, '人民幣2億元'],
    ]);
    // A simplified article about Taiwan counts as written: yuan.
    expect(investments('台中某医院总投资5亿元。')).toEqual([
      [{ amount: 500_000_000, currency: 'CNY', approx: null }, '5亿元'],
    ]);
  });
});

describe('a bare 元 on a page that names no place (set N)', () => {
  it.each([
    ['二期工程決標金額37.7億元，預計116年3月完工。', 'TWD'],
    ['行政院核定新大樓總經費12億元。', 'TWD'],
    ['【明報專訊】醫院新大樓耗資21億元建造，共有830張病牀。', 'HKD'],
    ['醫管局表示，新翼工程總投資30億元。', 'HKD'],
  ])('reads the region from words only its papers write: %s', (text, currency) => {
    expect(investments(text).map(([v]) => (v as { currency: string }).currency)).toEqual([
      currency,
    ]);
  });

  it('keeps yuan where a mainland place is named, or the words are an age (110年歷史)', () => {
    expect(investments('錦州市某醫院總經費12億元，行政院無關。').map(([v]) => v)).toMatchObject([
      { currency: 'CNY' },
    ]);
    expect(investments('這家有110年歷史的醫院總投資3億元。').map(([v]) => v)).toMatchObject([
      { currency: 'CNY' },
    ]);
  });
});

describe('patacas on a page from Macau (set Y)', () => {
  it('reads a bare 元 as patacas where the article names Macau only', () => {
    expect(investments('澳門某醫院新大樓工程總預算為三億二千萬元，預計明年落成。')).toEqual([
      [{ amount: 320_000_000, currency: 'MOP', approx: null }, '三億二千萬元'],
    ]);
  });

  it('reads 澳門幣 before an amount in numerals as patacas', () => {
    expect(investments('某醫院擴建工程計劃總投資澳門幣一億零五百萬元。')).toEqual([
      [{ amount: 105_000_000, currency: 'MOP', approx: null }, '澳門幣一億零五百萬元'],
    ]);
  });
});
