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
import {
  AMOUNT,
  AMOUNT_FIRST_CHARACTERS,
  AMOUNT_START,
  CHINESE_AMOUNT_WITH_POINT,
  GAP,
  mergeMentions,
  scanPattern,
  spaced,
  scanMentions,
  splitInnerQualifier,
  squeezeSpaces,
  type Mention,
} from './find-mentions';
import { UNIT_SPELLINGS_LONGEST_FIRST, canonicalUnit } from './units';

/** A number with its unit as stated (normalised spelling) and its hedge, if any. */
export interface Quantity {
  value: number;
  unit: string | null;
  approx: ApproxQualifier | null;
  raw: string;
}

/** Units that mean something else before these characters: 80年代 is a decade, 一周年 an anniversary. */
const NOT_A_UNIT_BEFORE: Readonly<Record<string, string>> = { 年: '代', 周: '年' };
const UNIT = UNIT_SPELLINGS_LONGEST_FIRST.map((spelling) => {
  const pattern = spaced(spelling);
  const blocker = NOT_A_UNIT_BEFORE[spelling];
  if (blocker) return `${pattern}(?!${GAP}${blocker})`;
  // An ASCII unit must not be the start of a longer word (m2x), nor m the start of 1200mA.
  return /[A-Za-z0-9]$/.test(spelling) ? `${pattern}(?![A-Za-z0-9])` : pattern;
}).join('|');

function quantitySource(unitRequired: boolean): string {
  const unit = `${GAP}(?<unit>${UNIT})`;
  return (
    `(?:(?<pre>${PREFIX_PATTERN})${GAP})?${AMOUNT_START}(?<amount>${AMOUNT})` +
    `(?:${GAP}(?<inner>${INNER_PATTERN}))?` +
    (unitRequired ? unit : `(?:${unit})?`) +
    `(?:${GAP}(?<post>${SUFFIX_PATTERN}))?`
  );
}

const ANCHORED = new RegExp(`^(?:${quantitySource(false)})$`, 'u');
export const QUANTITY_SCAN = scanPattern(
  new RegExp(quantitySource(true), 'gu'),
  AMOUNT_FIRST_CHARACTERS,
  Object.keys(PREFIX_QUALIFIERS),
);

function quantityFromMatch(
  groups: Record<string, string | undefined>,
  raw: string,
): Quantity | null {
  const { numeral, hasInner } = splitInnerQualifier(groups.amount ?? '');
  const value = parseChineseNumber(numeral);
  if (value === null) return null;
  const unit = groups.unit === undefined ? null : canonicalUnit(groups.unit);
  if (groups.unit !== undefined && unit === null) return null;
  return { value, unit, approx: approxOfGroups(groups, hasInner), raw };
}

/**
 * One quantity such as 700余平方米, 1.4万人次, 近千张, 95%以上 or a bare number; null unless the
 * whole string is one. A leading 达 is accepted and ignored: it introduces an exact figure.
 * Money (元) is parseMoney's job and gives null here.
 */
export function parseQuantity(raw: string): Quantity | null {
  const text = raw.trim().replace(LEADING_VERB, '');
  const match = ANCHORED.exec(text);
  return match?.groups ? quantityFromMatch(match.groups, raw) : null;
}

/** A four-digit number of 年 is a year (2021年), which is the date finder's business. */
function looksLikeYear(quantity: Quantity, amount: string): boolean {
  return (
    quantity.unit === '年' &&
    quantity.approx === null &&
    /^(?:[0-9０-９]{4}|[^0-9０-９]{4})$/.test(squeezeSpaces(amount)) &&
    quantity.value >= 1000 &&
    quantity.value < 3000
  );
}

// 百分之五十, 百分之三点五: the spelled-out percentage, read as a number of %.
const PERCENT_WORDS_SOURCE =
  `(?:(?<pre>${PREFIX_PATTERN})${GAP})?百分之${GAP}(?<amount>${CHINESE_AMOUNT_WITH_POINT})` +
  `(?:${GAP}(?<post>${SUFFIX_PATTERN}))?`;
const PERCENT_WORDS_ANCHORED = new RegExp(`^(?:${PERCENT_WORDS_SOURCE})$`, 'u');
const PERCENT_WORDS_IN_TEXT = new RegExp(PERCENT_WORDS_SOURCE, 'gu');

function percentFromWords(
  groups: Record<string, string | undefined>,
  raw: string,
): Quantity | null {
  const value = parseChineseNumber(groups.amount ?? '');
  if (value === null) return null;
  return { value, unit: '%', approx: approxOfGroups(groups), raw };
}

/**
 * Every quantity with a unit in `text` (a bare number is not reported), with code-point spans
 * that include the hedge (约, 余, 左右) but not an introducing verb (达).
 */
export function findQuantityMentions(text: string): Mention<Quantity>[] {
  const withUnits = scanMentions(text, QUANTITY_SCAN, (match) => {
    const quantity = match.groups ? quantityFromMatch(match.groups, match[0]) : null;
    if (!quantity || looksLikeYear(quantity, match.groups?.amount ?? '')) return null;
    return quantity;
  });
  // The spelled-out percentage needs 百分之 written whole: most texts have none, and the pattern,
  // which may start with a hedge, would otherwise be tried at every position.
  if (!text.includes('百分之')) return withUnits;
  const percentWords = scanMentions(text, PERCENT_WORDS_IN_TEXT, (match) =>
    match.groups ? percentFromWords(match.groups, match[0]) : null,
  );
  return mergeMentions(withUnits, percentWords);
}

/** A percentage, 50% / ５０％ / 百分之五十 / 95%以上, as a quantity in %; null for anything else. */
export function parsePercent(raw: string): Quantity | null {
  const text = raw.trim().replace(LEADING_VERB, '');
  const words = PERCENT_WORDS_ANCHORED.exec(text);
  if (words?.groups) return percentFromWords(words.groups, raw);
  const quantity = parseQuantity(raw);
  return quantity?.unit === '%' ? quantity : null;
}
