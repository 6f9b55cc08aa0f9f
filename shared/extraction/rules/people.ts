/**
 * rule:people@1 — named people with their post:
 * - the post before the name: 院长张丽丽, 副县长王五, 市长李四, 主任医师王某, 党委书记、院长钟某 (a
 *   chain of posts joined by 、 is kept whole as the title), 县卫生局局长侯某主持; names listed
 *   after one post (副院长王某、李某) each get it;
 * - the name before the post: 杨某某院士, 吴某副院长, 医院张某院长, 王某书记, 张某同志;
 * the name's length and where it starts come from the word segmenter (words.ts) and the cues
 * around it (names.ts): 李志强表示 keeps 李志强, 刘高峰近日 keeps 刘高峰, 田涛获得 gives 田涛, and
 * 院长高度重视 gives nobody. Reporters of the byline are not people of the article. Names are read
 * as written, posts in simplified characters.
 */
import { SENTENCE_STOPS } from '../../text/sentence-ends';
import { CONFIDENCE } from '../confidence';
import type { Extractor, SourceSpan, Suggestion } from '../types';
import { creditsOf, type PersonValue } from './bylines';
import { endsName, nameStartingAt, plausibleName, segmentedAsName, surnameAt } from './names';

export type { PersonValue } from './bylines';

export const PEOPLE_RULE = 'rule:people@1';

/** Posts written before a name; longest first so that 党委副书记 is not read as 书记. */
const POSTS_BEFORE = [
  '省委副书记',
  '市委副书记',
  '县委副书记',
  '区委副书记',
  '党支部副书记',
  '支部副书记',
  '支部书记',
  '省领导',
  '市领导',
  '县领导',
  '区领导',
  '党委副书记',
  '党委书记',
  '党总支书记',
  '党支部书记',
  '党组书记',
  '省委书记',
  '市委书记',
  '县委书记',
  '区委书记',
  '县委常委',
  '市委常委',
  '常委',
  '纪委书记',
  '执行院长',
  '常务副院长',
  '副院长',
  '院长助理',
  '院长',
  '副主任医师',
  '主任医师',
  '主治医师',
  '主管护师',
  '医师',
  '医生',
  '专家',
  '副主任委员',
  '主任委员',
  '副主任',
  '主任',
  '总护士长',
  '护士长',
  '主委',
  '副局长',
  '局长',
  '副厅长',
  '厅长',
  '副部长',
  '部长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副省长',
  '省长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '副区长',
  '区长',
  '副镇长',
  '镇长',
  '副乡长',
  '乡长',
  '副主席',
  '主席',
  '副校长',
  '校长',
  '副所长',
  '所长',
  '副站长',
  '站长',
  '副秘书长',
  '秘书长',
  '总会计师',
  '副董事长',
  '董事长',
  '副总经理',
  '总经理',
  '理事长',
  '会长',
  '副研究员',
  '研究员',
  '副书记',
  '书记',
  '院士',
  // Taiwan and Hong Kong posts (read on the simplified view: 署長 is 署长).
  '副署长',
  '署长',
  '副司长',
  '司长',
  '立委',
  '议员',
  '发言人',
  '执行长',
  '行政总裁',
  '总裁',
  '总监',
  '创办人',
  '学科带头人',
  '博士生导师',
  '硕士生导师',
].sort((a, b) => b.length - a.length);
/** Posts that stand before a name only inside a chain (主任医师、教授、博士生导师X). */
const IN_CHAIN = ['副教授', '教授'];
/**
 * Posts written after a name (杨某某院士, 王某书记, 张某主任医师); 教授 and 博士 only here (before a
 * name 教授 is a verb), and 同志 (张某同志) which is no post but names a person all the same.
 */
const POSTS_AFTER = [
  '党委书记',
  '党委副书记',
  '常务副院长',
  '副院长',
  '院长',
  '副书记',
  '书记',
  '副主任医师',
  '主任医师',
  '主治医师',
  '医师',
  '医生',
  '专家',
  '副主任委员',
  '主任委员',
  '副主任',
  '主任',
  '副教授',
  '教授',
  '博士',
  '副研究员',
  '研究员',
  '院士',
  '同志',
  '副局长',
  '局长',
  '副处长',
  '处长',
  '副科长',
  '科长',
  '副部长',
  '部长',
  '副厅长',
  '厅长',
  '副省长',
  '省长',
  '副县长',
  '县长',
  '副市长',
  '市长',
  '副区长',
  '区长',
  '镇长',
  '乡长',
  '副主席',
  '主席',
  '副校长',
  '校长',
  '所长',
  '秘书长',
  '董事长',
  '总经理',
  '理事长',
  '会长',
  '总护士长',
  '护士长',
  '署长',
  '司长',
  '立委',
  '议员',
  '执行长',
  '总裁',
].sort((a, b) => b.length - a.length);

const BEFORE_SET = new Set(POSTS_BEFORE);
const AFTER_SET = new Set(POSTS_AFTER);
/** Every post, in one pass over the text (longest first); each match is tried both ways. */
const POST = new RegExp(
  [...new Set([...POSTS_BEFORE, ...POSTS_AFTER])].sort((a, b) => b.length - a.length).join('|'),
  // No `u`: the posts are plain BMP characters, and the pattern runs over every article (a third
  // faster without it).
  'g',
);
/** 张某同志: a person, but no post (a real post read elsewhere in the article replaces it). */
const COMRADE = '同志';

/** Every post, longest first (for a post at the end of a bracket). */
const POSTS_BY_LENGTH = [...new Set([...POSTS_BEFORE, ...POSTS_AFTER])]
  .filter((p) => p !== COMRADE)
  .sort((a, b) => b.length - a.length);
/** The posts by their last character, longest first: most brackets end in none of them. */
const POSTS_BY_LAST = new Map<string, string[]>();
for (const post of POSTS_BY_LENGTH) {
  const last = post[post.length - 1]!;
  POSTS_BY_LAST.set(last, [...(POSTS_BY_LAST.get(last) ?? []), post]);
}
/** A bracket right after a name holding its post: 张某（市人民医院院长）. */
const BRACKETED_POST = /[（(]([^（）()\n]{1,24})[）)]/gu;
/**
 * 张某，男，… at the start of a line or sentence: a profile, its post later in the sentence. The
 * pattern finds the `，男` after the name (a quick scan); profileNameStart looks back for the name.
 */
const PROFILE = /[，,、][ \t]*[男女](?=[，,、；（(\s]|$)/gu;
const NAME_START = new RegExp(`[\\n${SENTENCE_STOPS}]`, 'u');

/** Where a name of two to four ideographs ending at `end` starts at a line or sentence start. */
function profileNameStart(text: string, end: number): number | null {
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
const FIRST_POST = new RegExp(POSTS_BY_LENGTH.join('|'), 'u');
const SENTENCE_STOP = new RegExp(`[${SENTENCE_STOPS}\\n]`, 'u');
/** How far into a profile's sentence its post is looked for (UTF-16 units). */
const PROFILE_REACH = 60;
/** Characters before a name written ahead of its post: punctuation, or a verb that takes a person. */
const BEFORE_NAME = /[^\p{Script=Han}]|[由对向和与及请邀聘被让为给把将同跟谢据经是看望称向]/u;

/** Words before a post that look like names (卫生局长, 常务副院长): a surname and one character. */
const NOT_NAMES = new Set(
  '卫生 卫健 教育 财政 公安 民政 医保 党委 团委 工会 院办 常务 执行 名誉 首席 护理 医务 院务 行政 业务 科研 宣传 纪检 监察 后勤 信息 质控 门诊 急诊 管理'.split(
    ' ',
  ),
);
/** A person found at posts: the post of the first mention and where the name stands (UTF-16). */
interface Person {
  title: string;
  confidence: number;
  at: number[];
}

/** How many posts a chain before a name holds at most (市委常委、副市长、…). */
const MAX_CHAIN = 6;

/** How many names listed after one post are read (副院长王某、李某、赵某). */
const MAX_LISTED = 8;

/** How many people's later mentions are searched for (see run). */
const MAX_SEARCHED_PEOPLE = 64;

const COUNT = /[0-9０-９一二三四五六七八九十百千万余多两几数每各全该本我贵]/u;

function postEndingAt(text: string, at: number): string | undefined {
  return POSTS_BEFORE.find((p) => text.startsWith(p, at - p.length));
}

function postEndsAt(text: string, at: number): boolean {
  return postEndingAt(text, at) !== undefined;
}

/** The posts before a name joined by 、 (党委书记、院长), from the last one's `[start, end)`. */
function postChain(text: string, start: number, end: number): string {
  let from = start;
  // At most a few posts: a page of thousands of posts joined by 、 stays linear.
  for (let links = 0; links < MAX_CHAIN && text[from - 1] === '、'; links++) {
    const at = from - 1;
    const previous =
      postEndingAt(text, at) ?? IN_CHAIN.find((p) => text.startsWith(p, at - p.length));
    if (!previous) break;
    from -= 1 + previous.length;
  }
  return text.slice(from, end);
}

/** A colon or spaces (not a line break) between a post and its name: 院长：张某, 院长 张某. */
const POST_GAP = /^(?:[ \t\u3000]{0,2}[:：][ \t\u3000]{0,2}|[ \t\u3000]{1,2})/u;

function gapAfterPost(text: string, at: number): number {
  return POST_GAP.exec(text.slice(at, at + 5))?.[0].length ?? 0;
}

function postStartsAt(text: string, at: number): boolean {
  return POSTS_BEFORE.some((p) => text.startsWith(p, at));
}

export const peopleRule: Extractor = {
  id: PEOPLE_RULE,
  fields: ['people'],
  run(ctx) {
    const text = ctx.article.text;
    const credits = creditsOf(ctx);
    const reporters = new Set(credits.map((c) => ctx.article.writtenAt(c.start, c.end)));
    // Which UTF-16 units a credit or an already read name holds: a lookup per character (names
    // are a few characters long), so that a page naming thousands of people stays linear.
    const inCredits = new Set<number>();
    for (const c of credits) for (let i = c.start; i < c.end; i++) inCredits.add(i);
    const inCredit = (at: number): boolean => inCredits.has(at);
    const taken = new Set<number>();
    const overlaps = (start: number, end: number): boolean => {
      for (let i = start; i < end; i++) if (taken.has(i)) return true;
      return false;
    };
    // One value per person: the post of the first mention (the fullest, as articles introduce
    // people with all their posts and then shorten them), every mention one of its spans.
    const people = new Map<string, Person>();
    const push = (start: number, length: number, title: string, confidence: number): void => {
      const name = ctx.article.writtenAt(start, start + length);
      if (overlaps(start, start + length) || reporters.has(name) || inCredit(start)) return;
      for (let i = start; i < start + length; i++) taken.add(i);
      const person = people.get(name);
      if (!person) people.set(name, { title, confidence, at: [start] });
      else {
        person.at.push(start);
        person.confidence = Math.max(person.confidence, confidence);
        // 同志 names no post: a post read at a later mention replaces it.
        if (person.title === COMRADE && title !== COMRADE) person.title = title;
      }
    };
    // The name ends where the post starts: three characters when the third from the post is a
    // surname after a boundary (对吴某梅副院长), else two (王某书记).
    const nameEndingAt = (postStart: number, post: string): void => {
      for (const length of [4, 3, 2]) {
        const start = postStart - length;
        if (start < 0) continue;
        const name = text.slice(start, postStart);
        if (!plausibleName(name) || NOT_NAMES.has(name) || overlaps(start, postStart)) continue;
        const before = start === 0 ? '' : text[start - 1]!;
        // 100余名医生, 两位主任: a count before the "name" makes it a quantity.
        if (COUNT.test(before)) return;
        // The segmenter decides where the name starts (医院|张丽丽|院长, 和|李四|书记).
        const reading = segmentedAsName(ctx.words, text, start, postStart);
        if (reading === 'split') continue;
        const bounded = before === '' || BEFORE_NAME.test(before) || postEndsAt(text, start);
        if (reading === null && !bounded && length > 2) continue;
        push(
          start,
          length,
          post,
          reading === 'name' || bounded ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
        );
        return;
      }
    };
    /** Further names after a post's first one, listed with 、 (副院长王某、李某出席). */
    const listedAfter = (end: number, title: string): number => {
      for (let listed = 0; listed < MAX_LISTED && text[end] === '、'; listed++) {
        const at = end + 1;
        if (postStartsAt(text, at)) break;
        const name = nameStartingAt(text, at, (i) => postStartsAt(text, i), ctx.words);
        if (!name?.sure) break;
        push(at, name.length, title, CONFIDENCE.clauseCue);
        end = at + name.length;
      }
      return end;
    };
    POST.lastIndex = 0;
    for (let m = POST.exec(text); m; m = POST.exec(text)) {
      const post = m[0];
      if (AFTER_SET.has(post)) nameEndingAt(m.index, post);
      if (!BEFORE_SET.has(post)) continue;
      // 院长：张某 (a profile page's label), 院长 张某 (a layout space): the name after the gap.
      const at = m.index + post.length + gapAfterPost(text, m.index + post.length);
      // 院长和书记: a post right after the surname-like character is no name.
      if (postStartsAt(text, at + surnameAt(text, at))) continue;
      const name = nameStartingAt(text, at, (i) => postStartsAt(text, i), ctx.words);
      if (!name) continue;
      const title = postChain(text, m.index, m.index + post.length);
      push(at, name.length, title, name.sure ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue);
      POST.lastIndex = listedAfter(at + name.length, title);
    }
    // 张某（市人民医院院长）: the post in brackets after the name.
    BRACKETED_POST.lastIndex = 0;
    for (let m = BRACKETED_POST.exec(text); m; m = BRACKETED_POST.exec(text)) {
      const content = m[1]!;
      const post = POSTS_BY_LAST.get(content[content.length - 1]!)?.find((p) =>
        content.endsWith(p),
      );
      if (post) nameEndingAt(m.index, post);
    }
    // 张某，男，主任医师 (a profile): the first post of the same sentence.
    PROFILE.lastIndex = 0;
    for (let m = PROFILE.exec(text); m; m = PROFILE.exec(text)) {
      const end = m.index;
      const start = profileNameStart(text, end);
      if (start === null) continue;
      const name = nameStartingAt(text, start, () => false, ctx.words);
      if (!name || start + name.length !== end) continue;
      // Within the sentence, and only so far: a page of one endless sentence stays linear.
      const post = FIRST_POST.exec(text.slice(end, end + PROFILE_REACH).split(SENTENCE_STOP)[0]!);
      if (post) push(start, name.length, post[0], CONFIDENCE.clauseCue);
    }
    // Later mentions without a post (钱某代表县政府…) are spans of the same person.
    const written = ctx.article.written;
    const out: Suggestion[] = [];
    let searched = 0;
    for (const [name, person] of people) {
      // Each search reads the whole article: only so many people, so that a page listing
      // thousands of officials stays linear (the rest keep the mentions at their posts).
      const search = searched++ < MAX_SEARCHED_PEOPLE;
      for (
        let at = search ? written.indexOf(name) : -1;
        at >= 0;
        at = written.indexOf(name, at + name.length)
      ) {
        if (overlaps(at, at + name.length) || inCredit(at)) continue;
        const next = written.slice(at + name.length, at + name.length + 1);
        // 王建 inside 王建国 is not a mention of 王建.
        if (/\p{Script=Han}/u.test(next) && !endsName(text, at + name.length)) continue;
        person.at.push(at);
      }
      // One suggestion with every mention as a span (built here, not merged later: it is cheaper).
      const spans = person.at
        .sort((a, b) => a - b)
        .map((at) => ctx.article.toSourceUtf16(at, at + name.length))
        .filter((span): span is SourceSpan => span !== null);
      const first = spans[0];
      if (!first || !ctx.fields.has('people')) continue;
      out.push({
        field: 'people',
        value: { name, title: person.title } satisfies PersonValue,
        raw: first.text,
        spans,
        extractor: PEOPLE_RULE,
        confidence: person.confidence,
      });
    }
    return out;
  },
};
