/**
 * rule:events@1 — dated events: each date the article gives (2021年7月26日, 2022年4月) with a
 * short description from the same sentence: the clause after the date, or the rest of its clause.
 * Relative dates (今年2月) are kept only when the article date resolves their year.
 */
import type { CodePointIndex } from '../../text/codepoints';
import { unfitTitleReason } from '../../segmentation/title-fitness';
import { findDateMentions } from '../../values';
import { CONFIDENCE } from '../confidence';
import { findInSentences } from '../pieces';
import { clauseEnd, present, squeeze, suggestAt } from '../suggest';
import type { Extractor, Suggestion } from '../types';

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
  const verdict = STAMP_LINE.test(line) || unfitTitleReason(line) === 'metadata';
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

export const eventsRule: Extractor = {
  id: EVENTS_RULE,
  outputs: [{ name: 'events', kind: 'date' }],
  run(ctx) {
    const text = ctx.article.text;
    const index = ctx.article.index;
    const out: (Suggestion | null)[] = [];
    const context = ctx.articleDate ? { articleDate: ctx.articleDate } : undefined;
    const mentions = findInSentences(text, index, DATE_WORTH_SCANNING, (piece) =>
      findDateMentions(piece, context),
    );
    const lineVerdicts = new Map<number, { lineEnd: number; verdict: boolean }>();
    for (const m of mentions) {
      const date = m.value;
      if (date.precision === 'decade' || date.year === undefined || /X/u.test(date.iso.slice(0, 4)))
        continue;
      const start = index.toUtf16(m.start);
      const end = index.toUtf16(m.end);
      if (
        onPublicationLine(text, start, end, lineVerdicts) ||
        isPostingStamp(text, start, end) ||
        (start > 0 &&
          aloneOnSourceLine(
            ctx.article.toSourceUtf16(...withNeighbours(index, m.start, m.end))?.text,
          ))
      )
        continue;
      // 2021年7月26日,安庆市二院怀宁院区横空出世: the event is the next clause.
      let from = end;
      while (from < text.length && /[\s,，、:：年度初底末]/u.test(text[from]!)) from++;
      const description = squeeze(text.slice(from, clauseEnd(text, from))).slice(
        0,
        MAX_DESCRIPTION,
      );
      if (description.length < 2) continue;
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
