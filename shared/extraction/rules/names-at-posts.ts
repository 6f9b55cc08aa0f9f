/**
 * Readings around a post that look like a name and are none, or are one the surname list misses:
 * the checks the people rule (people.ts) makes where a name meets its post. All on the simplified
 * view, with the segmenter's words (none of these fires without them).
 */
import { isPersonTag, isUnknownTag, type ArticleWords, type Word } from '../words';
import { endsName, FUNCTION_FIRST, SURNAMES } from './names';

/**
 * Whether the "name" `[start, postStart)` before a post is a word and a bare surname: the post
 * addresses someone by the surname alone (全靠|杨|主任, 向钟副市长 where 向 is "towards"). The
 * segmenter reads the surname as a word of its own, or the reading is two characters whose first
 * is a preposition.
 */
export function surnameAloneBeforePost(
  words: ArticleWords | undefined,
  text: string,
  start: number,
  postStart: number,
): boolean {
  const name = text.slice(start, postStart);
  if (name.length === 2 && FUNCTION_FIRST.has(name[0]!) && SURNAMES.has(name[1]!)) return true;
  if (!words?.available || name.length !== 3) return false;
  const inside = words.wordsIn(start, postStart) ?? [];
  const last = inside[inside.length - 1];
  return (
    inside.length === 2 &&
    inside[0]!.text.length === 2 &&
    last !== undefined &&
    last.text.length === 1 &&
    SURNAMES.has(last.text) &&
    isPersonTag(last.tag)
  );
}

/**
 * Whether an office head's post (部长, 局长) is read out of an office's short name and the next
 * word (卫福部|长照 "the ministry's long-term care"): a one-character noun follows the post where a
 * person's post is followed by punctuation or a verb.
 */
export function postInsideWords(
  words: ArticleWords | undefined,
  text: string,
  postStart: number,
  post: string,
): boolean {
  if (!words?.available || post.length !== 2 || post[1] !== '长' || !OFFICES.has(post[0]!))
    return false;
  const end = postStart + post.length;
  if (endsName(text, end) !== null) return false;
  const next = words.wordAt(end);
  return next !== undefined && next !== null && next.text.length === 1 && /^n/u.test(next.tag);
}
const OFFICES = new Set('部局处厅署司科所'.split(''));

/**
 * A name of three characters right after a post whose surname is not on the list (羊某某): the
 * segmenter reads exactly those three as one name or unknown word, and a cue, punctuation or a
 * word it knows closes it. Its length, or null.
 */
export function nameOffTheList(
  text: string,
  at: number,
  words: ArticleWords | undefined,
): number | null {
  if (!words?.available) return null;
  const word = words.wordAt(at);
  if (!word || word.start !== at || word.text.length !== 3) return null;
  if (!(isPersonTag(word.tag) || isUnknownTag(word.tag))) return null;
  if (!/^\p{Script=Han}{3}$/u.test(word.text)) return null;
  // A cue or punctuation closes it, or a dictionary word of its own (羊某某|如数家珍).
  const next = words.wordAt(at + 3);
  const closed =
    endsName(text, at + 3) !== null ||
    (next !== undefined && next !== null && next.text.length > 1 && !isUnknownTag(next.tag));
  return closed ? 3 : null;
}

/** The word of two to six characters the segmenter ends at `end`, if any. */
export function wordEndingAt(words: ArticleWords, end: number): Word | undefined {
  for (let length = 2; length <= 6 && end - length >= 0; length++) {
    const word = words.wordAt(end - length);
    if (word?.end === end) return word;
  }
  return undefined;
}

/**
 * Whether `at` follows a credit or source label on its line (编辑：宣传科X, 来源：办公室 X): the
 * unit and name there credit an editor or a source, not a person of the article.
 */
export function afterCreditLabel(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart <= 12 && CREDIT_LABEL.test(text.slice(lineStart, at));
}
const CREDIT_LABEL =
  /^[ \t\u3000]*(?:责任编辑|编辑|责编|审核|审稿|终审|校对|来源|供稿|撰稿)[ \t\u3000]*[:：][ \t\u3000]*$/u;

/**
 * What follows a name and its post when they name a building or a fund (某某博士专科医疗大楼,
 * 某某院士奖学金): the person is honoured, not present (found on set M). So does a station or a
 * studio set up in their name (某某院士工作站, 某某教授工作室: set X); where they came, the article
 * names them again at their post.
 */
const NAMES_A_BUILDING =
  /^(?:专科|医疗|教学|科研|综合|门诊|住院|纪念)*(?:大楼|大厦|楼|纪念馆|纪念堂|基金会?|奖学金|图书馆|铜像|塑像|工作站|工作室)/u;
export function namesABuilding(text: string, postEnd: number): boolean {
  return NAMES_A_BUILDING.test(text.slice(postEnd, postEnd + 12));
}

/** Words before a post that look like names (卫生局长, 常务副院长): a surname and one character. */
export const NOT_NAMES = new Set(
  '卫生 卫健 教育 财政 公安 民政 医保 党委 团委 工会 院办 常务 执行 名誉 荣誉 首席 护理 医务 院务 行政 业务 科研 宣传 纪检 监察 后勤 信息 质控 门诊 急诊 管理'.split(
    ' ',
  ),
);

/** Words before a post that make it many people's (历任院长, 各位主任, 全体医生). */
const MANY_HOLDERS = /(?:历任|历届|各位|全体|诸位|各级|多位|几任|歷任|歷屆|諸位|多名)$/u;

/**
 * Whether the post at `postStart` is held by many, or by everyone (历任院长卓越领导, 各位主任):
 * it names no one person, whatever the segmenter reads after it (jieba tags 卓越 a name).
 */
export function heldByMany(text: string, postStart: number): boolean {
  return MANY_HOLDERS.test(text.slice(Math.max(0, postStart - 2), postStart));
}

/**
 * The two to four characters before every 医院 of the text (马某医院 gives 马某, …某医院 its
 * longer forms): a "name" among them at a post is the hospital's short name (马某醫師自聘比例).
 */
export function wordsBeforeHospital(text: string): Set<string> {
  const set = new Set<string>();
  for (let at = text.indexOf('医院'); at >= 0; at = text.indexOf('医院', at + 2))
    for (const length of [2, 3, 4]) if (at >= length) set.add(text.slice(at - length, at));
  return set;
}
