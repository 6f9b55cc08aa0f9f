// Value parsers: Chinese text → typed values (numbers, quantities, money, dates), and finders that
// report where such values are mentioned, as code-point spans.
export type { ExactDecimal } from './exact-decimal';
export { parseChineseNumber, parseChineseNumberExact, toAsciiDigits } from './chinese-numerals';
export type { ApproxQualifier } from './approx';
export type { Mention } from './find-mentions';
export { parseQuantity, parsePercent, findQuantityMentions, type Quantity } from './quantity';
export { toSquareMetres } from './area';
export {
  parseMoney,
  findMoneyMentions,
  findUnitlessMoneyMentions,
  type Money,
  type Currency,
} from './money';
export {
  parseChineseDate,
  findDateMentions,
  type ChineseDate,
  type DateContext,
  type DatePrecision,
} from './dates';
