/**
 * People rule:people@1 reads without a post right before or after the name: a speaker a Taiwan or
 * Hong Kong story names bare (功成身退的张某某说), an interview's caption (张某 ⏎ 某某医院院长), and
 * people after the honour they were given in quotes (“江淮名医”张某和李某).
 * Kept apart from people.ts, which reads names at their posts.
 */
import { SENTENCE_STOPS } from '../../text/sentence-ends';
import { CONFIDENCE } from '../confidence';
import type { ArticleWords } from '../words';
import { boundedName, nameStartingAt, plausibleName, segmentedAsName, surnameAt } from './names';
import { POSTS_BY_LAST, postStartsAt } from './posts';

export interface FoundName {
  start: number;
  length: number;
  title: string;
  confidence: number;
}

/** Verbs of speech after a name (张某某说, 张某某表示). */
const SPEECH = /(?:说|表示|指出|强调|介绍|认为)/gu;

/**
 * A three-character name the segmenter reads as one unknown word or a name, after punctuation or
 * 的, right before a verb of speech. Weak cue: no post vouches for it.
 */
export function speakers(text: string, words: ArticleWords | undefined): FoundName[] {
  if (!words?.available) return [];
  const found: FoundName[] = [];
  SPEECH.lastIndex = 0;
  for (let m = SPEECH.exec(text); m; m = SPEECH.exec(text)) {
    const start = m.index - 3;
    if (start < 0 || surnameAt(text, start) !== 1) continue;
    const before = start === 0 ? '' : text[start - 1]!;
    if (before !== '' && before !== '的' && /\p{Script=Han}/u.test(before)) continue;
    const word = words.wordAt(start);
    if (!word || word.end !== m.index || !/^(?:x|nr[a-z]*)$/u.test(word.tag)) continue;
    if (!plausibleName(text.slice(start, m.index))) continue;
    found.push({ start, length: 3, title: '', confidence: CONFIDENCE.weakCue });
  }
  return found;
}

/** A name alone on its line over a line that ends with a post: the name with that post. */
export function namesOverPosts(text: string, words: ArticleWords | undefined): FoundName[] {
  const found: FoundName[] = [];
  // Line by line: a regular expression tried at every position costs more on short articles.
  for (
    let start = 0, end = text.indexOf('\n');
    end >= 0;
    start = end + 1, end = text.indexOf('\n', start)
  ) {
    const line = /^[ \t\u3000]*(\p{Script=Han}{2,4})[ \t\u3000]*$/u.exec(text.slice(start, end));
    if (!line) continue;
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd).trim();
    if (next.length < 2 || next.length > 24) continue;
    const name = line[1]!;
    const post = POSTS_BY_LAST.get(next[next.length - 1]!)?.find((p) => next.endsWith(p));
    if (!post || !plausibleName(name)) continue;
    const at = start + line[0].indexOf(name);
    if (segmentedAsName(words, text, at, at + name.length) === 'split') continue;
    found.push({ start: at, length: name.length, title: post, confidence: CONFIDENCE.clauseCue });
  }
  return found;
}

/** A quoted honour given to people (“江淮名医”, “最美医生”, “十佳护士”), right before their names. */
const QUOTED_HONOUR =
  /[“"「][^”"」\n]{1,12}(?:名医|医生|医师|专家|标兵|能手|工匠|护士|天使|模范|楷模|先进个人)[”"」]/gu;

/** The names right after a quoted honour, joined by 和 or 、: weak cue, without a post. */
export function honoured(text: string, words: ArticleWords | undefined): FoundName[] {
  if (!words?.available || !/[”"」]/u.test(text)) return [];
  const found: FoundName[] = [];
  QUOTED_HONOUR.lastIndex = 0;
  for (let m = QUOTED_HONOUR.exec(text); m; m = QUOTED_HONOUR.exec(text)) {
    let at = m.index + m[0].length;
    for (let listed = 0; listed < 4; listed++) {
      const name = nameStartingAt(text, at, (i) => postStartsAt(text, i), words);
      if (!name?.sure) break;
      found.push({ start: at, length: name.length, title: '', confidence: CONFIDENCE.weakCue });
      const next = text[at + name.length];
      if (next !== '和' && next !== '、') break;
      at += name.length + 1;
    }
  }
  return found;
}

/** A count of people right after a list of names: 等5名, 11位, 等十余位. */
const COUNTED_PEOPLE = /等?[0-9０-９一二三四五六七八九十百千余多]+[名位]/gu;
/** Words for people after such a count (a post, such as 专家 or 院士, counts too). */
const PEOPLE_NOUN = /^(?:同志|代表|职工|员工|医务人员|医护人员|志愿者|党员|队员|同事|获奖者|人员)/u;
/** How many names before a count are read (a list of a dozen award winners). */
const MAX_COUNTED = 16;
const HAN = /\p{Script=Han}/u;

/**
 * 张某等5名同志, 张某、李某、王某等3位专家, 张某、李某11位专家荣获: names listed right before a
 * count of people. Each item is the whole run between 、 (or after the punctuation opening the
 * list), so the bounds settle a name's length; the count vouches that they are people, and the
 * segmenter must read each as a name. Weak cue, without a post.
 */
export function countedLists(text: string, words: ArticleWords | undefined): FoundName[] {
  if (!words?.available || (!text.includes('名') && !text.includes('位'))) return [];
  const found: FoundName[] = [];
  COUNTED_PEOPLE.lastIndex = 0;
  for (let m = COUNTED_PEOPLE.exec(text); m; m = COUNTED_PEOPLE.exec(text)) {
    const after = m.index + m[0].length;
    if (!PEOPLE_NOUN.test(text.slice(after, after + 4)) && !postStartsAt(text, after)) continue;
    for (let end = m.index, listed = 0; listed < MAX_COUNTED; listed++) {
      let start = end;
      while (start > end - 4 && start > 0 && HAN.test(text[start - 1]!)) start--;
      if (start > 0 && HAN.test(text[start - 1]!)) break;
      const name = text.slice(start, end);
      if (!boundedName(name) || segmentedAsName(words, text, start, end) !== 'name') break;
      found.push({ start, length: name.length, title: '', confidence: CONFIDENCE.weakCue });
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
  }
  return found;
}

/** 等先进个人, 等同志, 等人: what closes a list of people without a count (set V). */
const PEOPLE_LIST_END = /等(?:先进|优秀)?(?:个人|同志|人)(?![民员才士])/gu;
/** What an honour or award given to someone ends with, right before the name (set V). */
const HONOUR_END =
  /(?:工作者|先进个人|个人|医生|医师|护士|标兵|能手|模范|楷模|代表|之星|名医|专家|工匠|党员|奖|奖章|称号)$/u;
/** Punctuation that closes a list item (、) or the clause the list stands in. */
const ITEM_STOP = /[、，,。；;：:！？\n]/u;
const MAX_ITEM = 40;

/**
 * 先进工作者张某、最美医生李某、某某奖王某等先进个人 (an honours ceremony, set V): each item of a 、
 * list closed by 等先进个人/等同志/等人 ends with a name, bare or right after the honour given to
 * the person. An item that names nobody (团体一等奖) is passed over; the list ends at the clause.
 * The segmenter must read each name as one. Weak cue, without a post.
 */
export function awardeeLists(text: string, words: ArticleWords | undefined): FoundName[] {
  if (!words?.available || !text.includes('等')) return [];
  const found: FoundName[] = [];
  PEOPLE_LIST_END.lastIndex = 0;
  for (let m = PEOPLE_LIST_END.exec(text); m; m = PEOPLE_LIST_END.exec(text)) {
    for (let end = m.index, listed = 0; listed < MAX_COUNTED; listed++) {
      let start = end;
      while (start > 0 && end - start < MAX_ITEM && !ITEM_STOP.test(text[start - 1]!)) start--;
      const name = itemName(text, start, end, words);
      if (name) found.push({ ...name, title: '', confidence: CONFIDENCE.weakCue });
      if (text[start - 1] !== '、') break;
      end = start - 1;
    }
  }
  return found;
}

/** The name that ends a list item [from, end): alone, or after an honour. */
function itemName(
  text: string,
  from: number,
  end: number,
  words: ArticleWords,
): { start: number; length: number } | null {
  for (const length of [3, 2, 4]) {
    const start = end - length;
    if (start < from) continue;
    if (!boundedName(text.slice(start, end))) continue;
    if (segmentedAsName(words, text, start, end) !== 'name') continue;
    if (start > from && !HONOUR_END.test(text.slice(from, start))) continue;
    return { start, length };
  }
  return null;
}

const NAME_START = new RegExp(`[\\n${SENTENCE_STOPS}]`, 'u');

/** Where a name of two to four ideographs ending at `end` starts at a line or sentence start. */
export function profileNameStart(text: string, end: number): number | null {
  for (let length = 2; length <= 4; length++) {
    const start = end - length;
    if (start < 0 || !/\p{Script=Han}/u.test(text[start]!)) return null;
    let before = start - 1;
    // A few spaces of indentation at most: a page of spaces stays linear.
    for (let k = 0; k < 4 && before >= 0 && /[ \t\u3000]/u.test(text[before]!); k++) before--;
    if (before < 0 || NAME_START.test(text[before]!)) return start;
  }
  return null;
}
