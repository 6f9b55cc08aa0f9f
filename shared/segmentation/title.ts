import type { PageLine } from './lines';
import { SHORT_LINE, endsSentence, isByline, isSectionLabel, isSponsorLine } from './line-kinds';
import { isProfileHeading } from '../text/chrome-headings';
import { HOSPITAL_SUFFIXES, suffixAlternation } from '../text/institution-suffixes';
import { PROFILE_CARD, isFitTitle, unfitTitleReason } from './title-fitness';

/** The longest headline read above a page's date/source bar (a web page's long headline). */
const LONG_HEADLINE = 80;
const BULLET = /^[•·●◆▪]\s*/u;
const STOP_INSIDE = /[。！？；!?;]/u;

/**
 * A posting date (and time) alone on its line, as news sites print it under the headline, or with
 * the page's counters after bars ('2017-08-28 | 4474 |', found on set V).
 */
const POSTING_DATE =
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:[ \t\u3000]*[|｜][ \t\u3000]*\d*)*$/u;

/**
 * A site's column label ('后勤动态', '医院要闻', '工作動態'): set over the headline, never the headline
 * itself, however plain it reads beside a headline in two phrases (found on set V).
 */
const COLUMN_LABEL = /^\p{Script=Han}{0,4}(?:动态|動態|新闻|新聞|要闻|要聞|快讯|快訊|资讯|資訊)$/u;

/** Fewest ideographs of a headline kept over the decks set between its date bar and the text. */
const BARRED_HEADLINE_MIN = 8;
const hanCount = (text: string): number => (text.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * A headline the page joined with its publication stamp into one line, the text often following
 * on the same line (某领导视察我院 发布时间:2009年12月18日 预览:35次 12月18日，…, or a bare stamp:
 * 某院预计十一月投入使用 2025-09-17 22:14 市政府…, found on set M; 某院院慶 2015年11月17日 04:10 記者／某地報導…,
 * set O; a date with no time, then the paper's credit bracket: 某院上樑 2016-03-10 〔記者X／某地報導〕…,
 * set P): the part before the stamp, when it reads as a headline.
 */
const HEAD_BEFORE_STAMP =
  /^(\S.{3,38}?)[ \t\u3000]+(?:(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|更新时间|更新時間)\s*[:：]|\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[ \t\u3000]+(?:\d{1,2}:\d{2}(?::\d{2})?[ \t\u3000]|[〔【[（(](?:记者|記者|通讯员|通訊員)))/u;

/**
 * A headline joined on one line with the text under it, where the page lost its line breaks (a
 * one-line page, or text copied out of a viewer): the headline, a space, then the dateline or
 * credit that opens news text (本报讯, 某某讯（记者…）, （记者…）), a date or time word opening its
 * first sentence (5月6日，…, 近日，…), or a full-width indent. No comma or stop in the headline.
 */
const HEAD_BEFORE_TEXT =
  /^([^\s，,。；;：:！？!?][^，,。；;：:！？!?]{5,38}?)(?:[ \t\u3000]+(?:本报讯|本報訊|\p{Script=Han}{2,8}[讯訊][（(〔【]|[（(〔【](?:记者|記者|通讯员|通訊員|特约记者|特約記者)|(?:\d{4}年)?\d{1,2}月\d{1,2}日[上下中]?午?[，,]|(?:近日|日前|昨日|昨天|今日|今天|本月|上周|上週|近期)[，,])|\u3000{2,}\S)/u;

/** A dateline or credit before the text is no headline (某某网消息, 某地讯（记者 X）, 某社电). */
const DATELINE_HEAD =
  /(?:消息|[讯訊电電]|报道|報導)$|[讯訊电電]\s*[（(〔【]|记者|記者|通讯员|通訊員/u;

function headBeforeStamp(line: string): string | null {
  const head = (HEAD_BEFORE_STAMP.exec(line) ?? HEAD_BEFORE_TEXT.exec(line))?.[1]?.trim();
  return head !== undefined && headlineLike(head) && !DATELINE_HEAD.test(head) ? head : null;
}

/**
 * A hospital's name alone on its line ('某县中医院'): under a headline it is the unit that wrote
 * the story, set where other pages put their 来源 line, never a headline of its own (found on set S).
 */
const BARE_HOSPITAL = new RegExp(
  `^[\\u4e00-\\u9fff]{2,20}(?:${suffixAlternation(HOSPITAL_SUFFIXES)})$`,
  'u',
);

/** Whether the first non-blank line after `i` is page chrome, a date/source bar or the writing unit. */
function metadataFollows(lines: readonly PageLine[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    return (
      line.chrome ||
      unfitTitleReason(line.text) === 'metadata' ||
      POSTING_DATE.test(line.text.trim()) ||
      BARE_HOSPITAL.test(line.text.trim())
    );
  }
  return false;
}

/**
 * Whether the next line with text is this one again: a page prints its <title> and then its <h1>,
 * the same headline twice (某院斥资打造某中心 某市长 感谢…, twice over the text: set Y).
 */
function repeatedRightAfter(lines: readonly PageLine[], i: number, trimmed: string): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    return line.text.trim() === trimmed;
  }
  return false;
}

/**
 * A line too long for a short headline that is one all the same: no sentence stop in it and a
 * date/source bar right under it (山东某院与某区开展结对共建并举行“…”义诊活动 ⏎ 2021-03-09 来源：…),
 * or the page printing it twice.
 */
function longHeadline(lines: readonly PageLine[], i: number, trimmed: string): boolean {
  return (
    trimmed.length <= LONG_HEADLINE &&
    !STOP_INSIDE.test(trimmed) &&
    !endsSentence(trimmed) &&
    isFitTitle(trimmed) &&
    (metadataFollows(lines, i) || repeatedRightAfter(lines, i, trimmed)) &&
    !shortHeadlineAhead(lines, i, trimmed)
  );
}

/** A short line that may be a headline, not a sentence, byline, section label or sponsor line. */
function headlineLike(trimmed: string): boolean {
  return (
    // A bulleted field of the page's metadata ('• 某某', '• 医院': its author, its category) is
    // too short for a headline once its bullet is left aside (found on set S).
    trimmed.replace(BULLET, '').length >= 4 &&
    /[\u4e00-\u9fff]/.test(trimmed) &&
    !endsSentence(trimmed) &&
    !isSectionLabel(trimmed) &&
    !isByline(trimmed) &&
    !isSponsorLine(trimmed) &&
    // A line of a hard-wrapped paragraph (…事实,加上先前也未曾求证,力求平衡报导,已严重伤害, or
    // …向媒体爆料。他说…): a headline has a comma or two at most, and no full stop inside.
    (trimmed.match(/[，,]/gu) ?? []).length < 3 &&
    !trimmed.includes('。') &&
    // A profile heading ('医院概况') is a menu word; it reaches here only where the chrome marks
    // left it as the heading of the text under it (../text/chrome-headings).
    (isFitTitle(trimmed) || isProfileHeading(trimmed))
  );
}

/** Whether `short` is a shorter part of the headline `headline`, whitespace aside. */
function repeatsPart(headline: string, short: string): boolean {
  const squeezed = short.replace(/\s+/gu, '');
  const whole = headline.replace(/\s+/gu, '');
  return squeezed.length >= 2 && squeezed.length < whole.length && whole.includes(squeezed);
}

/** Characters a short line's opening must share with a long one to be its repeat. */
const REPEAT_OPENING = 10;

/**
 * Whether `short` repeats part of the headline `squeezedLong` (spaces removed): the long line holds
 * it whole, or holds its opening (the page cut the long line short of the short one's end).
 */
function repeats(squeezedLong: string, short: string): boolean {
  const squeezed = short.replace(/\s+/gu, '');
  return squeezedLong.includes(squeezed.slice(0, REPEAT_OPENING));
}

/**
 * Whether a short headline stands between line `i` and the next long line: then line `i` (a
 * keyword banner over a copied page, say) is not the headline. A short line that line `i` holds
 * whole, or whose opening it holds, is the same headline again, set over the text in two lines (某院…正式营运 ⏎ 提供…服务 under
 * 某院…正式营运 提供…: found on set R), and takes nothing from it.
 */
function shortHeadlineAhead(lines: readonly PageLine[], i: number, long: string): boolean {
  const squeezedLong = long.replace(/\s+/gu, '');
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank || line.chrome) continue;
    const trimmed = line.text.trim();
    if (trimmed.length > SHORT_LINE) return false;
    if (headlineLike(trimmed) && !repeats(squeezedLong, trimmed) && !BARE_HOSPITAL.test(trimmed))
      return true;
  }
  return false;
}

/**
 * The headline of a page that has no kicker or named headline (a web article, say): the last
 * short line that does not end a sentence before the first full paragraph line; on a page with no
 * paragraph, the first such line over a date/source bar. Navigation
 * ('新闻中心') may come before it, but the headline is what sits right above the text. Lines that
 * are never headlines (captions, 来源/点击量 lines, login bars, tags: ./title-fitness) are passed
 * over, so a caption between the headline and the text does not take its place.
 */
export function fallbackTitle(
  lines: readonly PageLine[],
  metadataStarts: ReadonlySet<number> = new Set(),
): string | null {
  let candidate: string | null = null;
  // The headline-like line right above the candidate, with nothing between them.
  let above: string | null = null;
  // A headline with the date/source bar right under it: a phrase with a comma further down (a lead
  // the page cut short: 計劃明年6月建成,,擬更名為…) does not take its place (found on set O). A plain
  // line does: over a press release the bar is the issuer's (某局新聞稿 ⏎ 發布日期：… ⏎ headline).
  let barred = false;
  // The first headline-like line right over a date/source bar: the headline of a page whose text
  // is all short lines (a video page's captions, a poem-like feature) and so has no paragraph.
  let overBar: string | null = null;
  // A sentence already read: what stands over a bar after it is no headline ('文：X、Y' credits).
  let sentenceRead = false;
  // The first headline with a date bar right under it, and how many headline-like lines came
  // after it: two or more short lines between the bar and the text are its decks (盟医院获某称号 ⏎
  // 某某同志获某称号 under 我盟…喜获两项国家级殊荣 ⏎ 2017-08-28 | 4474 |, found on set V), while
  // one line there is the headline under a press release's bar (某局新聞稿 ⏎ 發布日期 ⏎ headline).
  let barredHead: string | null = null;
  let afterBar = 0;
  for (const [i, line] of lines.entries()) {
    if (line.blank || line.chrome) continue;
    const trimmed = line.text.trim();
    // A profile card's line ('某院 医院别名:… 医院等级:…') first on the page: its name is the heading.
    const cardName = candidate === null ? PROFILE_CARD.exec(trimmed)?.[1] : undefined;
    if (cardName !== undefined && headlineLike(cardName)) return cardName;
    if (trimmed.length > SHORT_LINE || wrappedSentenceEnd(trimmed) || opensText(trimmed)) {
      if (longHeadline(lines, i, trimmed)) return trimmed;
      const head = candidate === null ? headBeforeStamp(trimmed) : null;
      if (head !== null) return head;
      // A banner of keywords with no punctuation at all (spam over a copied page) is no paragraph.
      if (candidate === null && !/[，。,、；：:！？]/u.test(trimmed)) continue;
      // A sidebar's teaser ending in its link (…是... [ 详细 ], …更多>>) is no paragraph either,
      // nor a long line of the page's metadata (索引号 … 发布机构 …: set X2).
      if (TEASER_END.test(trimmed) || unfitTitleReason(trimmed) === 'metadata') continue;
      if (barredHead !== null && afterBar >= 2) return barredHead;
      return candidate !== null &&
        above !== null &&
        !COLUMN_LABEL.test(above) &&
        ((isDeck(candidate) && !isDeck(above)) || BARE_HOSPITAL.test(candidate))
        ? above
        : candidate;
    }
    // An addressee or a label closed by a colon under the headline (关于…的批复 ⏎ 县卫健局： ⏎
    // 你单位…: an official document's, set X2) is no headline of its own.
    if (candidate !== null && /[：:]$/u.test(trimmed)) continue;
    const previous = lines[i - 1];
    const adjacent =
      candidate !== null && previous !== undefined && previous.text.trim() === candidate;
    // A short line the headline above holds whole (某院扩建项目开工奠基 ⏎ 开工奠基 ⏎ text: a label set
    // over the text, found on set R) is that headline's part, not another headline.
    if (candidate !== null && repeatsPart(candidate, trimmed)) continue;
    if (headlineLike(trimmed) && !(barred && /[,，]/u.test(trimmed))) {
      above = adjacent ? candidate : null;
      candidate = trimmed;
      if (barredHead !== null) afterBar++;
      barred = dateBarFollows(lines, i, metadataStarts);
      if (barred && !sentenceRead) overBar ??= trimmed;
      if (
        barred &&
        barredHead === null &&
        !sentenceRead &&
        hanCount(trimmed) >= BARRED_HEADLINE_MIN
      )
        barredHead = trimmed;
    }
    if (/[。！？!?]$/u.test(trimmed)) sentenceRead = true;
  }
  return overBar;
}

/** Whether the first non-blank line after `i` is a date/source bar ('來源:… 發布時間:…'). */
function dateBarFollows(
  lines: readonly PageLine[],
  i: number,
  metadataStarts: ReadonlySet<number>,
): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.blank) continue;
    // A chrome line keeps no text: whether it is a date/source bar is the chrome rules' word.
    if (line.chrome) return metadataStarts.has(line.start);
    const trimmed = line.text.trim();
    return unfitTitleReason(trimmed) === 'metadata' || POSTING_DATE.test(trimmed);
  }
  return false;
}

/**
 * A line that opens with the paper's dateline (本报讯, 本網訊, 某某讯（记者…）): the text has begun,
 * however short the line a hard wrap left it, so the headline is above it.
 */
const TEXT_OPENING =
  /^[【[（(]?(?:本报|本報|本刊|本网|本網|本台|本臺)(?:讯|訊)|^\p{Script=Han}{2,10}(?:讯|訊)\s*[（(【]/u;
function opensText(trimmed: string): boolean {
  return TEXT_OPENING.test(trimmed);
}

/**
 * The last line of a sentence on a hard-wrapped page (a forum's or mail's fixed-width copy, whose
 * lines are all short: …他决定控告某周刊。): the text has begun, so the headline is above it. It
 * holds a comma (a clause of prose, not a one-line caption) and is no chrome or caption.
 */
function wrappedSentenceEnd(trimmed: string): boolean {
  return (
    trimmed.length >= WRAPPED_MIN &&
    /[，,]/u.test(trimmed) &&
    endsSentence(trimmed) &&
    isFitTitle(trimmed)
  );
}
const WRAPPED_MIN = 20;

/** A sidebar teaser's closing link: [ 详细 ], 详细>>, 更多>>, [更多]. */
const TEASER_END = /(?:\[\s*(?:详细|更多|詳細)\s*\]|(?:详细|更多|詳細)\s*>>?)$/u;

/**
 * A deck under a headline (新建一栋17层大楼,计划新增700张床位) or a kicker of two slogans (项目带动
 * 夯实基层): phrases joined by a comma or a space. Where such a line and a plain one stand together
 * right above the text, the plain one is the headline.
 */
function isDeck(line: string): boolean {
  return /[,，]/u.test(line) || /\S[ \u3000]+\S/u.test(line);
}
