import { CodePointIndex } from '../text/codepoints';
import { CHINESE_BIG_UNITS, CHINESE_DIGITS, CHINESE_SMALL_UNITS } from './chinese-numerals';

/**
 * Pieces shared by the money, quantity and date finders. The parsers match the same patterns
 * anchored, so what a finder reports and what a parser accepts cannot drift apart.
 */

/** A mention of a value: `[start, end)` in code points of the searched text, and that text. */
export interface Mention<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

const HORIZONTAL_SPACE = '[ \\t\\u00a0\\u3000]*';

/**
 * Optional whitespace with at most one line break. OCR'd pages break lines inside amounts
 * ("2753平\n方米", "1.4\n万人次"); a blank line, though, ends a paragraph and so a mention.
 */
export const GAP = `${HORIZONTAL_SPACE}(?:\\r?\\n${HORIZONTAL_SPACE})?`;

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/]/;

export function escapeRegExp(text: string): string {
  // Most texts (a title's characters, one at a time) have nothing to escape: a test allocates less.
  return REGEXP_SPECIAL.test(text) ? text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : text;
}

/** A literal word that tolerates an OCR gap between any two of its characters. */
export function spaced(word: string): string {
  return [...word].map(escapeRegExp).join(GAP);
}

/** Alternatives of literal words, longest first so that 人次 is tried before 人. */
export function alternation(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return sorted.map(spaced).join('|');
}

const chars = (record: Readonly<Record<string, number>>): string =>
  Object.keys(record).map(escapeRegExp).join('');

const DIGIT_OR_SMALL_UNIT = `[${chars(CHINESE_DIGITS)}${chars(CHINESE_SMALL_UNITS)}]`;
const BIG_UNIT = `[${chars(CHINESE_BIG_UNITS)}]`;
// Each digit run must be taken whole (the lookaheads): otherwise a long run followed by a non-unit
// is retried split every possible way, which takes exponential time. The ASCII comma groups
// thousands (1,000); so do a space (1 000, also the thin and no-break ones) and an OCR line break
// (1⏎000) after a first group of one to three digits, each followed by exactly three digits. The
// full-width ， does not: in running text it separates list items (120，150，300人).
const DIGITS = '[0-9０-９]';
const GROUP_BREAK = '(?:[ \\u00a0\\u2009\\u202f]|\\r?\\n)';
const THOUSANDS = `${DIGITS}{3}(?!${DIGITS})`;
const ARABIC =
  `(?:${DIGITS}{1,3}(?:${GROUP_BREAK}${THOUSANDS})+(?![ \\u00a0\\u2009\\u202f]?${DIGITS})` +
  `|${DIGITS}+(?!${DIGITS})(?:,${THOUSANDS})*)` +
  `(?:[.．]${DIGITS}+(?!${DIGITS}))?`;

/**
 * The decimals of a numeral written in characters: 点 and digits only (一万四千五百五十四点一三,
 * 三点五亿, Macau's and Hong Kong's official figures: set Y). A unit word after 点 (十点三十分)
 * leaves it a clock time, since 十 is no digit of a decimal.
 */
const CHINESE_DECIMAL = `[点點][${chars(CHINESE_DIGITS)}]+(?![${chars(CHINESE_SMALL_UNITS)}])`;

/**
 * An amount as written: Arabic, Chinese or mixed digits with 十百千万亿, an OCR gap allowed before
 * 万/亿 and a 余/多 allowed just before them (3000余万元), and decimals after 点 (三点五亿).
 * parseChineseNumber decides whether the characters really form one number; this only has to
 * find the candidates.
 */
export const AMOUNT =
  `(?:${ARABIC}|${DIGIT_OR_SMALL_UNIT})(?:${ARABIC}|${DIGIT_OR_SMALL_UNIT}|(?:${GAP}[余多])?${GAP}${BIG_UNIT})*` +
  `(?:${CHINESE_DECIMAL}(?:${GAP}${BIG_UNIT})?)?`;

/** A Chinese numeral that may carry a decimal 点, as in 百分之三点五. */
export const CHINESE_AMOUNT_WITH_POINT = `(?:${ARABIC}|${DIGIT_OR_SMALL_UNIT}|点)+`;

/**
 * An amount must not continue a word or a number (VV7, 2023.11), nor be an ordinal (第667位,
 * 第\n二人民医院),
 * nor start inside a longer numeral that failed to parse (十四五).
 */
export const AMOUNT_START = `(?<!第${GAP})(?<![0-9０-９A-Za-z.．${chars(CHINESE_DIGITS)}${chars(CHINESE_SMALL_UNITS)}${chars(CHINESE_BIG_UNITS)}])`;

/** Removes whitespace (OCR gaps) from a matched word before it is looked up. */
export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Removes OCR gaps and the 余/多 that may sit inside an amount, noting whether one was there. */
export function splitInnerQualifier(amount: string): { numeral: string; hasInner: boolean } {
  const withoutSpace = amount.replace(/\s+/g, '');
  const numeral = withoutSpace.replace(/[余多]/g, '');
  return { numeral, hasInner: numeral !== withoutSpace };
}

/**
 * The characters an amount can start with (a digit, a Chinese digit or 十百千): with the first
 * characters of the words allowed before it, every position a value pattern can match from (see
 * scanMentions).
 */
export const AMOUNT_FIRST_CHARACTERS =
  '0123456789０１２３４５６７８９' +
  Object.keys(CHINESE_DIGITS).join('') +
  Object.keys(CHINESE_SMALL_UNITS).join('');

/** A global pattern with the characters its matches can start with, to skip every other position. */
export interface ScanPattern {
  pattern: RegExp;
  /**
   * Per UTF-16 unit: ANY_NEXT when a match may start with it whatever follows, WORD_NEXT when
   * only a word of `words` may start there (see `pairs`), 0 when no match starts with it.
   */
  starts: Uint8Array;
  /** First and second units of each word (first << 16 | second), for WORD_NEXT positions. */
  pairs: ReadonlySet<number>;
}

const ANY_NEXT = 1;
const WORD_NEXT = 2;
/** What may follow a word's first character inside a GAP-spaced word: its second, or a GAP. */
const GAP_FIRST_UNITS = new Set([...' \t\u00a0\u3000\r\n'].map((c) => c.charCodeAt(0)));

/**
 * `pattern` (global) whose matches can only start with one of `characters` (whatever follows
 * them: an amount's digits) or with one of `words` written `spaced` (a hedge, a currency: 人民币
 * starts a match only where 民 or a gap follows its 人, and most 人 of an article start 人民医院).
 */
export function scanPattern(
  pattern: RegExp,
  characters: string,
  words: Iterable<string> = [],
): ScanPattern {
  const starts = new Uint8Array(0x10000);
  const pairs = new Set<number>();
  const firstUnit = (character: string): number => {
    const unit = character.codePointAt(0)!;
    if (unit > 0xffff) throw new Error(`scanPattern: ${character} is outside the BMP`);
    return unit;
  };
  for (const character of characters) starts[firstUnit(character)] = ANY_NEXT;
  for (const word of words) {
    const first = firstUnit(word);
    if (word.length === 1) starts[first] = ANY_NEXT;
    else {
      if (starts[first] !== ANY_NEXT) starts[first] = WORD_NEXT;
      pairs.add((first << 16) | word.charCodeAt(1));
    }
  }
  return { pattern, starts, pairs };
}

/** Whether a match of `scan` may start at `at`, judged by the units there and after it. */
function mayStartAt(scan: ScanPattern, text: string, at: number): boolean {
  const start = scan.starts[text.charCodeAt(at)]!;
  if (start !== WORD_NEXT) return start === ANY_NEXT;
  const next = text.charCodeAt(at + 1);
  return GAP_FIRST_UNITS.has(next) || scan.pairs.has((text.charCodeAt(at) << 16) | next);
}

const stickyPatterns = new WeakMap<RegExp, RegExp>();

/** The sticky twin of a global pattern: tried at one position only. */
function stickyOf(pattern: RegExp): RegExp {
  let sticky = stickyPatterns.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}y`);
    stickyPatterns.set(pattern, sticky);
  }
  return sticky;
}

/**
 * Runs a global pattern over `text` and keeps the matches that `interpret` accepts, with spans
 * converted from UTF-16 to code points. Given the characters a match starts with, only positions
 * holding one are tried (the large value patterns, with an optional hedge before the amount, are
 * otherwise tried at every position): the matches are the same, as a global scan takes the
 * leftmost match and no match starts elsewhere.
 */
export function scanMentions<T>(
  text: string,
  scan: RegExp | ScanPattern,
  interpret: (match: RegExpExecArray) => T | null,
): Mention<T>[] {
  const pattern = scan instanceof RegExp ? scan : scan.pattern;
  if (!pattern.global) throw new Error('scanMentions needs a global pattern');
  // Built on the first mention only: most sentences scanned hold none.
  let index: CodePointIndex | null = null;
  const mentions: Mention<T>[] = [];
  // Each match is kept inline rather than through a helper closure: under tsx (the command line,
  // the benchmarks) every closure a call creates is also given its name, at a cost.
  if (scan instanceof RegExp) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (match[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const value = interpret(match);
      if (value === null) continue;
      index ??= new CodePointIndex(text);
      mentions.push(mentionAt(index, match, value));
    }
    return mentions;
  }
  const sticky = stickyOf(pattern);
  for (let at = 0; at < text.length; at++) {
    if (!mayStartAt(scan, text, at)) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match || match[0] === '') continue;
    const value = interpret(match);
    if (value !== null) {
      index ??= new CodePointIndex(text);
      mentions.push(mentionAt(index, match, value));
    }
    at = match.index + match[0].length - 1;
  }
  return mentions;
}

function mentionAt<T>(index: CodePointIndex, match: RegExpExecArray, value: T): Mention<T> {
  return {
    start: index.toCodePoint(match.index),
    end: index.toCodePoint(match.index + match[0].length),
    text: match[0],
    value,
  };
}

/** Mentions from several scans, in text order, dropping any that overlaps an earlier one. */
export function mergeMentions<T>(...lists: Mention<T>[][]): Mention<T>[] {
  const sorted = lists.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention<T>[] = [];
  for (const mention of sorted) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}
