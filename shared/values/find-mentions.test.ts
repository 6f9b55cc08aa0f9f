import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATE_SCAN } from './dates';
import { scanMentions, type ScanPattern } from './find-mentions';
import { MONEY_SCAN, UNITLESS_MONEY_SCAN } from './money';
import { QUANTITY_SCAN } from './quantity';

/** Pieces the value patterns are made of, and others around them, to build texts from. */
const PIECES = [
  ...'0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千万亿几余多约近超逾不足到少于',
  ...'元万亿美港币人民新台$¥￥€£年月日号代世纪上本今去前明后个平方米㎡亩张床位人次%％以上左右',
  ...' \u3000\n\r\t,.．-/，。；、第的和为达医院A',
  '人民币',
  'US$',
  'HK$',
  'NT$',
  '上世纪',
  '二十一世纪',
  '百分之',
  '平方米',
  '万元',
  '几个亿',
  '个多亿',
  '今年',
  '年代',
  '\r\n',
  // Hedges and currencies of two or more characters: tried only where their second follows.
  '大约',
  '将近',
  '接近',
  '超过',
  '不足',
  '少于',
  '新台币',
  '人民医院',
  '大 约',
  '人\n民币',
  'RMB',
  'NTD',
  'USD',
];
const texts = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

const spans = (text: string, scan: RegExp | ScanPattern): [number, number, string][] =>
  scanMentions(text, scan, () => true).map((m) => [m.start, m.end, m.text]);

describe('scanMentions with the characters a match starts with', () => {
  it.each([
    ['money', MONEY_SCAN],
    ['unitless money', UNITLESS_MONEY_SCAN],
    ['quantities', QUANTITY_SCAN],
    ['dates', DATE_SCAN],
  ] as const)('finds exactly what a scan of every position finds (%s)', (_name, scan) => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(spans(text, scan)).toEqual(spans(text, scan.pattern));
      }),
      { numRuns: 3000 },
    );
  });
});
