/**
 * rule:events@1 — dated events: each date the article gives (2021年7月26日, 2022年4月) with a
 * short description from the same sentence: the clause after the date, or the rest of its clause.
 * Relative dates (今年2月) are kept only when the article date resolves their year.
 */
import type { CodePointIndex } from '../../text/codepoints';
import { unfitTitleReason } from '../../segmentation/title-fitness';
import { findDateMentions, type ChineseDate } from '../../values';
import { ROC_YEAR_ZERO } from '../../values/dates';
import { CONFIDENCE } from '../confidence';
import { isTaiwanArticle } from '../local-currency';
import { findInSentences } from '../pieces';
import { clauseEnd, present, sentenceEnd, sentenceStart, squeeze, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';

export const EVENTS_RULE = 'rule:events@1';
const MAX_DESCRIPTION = 40;

/** A line that is only a date and a time ('2025/03/27 11:55', '(2012-09-07 09:25:49)'). */
const STAMP_LINE = /^[\s\d年月日时分秒:：/.．\-()（）]+$/u;

/**
 * Whether the date at `[start, end)` stands on a page's publication line ('发布于：2025-05-12
 * 10:20 字体：【大】', '时间:2016-02-14 作者:宣传科', a bare date-and-time stamp): when the page
 * was posted, not an event of the article.
 */
function onPublicationLine(
  text: string,
  start: number,
  end: number,
  verdicts: Map<number, { lineEnd: number; verdict: boolean }>,
): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  const lineEnd = next < 0 ? text.length : next;
  // Judged once per line: an OCR'd paragraph is one long line holding many dates.
  const known = verdicts.get(lineStart);
  if (known?.lineEnd === lineEnd) return known.verdict;
  const line = text.slice(lineStart, lineEnd);
  // A paragraph of prose that ends with its editor's credit ('…以來，…。（編輯：X）') is no
  // publication line: two sentences or more are prose (set Q).
  const prose = (line.match(/[。！？]/gu)?.length ?? 0) >= 2;
  const verdict = STAMP_LINE.test(line) || (!prose && unfitTitleReason(line) === 'metadata');
  verdicts.set(lineStart, { lineEnd, verdict });
  return verdict;
}

/**
 * Whether a date stood alone on its line in the document (a posting date under the headline),
 * from the document's text around it (a character either side): the reading view may have joined
 * that line to the headline and the credit around it (…的人2026-01-08【某传媒/X/台中报导】).
 */
function aloneOnSourceLine(around: string | undefined): boolean {
  const lines = around?.split(/\r?\n/u) ?? [];
  const inner = lines.slice(1, -1).join('\n').trim();
  return lines.length >= 3 && inner !== '' && STAMP_LINE.test(inner);
}

/**
 * A date stamped with its clock time ('2015年11月17日 04:10', '2024-03-01 09:30:12') or labelled
 * 'date' ('date 2026-01-28') inside a line: the posting stamp a copied page keeps, not an event.
 */
const CLOCK_AFTER = /^[ \t\u3000]*\d{1,2}[:：]\d{2}(?!\d)/u;
const DATE_LABEL_BEFORE = /(?:^|[\s\u3000])date[ \t\u3000]*[:：]?[ \t\u3000]*$/iu;

function isPostingStamp(text: string, start: number, end: number): boolean {
  return (
    CLOCK_AFTER.test(text.slice(end, end + 12)) ||
    DATE_LABEL_BEFORE.test(text.slice(Math.max(0, start - 8), start))
  );
}

/** Sentences a date can be in: a 年, or digits around a date separator. */
const DATE_WORTH_SCANNING = /年|[0-9０-９][-/.．][0-9０-９]/u;

/**
 * The UTF-16 range of the code points `[start, end)` widened by the character on each side, where
 * there is one. Counted in code points (CodePointIndex), so an astral character next to the date
 * (𠀀 is two UTF-16 units) is taken whole, never split, and never past the text's end (a date may
 * close the article).
 */
function withNeighbours(index: CodePointIndex, start: number, end: number): [number, number] {
  return [index.toUtf16(Math.max(0, start - 1)), index.toUtf16(Math.min(index.length, end + 1))];
}

/**
 * A Taiwan page's year of the Republic written without its era (於108年啟動, 108年3月): 1911 + N.
 * Three digits (100–129) alone, two digits only with a month after them (69年3月), so that a
 * duration (逾40年) is no date; never a duration's words around it (有110年歷史, 逾100年, 108年來).
 */
const BARE_ROC_YEAR =
  /(?<![0-9０-９.．民国])(?:(1[0-2][0-9])年(?:([0-9]{1,2})月(?:([0-9]{1,2})日)?)?|([3-9][0-9])年([0-9]{1,2})月(?:([0-9]{1,2})日)?)/gu;
const DURATION_BEFORE = /(?:有|逾|近|超过|长达|历经|达|满|已|约|共|前|多)$/u;
const DURATION_AFTER = /^(?:来|以来|历史|之久|间|内|多|余|前|后|的历史|左右)/u;

/**
 * A profile's founding year without 年 (创建于1987，是…; 始建于1949。): a date only right after a
 * founding verb and closed by punctuation, where four digits can be nothing but a year (set Q).
 */
const FOUNDED_YEAR_BARE =
  /(始建|创建|建|成立|创办|始创|建院)于((?:1[89]|20)[0-9]{2})(?=[，。,；;、）)]|\s*$)/gmu;

function bareFoundingYears(ctx: ExtractionContext): DateAt[] {
  const text = ctx.article.text;
  const found: DateAt[] = [];
  FOUNDED_YEAR_BARE.lastIndex = 0;
  for (let m = FOUNDED_YEAR_BARE.exec(text); m; m = FOUNDED_YEAR_BARE.exec(text)) {
    const start = m.index + m[0].length - m[2]!.length;
    const end = m.index + m[0].length;
    const date = findDateMentions(`${m[2]!}年`)[0]?.value;
    if (!date) continue;
    const codeStart = ctx.article.index.toCodePoint(start);
    found.push({
      date,
      start,
      end,
      codeStart,
      codeEnd: ctx.article.index.toCodePoint(end),
      description: m[1]!,
    });
  }
  return found;
}

interface DateAt {
  /** What happened, where the clause after the date does not say it (创建于1987: 创建). */
  description?: string;
  date: ChineseDate;
  /** UTF-16 offsets of the view. */
  start: number;
  end: number;
  /** Code-point offsets of the view, for the source check around the date. */
  codeStart: number;
  codeEnd: number;
}

function bareRocYears(ctx: ExtractionContext): DateAt[] {
  const text = ctx.article.text;
  const found: DateAt[] = [];
  BARE_ROC_YEAR.lastIndex = 0;
  for (let m = BARE_ROC_YEAR.exec(text); m; m = BARE_ROC_YEAR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (DURATION_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (DURATION_AFTER.test(text.slice(end, end + 3))) continue;
    const year = ROC_YEAR_ZERO + Number(m[1] ?? m[4]);
    const month = m[2] ?? m[5];
    const day = m[3] ?? m[6];
    const date = findDateMentions(
      `${year}年${month ? `${month}月${day ? `${day}日` : ''}` : ''}`,
    )[0]?.value;
    if (!date) continue;
    const codeStart = ctx.article.index.toCodePoint(start);
    const codeEnd = ctx.article.index.toCodePoint(end);
    found.push({ date, start, end, codeStart, codeEnd });
  }
  return found;
}

/**
 * A date of a person's own story, not of the hospital (村民某某，2020年脱贫; 2023年5月，患者因…入院):
 * the clause after the date says what happened to a patient or a villager.
 */
const PERSONAL_STORY =
  /^(?:脱贫|出生|结婚|退休|入院|住院|就诊|确诊|发病|患病|患上|受伤|摔伤|去世|病逝|离世|查出|被确诊|被诊断|患者|病人|病患|老人|村民|孩子|他|她)/u;
/** A date that sets a scene, with no event (1993年4月5日，春天了): a season or the weather. */
const SCENE = /^(?:[春夏秋冬]天|[春夏秋冬]日|天气|阳光|细雨|大雪|寒风)/u;

/**
 * A year that starts a span of time, not an event: 2002年以来, 2010年至今 (session 12). Only a
 * bare year; 2015年起 is kept (the written set dates what began then: 2015年起与某局合作推动…), and
 * so is a year's statistic (2023年门急诊量达86万人次, an event in the written set's references).
 */
const SPAN_FROM_YEAR = /^(?:以来|来|至今)/u;
/**
 * A bare year that names a period or a plan, not a day something happened (set V): the year a
 * meeting or ceremony reviews (2017年度颁奖典礼, held the next year), a programme of the year
 * (列为我市2015年重点民生工程, 2024年为民办实事项目). A year-only event keeps its other forms,
 * and so does what a year's review found (2022年度绩效考核排名第某位).
 */
const YEAR_AS_QUALIFIER = /^(?:度|重点|规划|民生实事|为民办实事|十大)/u;
/** A programme a year names (2022年度重大建设项目, 年度重点工程): a plan, no event. */
const YEAR_PROGRAMME = /^(?:重点|重大|民生|为民|十大)|(?:项目|工程)$/u;
/** A meeting or ceremony named by the year it reviews (2024年度职工代表大会). */
const MEETING = /(?:大会|典礼|颁奖|联欢|会议|交流会|总结会|表彰会|座谈会|年会)/u;
/**
 * A month and day without a year (11月26日上午，…2021年“世界艾滋病日”活动…) take the year of a named
 * yearly event in the same sentence (a bare year right before a quoted name), which then says
 * nothing more of its own (session 12): one event, dated to the day. Any other bare year may be
 * an event of its own (2021年公司成立), so it is left alone. Changes `mentions` in place.
 */
function yearFromSentence(text: string, mentions: DateAt[]): void {
  const used = new Set<DateAt>();
  for (const m of mentions) {
    if (m.date.year !== undefined || m.date.month === undefined) continue;
    const from = sentenceStart(text, m.start);
    const to = sentenceEnd(text, m.end);
    const year = mentions.find(
      (y) =>
        y.date.precision === 'year' &&
        y.start >= from &&
        y.end <= to &&
        !used.has(y) &&
        /^[“「"]/u.test(text.slice(y.end, y.end + 1)),
    );
    if (!year) continue;
    const day = m.date.day !== undefined ? `${m.date.day}日` : '';
    const date = findDateMentions(`${year.date.year}年${m.date.month}月${day}`)[0]?.value;
    if (!date) continue;
    m.date = date;
    used.add(year);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (used.has(mentions[i]!)) mentions.splice(i, 1);
}

export const eventsRule: Extractor = {
  id: EVENTS_RULE,
  outputs: [{ name: 'events', kind: 'date' }],
  run(ctx) {
    const text = ctx.article.text;
    const index = ctx.article.index;
    const out: (Suggestion | null)[] = [];
    const context = ctx.articleDate ? { articleDate: ctx.articleDate } : undefined;
    const mentions: DateAt[] = findInSentences(text, index, DATE_WORTH_SCANNING, (piece) =>
      findDateMentions(piece, context),
    ).map((m) => ({
      date: m.value,
      start: index.toUtf16(m.start),
      end: index.toUtf16(m.end),
      codeStart: m.start,
      codeEnd: m.end,
    }));
    mentions.push(...bareFoundingYears(ctx));
    mentions.sort((a, b) => a.start - b.start);
    yearFromSentence(text, mentions);
    if (isTaiwanArticle(ctx)) {
      // 112年5月 read as a bare 5月 gives way to the whole date; a dated mention stands.
      for (const roc of bareRocYears(ctx)) {
        const overlaps = (m: DateAt): boolean => m.start < roc.end && roc.start < m.end;
        if (mentions.some((m) => overlaps(m) && m.date.year !== undefined)) continue;
        for (let i = mentions.length - 1; i >= 0; i--)
          if (overlaps(mentions[i]!)) mentions.splice(i, 1);
        mentions.push(roc);
      }
      mentions.sort((a, b) => a.start - b.start);
    }
    const lineVerdicts = new Map<number, { lineEnd: number; verdict: boolean }>();
    /** The description first given to each date: the same event read again keeps it. */
    const described = new Map<string, string[]>();
    for (const m of mentions) {
      const date = m.date;
      if (date.precision === 'decade' || date.year === undefined || /X/u.test(date.iso.slice(0, 4)))
        continue;
      const { start, end } = m;
      if (
        onPublicationLine(text, start, end, lineVerdicts) ||
        isPostingStamp(text, start, end) ||
        (start > 0 &&
          aloneOnSourceLine(
            ctx.article.toSourceUtf16(...withNeighbours(index, m.codeStart, m.codeEnd))?.text,
          ))
      )
        continue;
      // 2021年7月26日,安庆市二院怀宁院区横空出世: the event is the next clause.
      let from = end;
      while (from < text.length && /[\s,，、:：年度初底末]/u.test(text[from]!)) from++;
      let description =
        m.description ?? squeeze(text.slice(from, clauseEnd(text, from))).slice(0, MAX_DESCRIPTION);
      if (description.length < 2 || PERSONAL_STORY.test(description) || SCENE.test(description))
        continue;
      const yearOnly = date.precision === 'year' && m.description === undefined;
      if (yearOnly && SPAN_FROM_YEAR.test(text.slice(end, end + 2))) continue;
      if (yearOnly && YEAR_AS_QUALIFIER.test(text.slice(end, end + 4))) {
        // 2022年度绩效考核排名第某位, 2024年度某科入选…: what the year's review found stays; a
        // programme of the year (2022年度重大建设项目, set Y) does not.
        if (text[end] !== '度' || MEETING.test(description) || YEAR_PROGRAMME.test(description))
          continue;
      }
      // The same event told twice (a headline and its lead: 2025年落成 / 2025年落成，同年…): one
      // value with both spans, under the first description.
      const earlier = described.get(date.iso) ?? [];
      const same = earlier.find((d) => d.startsWith(description) || description.startsWith(d));
      if (same !== undefined) description = same;
      else described.set(date.iso, [...earlier, description]);
      const value = {
        iso: date.iso,
        ...(date.year !== undefined ? { year: date.year } : {}),
        ...(date.month !== undefined ? { month: date.month } : {}),
        ...(date.day !== undefined ? { day: date.day } : {}),
        partial: date.partial,
        description,
      };
      const confidence =
        date.precision === 'day' || date.precision === 'month'
          ? CONFIDENCE.clauseCue
          : CONFIDENCE.weakCue;
      out.push(suggestAt(ctx, EVENTS_RULE, 'events', value, start, end, confidence));
    }
    return present(out);
  },
};
