/**
 * The place a news item is datelined from: `锦州讯`, `本报锦州12月3日讯`, `新华社沈阳5月8日电`,
 * `（记者 王明 河南南阳报道）`, `〔记者X／台北报导〕`. It says where the news happened, which is
 * usually where the hospital is, so it resolves `市中心医院` and places an unprefixed name.
 * `本报讯` and a paper's own name (`锦州日报讯`) give no place.
 */
import { countiesWithStem, findDivisionMentions, type Division } from './divisions';

export interface DatelinePlace {
  /** UTF-16 offsets of the place names in the searched text (河南南阳: both names). */
  start: number;
  end: number;
  /** The deepest division the names make together (河南 + 南阳 → 南阳市). */
  division: Division;
}

/** A dateline sits in the article's first lines; a reporter's credit may close the article. */
const LEAD = 300;
/** `…讯` / `…电`, not 通讯员, 资讯, 电话, 电视…; the place is right before it, a date may sit between. */
const NEWS_CUE = /讯(?![员息号录问速])|电(?![话视子脑力网梯影台信器源站缆商])/gu;
const DATE_BEFORE =
  /\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*$|\s*$/u;
/** `记者 X 河南南阳报道`, `记者X／台北报导` (報導 in the simplified view), `…即时报导`. */
const REPORT_CUE = /(?:即时)?报[道导](?![^\s）)〕】\]」』。，,])/gu;
const REPORTER_BEFORE = /记者|通讯员/u;
/** The longest run of ideographs a dateline place is read from (本报河南南阳). */
const HAN_RUN_BEFORE = /[\p{Script=Han}]{2,12}$/u;
const LEVEL_ORDER = ['province', 'city', 'county'] as const;

/**
 * The places named by the run of division names that ends exactly at `to` in `text` (河南南阳,
 * 本报锦州 → 锦州), resolved top-down so that each name lies inside the one before it.
 */
function placeEndingAt(text: string, from: number, to: number): DatelinePlace | null {
  const run = text.slice(from, to);
  const chain: { start: number; candidates: readonly Division[] }[] = [];
  let end = run.length;
  // 河南南阳: names of divisions, read from the end; 本报怀宁: else a county's stem ends the run.
  const last = findDivisionMentions(run).pop();
  for (let length = Math.min(4, end); length >= 2 && last?.end !== end; length--) {
    const counties = countiesWithStem(run.slice(end - length, end));
    if (counties.length > 0) {
      chain.push({ start: end - length, candidates: counties });
      end -= length;
      break;
    }
  }
  const mentions = findDivisionMentions(run.slice(0, end));
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.end !== end) break;
    chain.unshift({ start: m.start, candidates: m.candidates });
    end = m.start;
  }
  if (chain.length === 0) return null;
  let division: Division | undefined;
  for (const m of chain) {
    const fits = m.candidates.filter((d) => !division || d.code.startsWith(division.code));
    fits.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
    // 朝阳 alone is a city and several districts: a dateline names the highest of them.
    if (fits.length === 0) break;
    // A county's stem alone must name one county (鼓楼 names several).
    if (fits[0]!.level === 'county' && !division && fits.length > 1) return null;
    division = fits[0];
  }
  if (!division) return null;
  return { start: from + chain[0]!.start, end: to, division };
}

/**
 * A county's or city's own media before 讯 (宜都融媒讯, 秀山网讯, 中国义乌网11月12日讯, its date
 * between): the place is before it. A paper (锦州日报讯) is left out on purpose: it may report
 * from anywhere in its region.
 */
const LOCAL_MEDIA = /(?:融媒体|融媒|新闻网|网)$/u;

/**
 * A county's or city's own media given as the page's source (`来源:城口县融媒体中心`,
 * `来源：某某市广播电视台`): the place before the media's name, as in its dateline.
 */
const SOURCE_MEDIA =
  /来源\s*[:：]\s*(\p{Script=Han}{2,12}?)(融媒体中心|融媒|新闻网|广播电视台|电视台)/gu;

/**
 * A county's or city's stem inside the words only its own people write of it: a building slogan
 * (`健康定边建设`, `平安某某创建`, `美丽某某行动`) or the local branch of a party or league
 * (`民革某某总支`, `共青团某某县委`). A county leader praising the hospital's part in `健康X建设`
 * names the county the page is about, where the text calls its hospital only 县医院 or 我院.
 */
const OWN_PLACE_PHRASES = [
  /(?:健康|平安|美丽|幸福|文明|法治|数字|智慧|生态|宜居|卫生)(\p{Script=Han}{2,4}?)(?:建设|行动|创建|战略|工程)/gu,
  /(?:民革|民盟|民建|民进|农工党|致公党|九三学社|共青团)(\p{Script=Han}{2,4}?)(?:总支|支部|基层委员会|县委|区委|市委)/gu,
];

/** The place ending right before `at` (a date may sit between), read from the ideographs there. */
function placeBefore(text: string, at: number, news = false): DatelinePlace | null {
  const before = text.slice(Math.max(0, at - 24), at);
  const date = DATE_BEFORE.exec(before)!;
  let head = before.slice(0, date.index);
  const media = news ? LOCAL_MEDIA.exec(head) : null;
  if (media) head = head.slice(0, media.index);
  const run = HAN_RUN_BEFORE.exec(head);
  if (!run) return null;
  const from = at - before.length + run.index;
  return placeEndingAt(text, from, from + run[0].length);
}

/** Dateline places of an article's text, first one first. */
export function findDatelinePlaces(text: string): DatelinePlace[] {
  const out: DatelinePlace[] = [];
  const lead = text.slice(0, LEAD);
  NEWS_CUE.lastIndex = 0;
  for (let m = NEWS_CUE.exec(lead); m; m = NEWS_CUE.exec(lead)) {
    const place = placeBefore(lead, m.index, true);
    if (place) out.push(place);
  }
  SOURCE_MEDIA.lastIndex = 0;
  for (let m = SOURCE_MEDIA.exec(lead); m; m = SOURCE_MEDIA.exec(lead)) {
    const from = m.index + m[0].length - m[1]!.length - m[2]!.length;
    const place = placeEndingAt(lead, from, from + m[1]!.length);
    if (place) out.push(place);
  }
  REPORT_CUE.lastIndex = 0;
  for (let m = REPORT_CUE.exec(text); m; m = REPORT_CUE.exec(text)) {
    if (!REPORTER_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const place = placeBefore(text, m.index);
    if (place) out.push(place);
  }
  for (const phrase of OWN_PLACE_PHRASES) {
    for (const m of text.matchAll(phrase)) {
      const from = m.index + m[0].indexOf(m[1]!);
      const place = placeEndingAt(text, from, from + m[1]!.length);
      // The whole stem must be the place's name (健康中国 names no county).
      if (place && place.start === from) out.push(place);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
