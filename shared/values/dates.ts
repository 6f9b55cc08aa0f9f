import { parseChineseNumber } from './chinese-numerals';
import { GAP, scanMentions, scanPattern, type Mention } from './find-mentions';

/** How much of the date the text gives. */
export type DatePrecision = 'decade' | 'year' | 'month' | 'day';

export interface ChineseDate {
  year?: number;
  month?: number;
  day?: number;
  /** True unless year, month and day are all known. */
  partial: boolean;
  /** True for dates stated relative to when the article was written (今年, 去年, 上世纪). */
  relative: boolean;
  /** ISO 8601 as far as known: 2021-03, 2023-11-07; XXXX for an unknown year, 198X for a decade. */
  iso: string;
  precision: DatePrecision;
  /** For 今年/去年/前年/明年/后年: years after the article's year (去年 = -1), to resolve later. */
  yearOffset?: number;
}

export interface DateContext {
  articleDate?: { year: number; month?: number; day?: number };
}

/*
 * Decisions:
 * - A year needs four digits (2021年, 二〇二三年); 23年 is as likely a duration as a year.
 * - Dash, slash and dot forms need year, month and day (2023-11-07, 2023.11.7): 2023.11 is
 *   a decimal as often as a month.
 * - 3月5日 has no year and stays partial even with an article date: it may be last year's.
 * - Decades are returned as precision 'decade' with the decade's first year (上世纪80年代 →
 *   1980, iso 198X). 上世纪/本世纪 count from the article's century, else from the 21st.
 *   A bare 80年代 gives null: 20年代 could be the 1920s or the 2020s.
 * - 同年, 次年, 当月 refer to another date in the text, not to the article: not handled here.
 * - The Republic's calendar, still Taiwan's, when written with its era (民国69年 is 1980, 民國元年
 *   1912); a bare 108年 is Taiwan's 2019 only on a Taiwan page, which the extraction rules judge.
 */

const YEAR_DIGIT = '零〇○一二三四五六七八九';
const MONTH = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}';
const DAY = '[0-9０-９]{1,2}|[一二三四五六七八九十]{1,4}';
const monthAndDay = (prefix: string): string =>
  `(?:${GAP}(?<${prefix}Month>${MONTH})${GAP}月(?:${GAP}(?<${prefix}Day>${DAY})${GAP}[日号])?)?`;

const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  去年: -1,
  前年: -2,
  明年: 1,
  后年: 2,
};

/** Centuries by their first year, or by an offset from the article's century. */
const CENTURIES: Readonly<Record<string, { start: number } | { offset: number }>> = {
  '20世纪': { start: 1900 },
  二十世纪: { start: 1900 },
  '21世纪': { start: 2000 },
  二十一世纪: { start: 2000 },
  上世纪: { offset: -1 },
  上个世纪: { offset: -1 },
  本世纪: { offset: 0 },
};

const DATE_SOURCE = [
  `(?<decCentury>${Object.keys(CENTURIES).join('|')})${GAP}(?<decTens>[1-9]0|[一二三四五六七八九]十)${GAP}年代`,
  `(?<![0-9０-９])(?<decYear>[12][0-9]{2}0)${GAP}年代`,
  `(?<![0-9０-９${YEAR_DIGIT}])(?<absYear>[12１２][0-9０-９]{3}|[${YEAR_DIGIT}]{4})${GAP}年(?!${GAP}代)` +
    monthAndDay('abs'),
  `(?<![0-9０-９.．])(?<sepYear>[12１２][0-9０-９]{3})(?<sep>[-/.．])(?<sepMonth>[0-9０-９]{1,2})` +
    `\\k<sep>(?<sepDay>[0-9０-９]{1,2})(?![0-9０-９]|[.．][0-9０-９])`,
  `(?<relWord>${Object.keys(RELATIVE_YEARS).join('|')})${monthAndDay('rel')}`,
  `民[国國]${GAP}(?<rocYear>元|[0-9０-９]{1,3}|[一二三四五六七八九十百]{1,4})${GAP}年` +
    monthAndDay('roc'),
  `(?<![0-9０-９${YEAR_DIGIT}十第])(?<mdMonth>${MONTH})${GAP}月(?:${GAP}(?<mdDay>${DAY})${GAP}[日号])?`,
].join('|');

const ANCHORED = new RegExp(`^(?:${DATE_SOURCE})$`, 'u');
/**
 * Every character a date starts with: a digit (2021年, 3月), a Chinese digit or 十 (二〇二三年,
 * 十一月), or the first character of a century or relative year (上世纪, 本世纪, 今年, 去年…).
 */
const DATE_FIRST_CHARACTERS =
  '0123456789０１２３４５６７８９' +
  YEAR_DIGIT +
  '十民' +
  [...Object.keys(CENTURIES), ...Object.keys(RELATIVE_YEARS)].map((w) => w[0]!).join('');
export const DATE_SCAN = scanPattern(new RegExp(DATE_SOURCE, 'gu'), DATE_FIRST_CHARACTERS);

function daysInMonth(year: number | undefined, month: number): number {
  // Unknown year: allow 29 February, which exists in some year.
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

/** The year before the Republic's first (民国元年 is 1912). */
export const ROC_YEAR_ZERO = 1911;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

function buildDate(
  parts: { year?: number; month?: number; day?: number },
  extra: { relative: boolean; yearOffset?: number },
): ChineseDate | null {
  const { year, month, day } = parts;
  if (month !== undefined && (!Number.isInteger(month) || month < 1 || month > 12)) return null;
  if (day !== undefined) {
    if (month === undefined || !Number.isInteger(day)) return null;
    if (day < 1 || day > daysInMonth(year, month)) return null;
  }
  let iso = year === undefined ? 'XXXX' : pad(year, 4);
  if (month !== undefined) iso += `-${pad(month, 2)}`;
  if (day !== undefined) iso += `-${pad(day, 2)}`;
  const date: ChineseDate = {
    partial: year === undefined || month === undefined || day === undefined,
    relative: extra.relative,
    iso,
    precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
  };
  if (year !== undefined) date.year = year;
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  if (extra.yearOffset !== undefined) date.yearOffset = extra.yearOffset;
  return date;
}

/** A numeral group, or undefined when the group did not take part; NaN marks a bad numeral. */
function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return parseChineseNumber(text.replace(/\s+/g, '')) ?? Number.NaN;
}

function decade(
  groups: Record<string, string | undefined>,
  context?: DateContext,
): ChineseDate | null {
  let start: number;
  let relative = false;
  if (groups.decYear !== undefined) {
    start = Number(groups.decYear);
  } else {
    const century = CENTURIES[groups.decCentury!]!;
    const tens = numberOf(groups.decTens)!;
    if ('start' in century) start = century.start + tens;
    else {
      relative = true;
      const articleYear = context?.articleDate?.year ?? 2000;
      start = Math.floor(articleYear / 100) * 100 + century.offset * 100 + tens;
    }
  }
  return {
    year: start,
    partial: true,
    relative,
    iso: `${pad(Math.floor(start / 10), 3)}X`,
    precision: 'decade',
  };
}

function dateFromGroups(
  groups: Record<string, string | undefined>,
  context?: DateContext,
): ChineseDate | null {
  if (groups.decCentury !== undefined || groups.decYear !== undefined) {
    return decade(groups, context);
  }
  if (groups.absYear !== undefined) {
    const parts = {
      year: numberOf(groups.absYear),
      month: numberOf(groups.absMonth),
      day: numberOf(groups.absDay),
    };
    // 〇〇二三年 is not a year anyone writes; keep to four real digits.
    if (parts.year === undefined || !(parts.year >= 1000)) return null;
    return buildDate(parts, { relative: false });
  }
  if (groups.rocYear !== undefined) {
    const count = groups.rocYear === '元' ? 1 : numberOf(groups.rocYear);
    if (count === undefined || !(count >= 1 && count < 200)) return null;
    const parts = {
      year: ROC_YEAR_ZERO + count,
      month: numberOf(groups.rocMonth),
      day: numberOf(groups.rocDay),
    };
    return buildDate(parts, { relative: false });
  }
  if (groups.sepYear !== undefined) {
    const parts = {
      year: numberOf(groups.sepYear),
      month: numberOf(groups.sepMonth),
      day: numberOf(groups.sepDay),
    };
    return buildDate(parts, { relative: false });
  }
  if (groups.relWord !== undefined) {
    const yearOffset = RELATIVE_YEARS[groups.relWord]!;
    const articleYear = context?.articleDate?.year;
    const parts = {
      year: articleYear === undefined ? undefined : articleYear + yearOffset,
      month: numberOf(groups.relMonth),
      day: numberOf(groups.relDay),
    };
    return buildDate(parts, { relative: true, yearOffset });
  }
  if (groups.mdMonth !== undefined) {
    return buildDate(
      { month: numberOf(groups.mdMonth), day: numberOf(groups.mdDay) },
      { relative: false },
    );
  }
  return null;
}

/**
 * One date such as 2021年3月, 2023年11月7日, 2023-11-07, 2023.11.7, 二〇二三年十一月, 今年2月7日,
 * 去年, 3月5日 or 上世纪80年代; null unless the whole string is one date and the date exists.
 * Relative years resolve against `context.articleDate` when given.
 */
export function parseChineseDate(raw: string, context?: DateContext): ChineseDate | null {
  const match = ANCHORED.exec(raw.trim());
  return match?.groups ? dateFromGroups(match.groups, context) : null;
}

/** Every date in `text`, with code-point spans. */
export function findDateMentions(text: string, context?: DateContext): Mention<ChineseDate>[] {
  return scanMentions(text, DATE_SCAN, (match) =>
    match.groups ? dateFromGroups(match.groups, context) : null,
  );
}
