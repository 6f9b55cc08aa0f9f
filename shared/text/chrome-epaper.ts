/**
 * The furniture of a newspaper's e-paper site around the story it shows: the page's edition label
 * ('A04版:新闻 新闻列表', 'A04版 2023年12月28日 新闻 扩展 收缩 默认'), its buttons between days and
 * pages ('昨天 明天 上版 下版 版面概览'), the list of the page's other headlines ('~~~——某标题'), the
 * masthead's dates ('癸卯年十一月十六', '2023年12 28') and the paper's registration number ('国内统一刊号:CN44-…').
 * None of it is the story: the edition's date is the paper's, not an event, and a listed headline
 * repeats figures the story gives again (found on set U).
 */
import type { ChromeReason } from './chrome-reason';

/** An edition label and the page's section after it: 'A04版:新闻 新闻列表', '第3版：要闻'. */
const EDITION_LABEL = /^(?:[A-Z]?\d{1,3}|第\s*\d{1,3})\s*版\s*[:：︰]\s*[\p{Script=Han}\s]{0,20}$/u;
/** An edition label with the date and the page's buttons: 'A04版 2023年12月28日 新闻 扩展'. */
const DATED_EDITION =
  /^(?:[A-Z]?\d{1,3}|第\s*\d{1,3})\s*版\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:[\s\p{Script=Han}]{0,24})$/u;
/** The buttons that turn an e-paper's days and pages, and show its page's layout or list. */
const TURN_WORDS = new Set([
  '昨天',
  '明天',
  '前一天',
  '后一天',
  '上版',
  '下版',
  '上一版',
  '下一版',
  '上一期',
  '下一期',
  '版面概览',
  '版面导航',
  '版面导读',
  '往期回顾',
  '标题导航',
  '新闻列表',
  '扩展',
  '收缩',
  '默认',
]);
/** Fewest turning buttons on a line: one such word alone may be a heading of the story. */
const TURN_BAR_WORDS = 2;
/** The list of the page's headlines, each after a tilde run and a dash: '~~~——某标题'. */
const HEADLINE_LIST_ITEM = /^~{2,}\s*[—－-]{1,2}/u;
/** A lunar date as a masthead prints it beside the day's date: '癸卯年十一月十六'. */
const LUNAR_DATE =
  /^(?:农历|農曆)?\s*[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\s*(?:闰|閏)?[正一二三四五六七八九十冬腊臘]{1,2}月\s*[初十廿卅一二三四五六七八九]{1,3}(?:日)?$/u;
/** A masthead's date whose 月 and 日 the page's markup dropped: '2023年12 28'. */
const BROKEN_MASTHEAD_DATE = /^\d{4}\s*年\s*\d{1,2}\s+\d{1,2}$/u;
/** A Chinese paper's registration number: '国内统一刊号：CN44-0126'. */
const PAPER_REGISTRATION = /(?:统一刊号|統一刊號)\s*[:：︰]?\s*CN\s*\d{2}\s*[-－]\s*\d{4}/u;

function isTurnBar(text: string): boolean {
  const words = text.split(/[\s|｜]+/u).filter((w) => w !== '');
  const turns = words.filter((w) => TURN_WORDS.has(w)).length;
  return turns >= TURN_BAR_WORDS && turns * 2 >= words.length;
}

/** The chrome reason of an e-paper's furniture line, or null. */
export function classifyEpaperLine(text: string): ChromeReason | null {
  if (
    EDITION_LABEL.test(text) ||
    DATED_EDITION.test(text) ||
    LUNAR_DATE.test(text) ||
    BROKEN_MASTHEAD_DATE.test(text)
  )
    return 'metadata';
  if (PAPER_REGISTRATION.test(text)) return 'footer';
  if (HEADLINE_LIST_ITEM.test(text) || isTurnBar(text)) return 'navigation';
  return null;
}
