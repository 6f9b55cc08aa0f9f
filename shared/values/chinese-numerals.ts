import {
  ZERO,
  addDecimals,
  decimalFromInteger,
  decimalFromLiteral,
  decimalToNumber,
  decimalToString,
  isZeroDecimal,
  scaleByPowerOfTen,
  type ExactDecimal,
} from './exact-decimal';

/**
 * Chinese numerals and the mixed forms found in articles (1.4万, 5千, 1千2百, 三百零五, 二〇二三,
 * 壹仟贰佰, １２３, 1,200). Everything is computed with exact decimals, so 3.23万 is exactly 32300.
 *
 * Decisions worth knowing:
 * - Digit-by-digit forms (二〇二三 → 2023) need three or more digits or a zero; two bare digits
 *   such as 三五 usually mean a range ("three to five"), so they give null.
 * - A trailing single digit after a unit is the colloquial shortening: 一万五 → 15000,
 *   三百五 → 350, 1万5 → 15000, unless 零 intervenes (一百零五 → 105); 10005 would be written
 *   1万零5. Longer trailing numbers are added as they stand: 3万5000 → 35000, 1千200 → 1200.
 * - Arabic and Chinese digits mix freely around units: 1千2百 → 1200, 12万3千 → 123000.
 * - A bare 万/亿 (万元收入) is not a number; a bare 十/百/千 is (十 → 10, 近千张 → 1000).
 * - Negative numbers give null: articles spell them out in words (下降, 减少).
 */

/** Every character that stands for a single digit, simplified, traditional and financial. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0, // U+25CB WHITE CIRCLE: what OCR and many IMEs produce for 〇
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  兩: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units inside a 万 group, by power of ten. */
export const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
};

/** Group units, by power of ten. 兆 is left out: it means 10^6 or 10^12 depending on who writes. */
export const CHINESE_BIG_UNITS: Readonly<Record<string, number>> = {
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
};

const CHINESE_DECIMAL_POINT = '点';

/** Full-width digits and point to ASCII; other characters untouched. */
export function toAsciiDigits(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.');
}

type Token =
  | { kind: 'literal'; value: ExactDecimal }
  | { kind: 'digit'; value: number }
  | { kind: 'unit'; exponent: number }
  | { kind: 'big'; exponent: number };

/** Removes thousands separators from well-formed groups (1,200 / 12，345，678); others stay and fail. */
function stripThousandsSeparators(text: string): string {
  return text.replace(/\d+(?:[,，]\d+)+/g, (group) =>
    /^\d{1,3}(?:[,，]\d{3})+$/.test(group) ? group.replace(/[,，]/g, '') : group,
  );
}

function tokenise(text: string): Token[] | null {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const literal = /^[0-9.]+/.exec(text.slice(i));
    if (literal) {
      const value = decimalFromLiteral(literal[0]);
      if (!value) return null;
      tokens.push({ kind: 'literal', value });
      i += literal[0].length;
      continue;
    }
    const char = text[i]!;
    if (char in CHINESE_DIGITS) tokens.push({ kind: 'digit', value: CHINESE_DIGITS[char]! });
    else if (char in CHINESE_SMALL_UNITS) {
      tokens.push({ kind: 'unit', exponent: CHINESE_SMALL_UNITS[char]! });
    } else if (char in CHINESE_BIG_UNITS) {
      tokens.push({ kind: 'big', exponent: CHINESE_BIG_UNITS[char]! });
    } else return null;
    i++;
  }
  return tokens;
}

/**
 * 二〇二三 → 2023: only digits, and enough of them not to be a range like 三五; one 万 or 亿 may
 * follow them (一二九亿 → 12,900,000,000, as Taiwan's papers write sums).
 */
function readDigitByDigit(tokens: Token[]): ExactDecimal | null {
  const last = tokens[tokens.length - 1];
  const big = last?.kind === 'big' ? last.exponent : 0;
  const run = big > 0 ? tokens.slice(0, -1) : tokens;
  if (run.length < 2 || !run.every((t) => t.kind === 'digit')) return null;
  const digits = run.map((t) => (t as { value: number }).value);
  if (digits.length < 3 && !digits.includes(0)) return null;
  return scaleByPowerOfTen(decimalFromInteger(BigInt(digits.join(''))), big);
}

/** The positional grammar: digits times units, grouped by 万 and 亿. */
function readWithUnits(tokens: Token[]): ExactDecimal | null {
  let total = ZERO; // everything up to the last 亿
  let groups = ZERO; // 万 groups since the last 亿
  let section = ZERO; // below 万
  let pending: ExactDecimal | null = null; // a number waiting for its unit
  let pendingIsSingleDigit = false;
  let zeroSinceUnit = false;
  let lastUnitExponent: number | null = null; // for 一万五 → 15000
  let lastSmallExponent = Infinity; // units in a section must fall: 千 > 百 > 十
  let sawNumber = false;
  let numberSinceBig = false;
  let lastBigExponent: number | null = null;

  for (const token of tokens) {
    switch (token.kind) {
      case 'literal':
      case 'digit': {
        if (pending !== null) return null; // 二三百, 12三: ranges or garbage
        sawNumber = true;
        numberSinceBig = true;
        if (token.kind === 'digit' && token.value === 0) {
          zeroSinceUnit = true;
          break;
        }
        pending = token.kind === 'literal' ? token.value : decimalFromInteger(token.value);
        pendingIsSingleDigit =
          token.kind === 'digit' || (pending.scale === 0 && pending.digits < 10n);
        break;
      }
      case 'unit': {
        if (token.exponent >= lastSmallExponent) return null; // 二十百
        // An implied 一 only at the start of a section (十二, 百万) or after 零 before 十 (一千零十).
        const impliedOne = isZeroDecimal(section) || (zeroSinceUnit && token.exponent === 1);
        if (pending === null && !impliedOne) return null;
        sawNumber = true;
        numberSinceBig = true;
        section = addDecimals(
          section,
          scaleByPowerOfTen(pending ?? decimalFromInteger(1), token.exponent),
        );
        pending = null;
        zeroSinceUnit = false;
        lastUnitExponent = token.exponent;
        lastSmallExponent = token.exponent;
        break;
      }
      case 'big': {
        // A group unit needs a number before it (bare 万, 亿万), except 亿 straight after 万 (两万亿).
        const directlyAfterWan = lastBigExponent === 4 && !numberSinceBig;
        if (!numberSinceBig && !(token.exponent === 8 && directlyAfterWan)) return null;
        const group = addDecimals(section, pending ?? ZERO);
        if (token.exponent === 8) {
          total = scaleByPowerOfTen(addDecimals(addDecimals(total, groups), group), 8);
          groups = ZERO;
        } else {
          groups = addDecimals(groups, scaleByPowerOfTen(group, token.exponent));
        }
        lastBigExponent = token.exponent;
        numberSinceBig = false;
        section = ZERO;
        pending = null;
        zeroSinceUnit = false;
        lastUnitExponent = token.exponent;
        lastSmallExponent = Infinity;
        break;
      }
    }
  }
  if (!sawNumber) return null;
  if (pending !== null) {
    const shortened = pendingIsSingleDigit && !zeroSinceUnit && lastUnitExponent !== null;
    if (shortened) pending = scaleByPowerOfTen(pending, lastUnitExponent! - 1);
    section = addDecimals(section, pending);
  }
  return addDecimals(addDecimals(total, groups), section);
}

/** 三点五万 → "3.5万": the integer part by the grammar, the fraction digit by digit. */
function rewriteChineseDecimalPoint(text: string): string | null {
  const point = text.indexOf(CHINESE_DECIMAL_POINT);
  if (point < 0) return text;
  const integer = parseChineseNumberExact(text.slice(0, point));
  if (!integer || integer.scale !== 0) return null;
  const rest = text.slice(point + 1);
  let fraction = '';
  let i = 0;
  for (; i < rest.length && (rest[i]! in CHINESE_DIGITS || /\d/.test(rest[i]!)); i++) {
    fraction += rest[i]! in CHINESE_DIGITS ? String(CHINESE_DIGITS[rest[i]!]) : rest[i];
  }
  if (fraction === '') return null;
  return `${decimalToString(integer)}.${fraction}${rest.slice(i)}`;
}

const PLAIN_DECIMAL = /^[0-9]+(?:\.[0-9]+)?$/;

/** Like parseChineseNumber, but keeps the exact decimal for callers that scale it further. */
export function parseChineseNumberExact(raw: string): ExactDecimal | null {
  // Plain Arabic digits (most amounts read): what the reading below gives them, without its passes.
  if (PLAIN_DECIMAL.test(raw)) return decimalFromLiteral(raw);
  let text = stripThousandsSeparators(toAsciiDigits(raw.trim()));
  if (text === '' || /\d\s+[\d.]|[\d.]\s+\d/.test(text)) return null; // "1 200": two numbers?
  text = text.replace(/\s+/g, '');
  const rewritten = rewriteChineseDecimalPoint(text);
  if (rewritten === null) return null;
  const tokens = tokenise(rewritten);
  if (!tokens || tokens.length === 0) return null;
  if (tokens.length === 1 && tokens[0]!.kind === 'digit') {
    return decimalFromInteger(tokens[0]!.value);
  }
  return readDigitByDigit(tokens) ?? readWithUnits(tokens);
}

/**
 * The value of a Chinese, Arabic or mixed numeral, or null when `raw` is not exactly one number.
 * Integers come out exact (1.4万 → 14000); decimals are the nearest double (３．５ → 3.5).
 */
export function parseChineseNumber(raw: string): number | null {
  const plain = plainAmount(raw);
  if (plain !== undefined) return plain;
  const exact = parseChineseNumberExact(raw);
  return exact ? decimalToNumber(exact) : null;
}

/** Arabic digits, in 万 or 亿 or alone (1992万, 1.5亿, 664): most amounts read, by far. */
const PLAIN_AMOUNT = /^([0-9]+)(?:\.([0-9]+))?([万亿])?$/;

/**
 * The value of a plain amount, or undefined for any other form. The exact reading gives such an
 * amount as its decimal value times 10⁴ or 10⁸, rounded once to the nearest double: here the
 * decimal point is moved in the string and the string rounded once by Number, which is the same
 * double without the BigInt steps (a generated test compares the two).
 */
function plainAmount(raw: string): number | undefined {
  const match = PLAIN_AMOUNT.exec(raw);
  if (!match) return undefined;
  const integer = match[1]!;
  const fraction = match[2] ?? '';
  const unit = match[3];
  if (unit === undefined) return Number(raw);
  const shift = unit === '万' ? 4 : 8;
  const moved = fraction.slice(0, shift).padEnd(shift, '0');
  const rest = fraction.slice(shift);
  return Number(rest === '' ? integer + moved : `${integer}${moved}.${rest}`);
}

/** The exact reading of parseChineseNumber, without its fast path for plain amounts (tests). */
export function parseChineseNumberSlowly(raw: string): number | null {
  const exact = parseChineseNumberExact(raw);
  return exact ? decimalToNumber(exact) : null;
}
