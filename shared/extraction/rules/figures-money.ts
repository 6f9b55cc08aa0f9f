/**
 * The amounts of money rule:investment@1 (figures.ts) reads in a sentence: those with a currency,
 * those without one after a word of spending (总投资接近5亿, 总经费约21亿, 总预算十二亿), and the
 * mixed form Taiwan's papers write, units before 亿 and digits one by one before 万
 * (二十一亿一一五〇万: 2,111,500,000), which the value finders of shared/values read as no number.
 * Offsets are code points of the sentence, as the finders give them.
 */
import {
  findMoneyMentions,
  findUnitlessMoneyMentions,
  parseChineseNumber,
  type Money,
} from '../../values';
import type { Mention } from '../../values/find-mentions';

export interface FoundMoney {
  money: Money;
  /** Written without a currency (总投资接近5亿): read as yuan, less sure. */
  unitless: boolean;
}

/** Words that introduce a sum of money close before it, for amounts written without 元. */
export const UNITLESS_WORD = /投资|投入|资金|拨款|筹资|融资|出资|经费|预算|造价|耗资|斥资/u;
const CURRENCY = /元|币|[$¥￥€£]|RMB|USD|CNY/u;
/** Where a sentence ends, for the sums without 元 (mayHoldUnitlessSum). */
const SENTENCE_MARK = /[。；！？]/u;
export const WORTH_SCANNING = new RegExp(`${CURRENCY.source}|${UNITLESS_WORD.source}`, 'u');

/**
 * Units before 亿, then digits one by one before 万, 元 or a currency after or not:
 * 二十一亿一一五〇万, 二十一億一一五０萬元 (through the simplified view).
 */
const MIXED =
  /(?<![一二三四五六七八九十百千两〇零○０-９0-9点.])([一二三四五六七八九十百千两]+)亿([〇零○０-９0-9一二三四五六七八九]{2,4})万(元)?/gu;

/** Chinese digits by value; 〇, 零 and the look-alike ○ are all 0. */
const CHINESE_DIGITS = ['〇零○', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 一一五〇 → 1150: Chinese, full-width or ASCII digits read one by one. */
function digitsOneByOne(written: string): number {
  let n = 0;
  for (const c of written) {
    const code = c.charCodeAt(0);
    const chinese = CHINESE_DIGITS.findIndex((d) => d.includes(c));
    const digit =
      code >= 0xff10 && code <= 0xff19 ? code - 0xff10 : chinese >= 0 ? chinese : Number(c);
    n = n * 10 + digit;
  }
  return n;
}

function mixedAmounts(piece: string): Mention<FoundMoney>[] {
  const found: Mention<FoundMoney>[] = [];
  for (const m of piece.matchAll(MIXED)) {
    const yi = parseChineseNumber(`${m[1]}亿`);
    const wan = digitsOneByOne(m[2]!) * 10_000;
    if (yi === null) continue;
    const start = [...piece.slice(0, m.index)].length;
    const money: Money = { amount: yi + wan, currency: 'CNY', approx: null, raw: m[0] };
    found.push({
      start,
      end: start + [...m[0]].length,
      text: m[0],
      value: { money, unitless: m[3] === undefined },
    });
  }
  return found;
}

/**
 * An amount the finder cut out of a Chinese decimal (二点八亿 read as 八亿): the digits before 点
 * belong to it, so its value is wrong; it is left out rather than given wrong. `characters` are
 * the piece's code points, split once for all its mentions (offsets are code points).
 */
function afterDecimalPoint(characters: readonly string[], m: Mention<unknown>): boolean {
  return m.start > 0 && characters[m.start - 1] === '点';
}

/**
 * Whether a mention overlaps one of `kept`, which are sorted by start and do not overlap each
 * other (so their ends are sorted too): one binary search, not a walk over every amount found, which
 * on a line of thousands of amounts made the rule quadratic.
 */
function overlapsKept(kept: readonly Mention<unknown>[], m: Mention<unknown>): boolean {
  let low = 0;
  let high = kept.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (kept[middle]!.end <= m.start) low = middle + 1;
    else high = middle;
  }
  return low < kept.length && kept[low]!.start < m.end;
}

/**
 * Whether a sentence may hold a sum without 元: a word of spending, then 万 or 亿 after it. The
 * same as /(?:投资|…)[^。；！？]*[万亿]/ without its backtracking, which tried every word of
 * spending against the rest of the line (a line repeating 投资 took seconds).
 */
function mayHoldUnitlessSum(piece: string): boolean {
  for (const sentence of piece.split(SENTENCE_MARK)) {
    const word = UNITLESS_WORD.exec(sentence);
    if (word && /[万亿]/u.test(sentence.slice(word.index + word[0].length))) return true;
  }
  return false;
}

/** Amounts of money in a sentence: with a currency, and (after a word of spending) without. */
export function moneyIn(piece: string): Mention<FoundMoney>[] {
  const found = /亿/u.test(piece) ? mixedAmounts(piece) : [];
  const withCurrency = CURRENCY.test(piece) ? findMoneyMentions(piece) : [];
  const unitlessPossible = mayHoldUnitlessSum(piece);
  const unitless = unitlessPossible ? findUnitlessMoneyMentions(piece) : [];
  const characters = withCurrency.length + unitless.length > 0 ? [...piece] : [];
  // Each finder's own mentions do not overlap one another: each list is checked against the
  // amounts kept before it.
  let kept = found.slice();
  for (const m of withCurrency) {
    if (overlapsKept(kept, m) || afterDecimalPoint(characters, m)) continue;
    found.push({ ...m, value: { money: m.value, unitless: false } });
  }
  if (!unitlessPossible) return found;
  kept = found.slice().sort((a, b) => a.start - b.start);
  for (const m of unitless) {
    if (overlapsKept(kept, m) || afterDecimalPoint(characters, m)) continue;
    found.push({ ...m, value: { money: m.value, unitless: true } });
  }
  return found.sort((a, b) => a.start - b.start);
}
