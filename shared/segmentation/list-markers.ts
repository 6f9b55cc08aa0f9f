/**
 * Recognisers for the line that marks one item of a list page: a column page of short news items,
 * each a line or two that carries a date ('2024-03-12', '03-12', '【3月12日】', '（2024年3月12日）')
 * or opens with a bullet ('·', '●'). Each answers from one line's text alone; what a run of such
 * lines means for articles is decided in ./listItems.
 *
 * A date is a marker only in a form that stands apart from the sentence: numeric, in brackets, or
 * set off by a space or the end of the line. '3月12日，我院…' opens an ordinary paragraph and is
 * no marker, so articles whose paragraphs start with dates are not taken for lists.
 */

export type ListMarkerKind =
  /** The line opens with a date: '2024-03-12 我院开展义诊', '【3月12日】县医院…'. */
  | 'date-lead'
  /** The line ends with a date: '我院开展义诊活动  2024-03-12', '…（2024年3月12日）'. */
  | 'date-trail'
  /** The line is a date and nothing else (or '发布时间：2024-03-12'). */
  | 'date-only'
  /** The line opens with a bullet: '· 我院开展义诊活动'. */
  | 'bullet'
  /** A paragraph closed by its source, '……（某某网）': a brief of a digest page (digest-items.ts). */
  | 'source-trail';

export interface ListMarker {
  kind: ListMarkerKind;
  /**
   * A bullet then a date open the line ('·4月2日下午，…'): an item of a dated news list even where
   * the date opens a sentence, so two such lines make a list (list-items.ts).
   */
  bulletDated?: true;
  /** The line's text without the date, brackets, bullet and surrounding spaces. */
  rest: string;
}

const YEAR = '(?:19|20)\\d{2}';
/** 2024-03-12, 2024/3/12, 2024.03.12, and 03-12 or 03/12 (two digits each, so 1.4 is no date). */
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const NUMERIC_DATE = `(?:${YEAR}[-/.]${MONTH}[-/.]${DAY}|(?:0[1-9]|1[0-2])[-/](?:0[1-9]|[12]\\d|3[01]))`;
/** 2024年3月12日, 3月12日 (a month and a day: '2019年' or '3月' alone is no item date). */
const CJK_DATE = `(?:${YEAR}年)?${MONTH}月${DAY}[日号]`;
/** A time of day may follow the date on web lists ('2025-06-21 13:43'). */
const TIME = '(?:[ \\u3000]*[0-2]?\\d:[0-5]\\d(?::[0-5]\\d)?)?';
const OPEN = '[【\\[〔（(]';
const CLOSE = '[】\\]〕）)]';
const DATE = `(?:${NUMERIC_DATE}|${CJK_DATE})${TIME}`;
const BULLET = '[·•●◆◇▪▶►▷※◎○]';

const SPACE = '[ \\u3000\\t]';
const NOT_DIGIT_AFTER = '(?![0-9./:-])';
const NOT_DIGIT_BEFORE = '(?<![0-9./:-])';

const DATE_ONLY = new RegExp(
  `^(?:${BULLET}${SPACE}*)?(?:(?:发布|更新)?(?:时间|日期)[：:]${SPACE}*)?(?:${OPEN}${DATE}${CLOSE}|${DATE})$`,
  'u',
);
/** Bracketed, any form; bare, numeric followed by anything but a digit, CJK only by a space. */
const DATE_LEAD = new RegExp(
  `^(?:${BULLET}${SPACE}*)?(?:${OPEN}(${DATE})${CLOSE}${SPACE}*|(${NUMERIC_DATE}${TIME})${NOT_DIGIT_AFTER}${SPACE}*|(${CJK_DATE}${TIME})${SPACE}+)(?=\\S)`,
  'u',
);
/** Web lists put a category or two after the date: '… 2026/03/11 16:52 生活 医药'. */
const TAGS = `(?:${SPACE}+[\\p{Script=Han}]{1,4}){0,3}`;
const DATE_TRAIL = new RegExp(
  `(?:${SPACE}*${OPEN}(${DATE})${CLOSE}|${NOT_DIGIT_BEFORE}(${NUMERIC_DATE}${TIME})${TAGS}|${SPACE}+(${CJK_DATE}${TIME}))$`,
  'u',
);
/** A bullet and a date opening the line, whatever follows the date ('·4月2日下午，…'). */
const BULLET_DATE = new RegExp(`^${BULLET}${SPACE}*(?:${OPEN}${DATE}${CLOSE}|${DATE})`, 'u');
const BULLET_LEAD = new RegExp(`^${BULLET}${SPACE}*(?=\\S)`, 'u');

/** The list marker a line carries, or null for an ordinary line. */
export function listMarkerOf(line: string): ListMarker | null {
  const trimmed = line.trim();
  if (trimmed.length === 0) return null;
  // Cheap test first: a marker line holds a digit (a date) or opens with a bullet.
  if (!/\d/.test(trimmed) && !BULLET_LEAD.test(trimmed)) return null;
  if (DATE_ONLY.test(trimmed)) return { kind: 'date-only', rest: '' };
  const lead = DATE_LEAD.exec(trimmed);
  if (lead) {
    const rest = withoutTrailingDate(trimmed.slice(lead[0].length));
    return BULLET_DATE.test(trimmed)
      ? { kind: 'date-lead', rest, bulletDated: true }
      : { kind: 'date-lead', rest };
  }
  const bulletDate = BULLET_DATE.exec(trimmed);
  if (bulletDate)
    return {
      kind: 'date-lead',
      rest: trimmed.slice(bulletDate[0].length).trim(),
      bulletDated: true,
    };
  const bullet = BULLET_LEAD.exec(trimmed);
  const body = bullet ? trimmed.slice(bullet[0].length) : trimmed;
  const trail = DATE_TRAIL.exec(body);
  if (trail && trail.index > 0) {
    return { kind: 'date-trail', rest: body.slice(0, trail.index).trim() };
  }
  if (bullet) return { kind: 'bullet', rest: body.trim() };
  return null;
}

function withoutTrailingDate(text: string): string {
  const trail = DATE_TRAIL.exec(text);
  return (trail && trail.index > 0 ? text.slice(0, trail.index) : text).trim();
}
