import {
  INNER_PATTERN,
  LEADING_VERB,
  PREFIX_PATTERN,
  PREFIX_QUALIFIERS,
  SUFFIX_PATTERN,
  approxOfGroups,
  type ApproxQualifier,
} from './approx';
import { parseChineseNumber } from './chinese-numerals';
import { UNIT_SPELLINGS_LONGEST_FIRST } from './units';
import {
  AMOUNT,
  AMOUNT_FIRST_CHARACTERS,
  AMOUNT_START,
  GAP,
  alternation,
  scanMentions,
  scanPattern,
  splitInnerQualifier,
  squeezeSpaces,
  type Mention,
} from './find-mentions';

export type Currency = 'CNY' | 'USD' | 'HKD' | 'TWD' | 'MOP' | 'EUR' | 'GBP' | 'JPY';

/** An amount of money in whole currency units (yuan, dollars), with its hedge if any. */
export interface Money {
  /** In units of the currency (元, not 万元): 4100万元 is 41000000. Exact when an integer. */
  amount: number;
  currency: Currency;
  approx: ApproxQualifier | null;
  raw: string;
}

/**
 * Written before the amount: 人民币1000万元, ￥1,200, US$2.5亿, 新台币40亿元, 澳门币3亿元. ¥ is read as yuan in
 * Chinese text. A currency word before the amount decides over the 元 after it (新台币40亿元 is TWD).
 * Simplified forms only: extraction reads traditional text through its simplified view.
 */
const CURRENCY_BEFORE: Readonly<Record<string, Currency>> = {
  人民币: 'CNY',
  新台币: 'TWD',
  台币: 'TWD',
  NT$: 'TWD',
  NTD: 'TWD',
  TWD: 'TWD',
  港币: 'HKD',
  港元: 'HKD',
  // Macau's pataca (set Y): 澳门币, 澳门元, 葡币; never 澳元, which is Australia's dollar.
  澳门币: 'MOP',
  澳门元: 'MOP',
  葡币: 'MOP',
  MOP$: 'MOP',
  MOP: 'MOP',
  RMB: 'CNY',
  CNY: 'CNY',
  '￥': 'CNY',
  '¥': 'CNY',
  US$: 'USD',
  USD: 'USD',
  $: 'USD',
  HK$: 'HKD',
  HKD: 'HKD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  JPY: 'JPY',
};

/** Written after the amount; 万/亿 belong to the amount, so 万元 needs no entry of its own. */
const CURRENCY_AFTER: Readonly<Record<string, Currency>> = {
  元: 'CNY',
  圆: 'CNY',
  元人民币: 'CNY',
  人民币: 'CNY',
  块钱: 'CNY',
  美元: 'USD',
  美金: 'USD',
  港元: 'HKD',
  港币: 'HKD',
  新台币: 'TWD',
  台币: 'TWD',
  元新台币: 'TWD',
  澳门元: 'MOP',
  澳门币: 'MOP',
  元澳门币: 'MOP',
  葡币: 'MOP',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  日圆: 'JPY',
};

const BEFORE = alternation(Object.keys(CURRENCY_BEFORE));
const AFTER = alternation(Object.keys(CURRENCY_AFTER));

// A hedge may come before or after a currency word (约人民币1000万元, 人民币约1000万元). After a
// currency sign the amount needs no start guard: the sign is the boundary (RMB1000).
const MONEY_SOURCE =
  `(?:(?<pre>${PREFIX_PATTERN})${GAP})?` +
  `(?:(?<before>${BEFORE})${GAP}(?:(?<pre2>${PREFIX_PATTERN})${GAP})?|${AMOUNT_START})` +
  `(?<amount>${AMOUNT})(?:${GAP}(?<inner>${INNER_PATTERN}))?` +
  `(?:${GAP}(?<after>${AFTER}))?(?:${GAP}(?<post>${SUFFIX_PATTERN}))?`;

const ANCHORED = new RegExp(`^(?:${MONEY_SOURCE})$`, 'u');
export const MONEY_SCAN = scanPattern(new RegExp(MONEY_SOURCE, 'gu'), AMOUNT_FIRST_CHARACTERS, [
  ...Object.keys(PREFIX_QUALIFIERS),
  ...Object.keys(CURRENCY_BEFORE),
]);

function moneyFromMatch(groups: Record<string, string | undefined>, raw: string): Money | null {
  const before = groups.before && CURRENCY_BEFORE[squeezeSpaces(groups.before)];
  const after = groups.after && CURRENCY_AFTER[squeezeSpaces(groups.after)];
  // 元 after a foreign currency word is that currency's unit (新台币40亿元, 港币500万元).
  const yuanAfter = after === 'CNY' && /^[元圆]$/u.test(squeezeSpaces(groups.after ?? ''));
  const currency = before || after;
  // Without a currency word a number is not money (4100万 could be people); with two that
  // disagree (人民币100美元) the text is wrong or we misread it.
  if (!currency || (before && after && before !== after && !yuanAfter)) return null;
  const { numeral, hasInner } = splitInnerQualifier(groups.amount ?? '');
  const amount = parseChineseNumber(numeral);
  if (amount === null) return null;
  return { amount, currency, approx: approxOfGroups(groups, hasInner), raw };
}

/**
 * One amount of money such as 4100万元, 3000余万元, 人民币1000万元, 2.5亿美元 or 12万 元 (OCR
 * spacing); null unless the whole string is one amount with a currency. A leading 达 is ignored.
 */
export function parseMoney(raw: string): Money | null {
  const text = raw.trim().replace(LEADING_VERB, '');
  const match = ANCHORED.exec(text);
  return match?.groups ? moneyFromMatch(match.groups, raw) : null;
}

/**
 * Every amount of money in `text`. A span covers the amount with its hedge, currency and unit
 * (约4100万元), never the verb before it (总投资达4100万元 → 4100万元).
 */
export function findMoneyMentions(text: string): Mention<Money>[] {
  return scanMentions(text, MONEY_SCAN, (match) =>
    match.groups ? moneyFromMatch(match.groups, match[0]) : null,
  );
}

// An amount in 万 or 亿 with no currency: 总投资接近5亿, 投入资金300余万. Money only where the
// context says so (the investment rule decides), and never when a unit follows (5亿人次).
// The spoken 5个亿, 3个多亿 is read too.
const UNITLESS_SOURCE =
  `(?:(?<pre>${PREFIX_PATTERN})${GAP})?${AMOUNT_START}` +
  `(?:(?<spoken>[0-9０-９]+(?:[.．][0-9０-９]+)?|[一二两三四五六七八九十几]{1,3})个(?<spokenInner>多)?亿` +
  `|(?<amount>${AMOUNT})(?:${GAP}(?<inner>${INNER_PATTERN}))?)` +
  `(?:${GAP}(?<post>${SUFFIX_PATTERN}))?`;
export const UNITLESS_MONEY_SCAN = scanPattern(
  new RegExp(UNITLESS_SOURCE, 'gu'),
  // 几 starts the spoken form (几个亿) and is no digit of AMOUNT.
  `${AMOUNT_FIRST_CHARACTERS}几`,
  Object.keys(PREFIX_QUALIFIERS),
);
/** What may not follow an amount read as money: a unit, a currency, a percent sign, more digits. */
const NOT_AFTER_UNITLESS = [
  ...UNIT_SPELLINGS_LONGEST_FIRST,
  ...Object.keys(CURRENCY_AFTER),
  '%',
  '％',
  '倍',
];

function unitlessMoney(match: RegExpExecArray): Money | null {
  const groups = match.groups;
  if (!groups) return null;
  const spoken = groups.spoken !== undefined;
  const { numeral, hasInner } = spoken
    ? { numeral: `${groups.spoken}亿`, hasInner: groups.spokenInner !== undefined }
    : splitInnerQualifier(groups.amount ?? '');
  if (!/[万亿]$/u.test(numeral)) return null;
  const after = match.input.slice(match.index + match[0].length).replace(/^\s+/u, '');
  if (/^[0-9０-９]/u.test(after) || NOT_AFTER_UNITLESS.some((w) => after.startsWith(w)))
    return null;
  const amount = parseChineseNumber(numeral);
  if (amount === null) return null;
  return { amount, currency: 'CNY', approx: approxOfGroups(groups, hasInner), raw: match[0] };
}

/**
 * Every amount in 万 or 亿 written without a currency (5亿, 接近5亿, 300余万, 5个亿), read as yuan:
 * Chinese articles leave 元 out of sums of money (总投资接近5亿). The caller keeps those whose
 * context is money; an amount followed by a unit (5亿人次, 3万平方米) or a currency is not one.
 */
export function findUnitlessMoneyMentions(text: string): Mention<Money>[] {
  return scanMentions(text, UNITLESS_MONEY_SCAN, unitlessMoney);
}
