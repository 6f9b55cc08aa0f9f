/**
 * A count of one kind of bed in a list of kinds (普通病床180床、重症病床20床; 急性病床九十床、加护
 * 病床七床…), where the article states a larger count of beds outside the list (新院共200床, 共计一百
 * 一十床): the list breaks the total down, and its items are no count of the hospital's beds (set Z).
 * A list of totals of another sort (编制床位1000张、开放床位800张) holds its own largest count, so it
 * keeps its items: only a larger count outside the list makes them parts.
 */
import { parseChineseNumber } from '../../values/chinese-numerals';
import { LONGEST_CLAUSE } from '../suggest';
import type { ExtractionContext } from '../types';

/** A count of beds as written: digits or Chinese numerals (廿, 卅 included), then 张 or 床. */
const BED_COUNT =
  /([0-9０-９][0-9０-９,，]*|[一二两三四五六七八九十百千〇零廿卅]+)\s*(?:张|張|床)/gu;
/** Where one item of a list ends: the list's own mark, 、 (a comma or stop ends the list). */
const ITEM_MARK = '、';
const LIST_END = /[，,。；;！？!?\n：:]/u;

interface BedCount {
  start: number;
  end: number;
  value: number;
}

/** Every count of beds in the article's text with its value. */
function bedCounts(text: string): BedCount[] {
  const counts: BedCount[] = [];
  for (const m of text.matchAll(BED_COUNT)) {
    const digits = m[1]!.replace(/[,，]/gu, '').replace(/廿/gu, '二十').replace(/卅/gu, '三十');
    const value = parseChineseNumber(digits.normalize('NFKC'));
    if (value !== null && Number.isInteger(value) && value > 0)
      counts.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return counts;
}

/** The stretch of the list the count at `at` stands in: items joined by 、, up to a comma or stop. */
function listAround(text: string, at: number): { start: number; end: number; items: number } {
  let start = at;
  const lowest = Math.max(0, at - LONGEST_CLAUSE);
  let items = 1;
  while (start > lowest && !LIST_END.test(text[start - 1]!)) {
    if (text[start - 1] === ITEM_MARK) items++;
    start--;
  }
  let end = at;
  const highest = Math.min(text.length, at + LONGEST_CLAUSE);
  while (end < highest && !LIST_END.test(text[end]!)) {
    if (text[end] === ITEM_MARK) items++;
    end++;
  }
  return { start, end, items };
}

/** Whether the bed count at [start, end) of the view is one item of a breakdown of a larger total. */
export function isListedPart(ctx: ExtractionContext, start: number, count: number): boolean {
  const text = ctx.article.text;
  const list = listAround(text, start);
  if (list.items < 2) return false;
  const counts = ctx.memo('bedCounts', () => bedCounts(text));
  const inList = counts.filter((c) => c.start >= list.start && c.end <= list.end);
  if (inList.length < 2) return false;
  return counts.some((c) => (c.end <= list.start || c.start >= list.end) && c.value > count);
}
