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
import type { ExtractionContext, Extractor, SourceSpan, Suggestion } from '../types';
import { creditsOf, type PersonValue } from './bylines';
import * as unposted from './people-unposted';
import {
  afterCreditLabel,
  namesABuilding,
  NOT_NAMES,
  nameOffTheList,
  postInsideWords,
  surnameAloneBeforePost,
  wordEndingAt,
  heldByMany,
  wordsBeforeHospital,
} from './names-at-posts';
import { endsName, nameStartingAt, plausibleName, segmentedAsName, surnameAt } from './names';
import {
  AFTER_SET,
  BEFORE_SET,
  COMRADE,
  FIRST_POST,
  closesOffice,
  POST,
  POSTS_BY_LAST,
  gapAfterPost,
  postChain,
  postEndsAt,
  postStartsAt,
} from './posts';

export type { PersonValue } from './bylines';

export const PEOPLE_RULE = 'rule:people@1';

/** A bracket right after a name holding its post: 张某（市人民医院院长）. */
const BRACKETED_POST = /[（(]([^（）()\n]{1,24})[）)]/gu;
/**
 * 张某，男，… at the start of a line or sentence: a profile, its post later in the sentence. The
 * pattern finds the `，男` after the name (a quick scan); profileNameStart looks back for the name.
 */
const PROFILE = /[，,、][ \t]*[男女](?=[，,、；（(\s]|$)/gu;
const SENTENCE_STOP = new RegExp(`[${SENTENCE_STOPS}\\n]`, 'u');
/** How far into a profile's sentence its post is looked for (UTF-16 units). */
const PROFILE_REACH = 60;
/** Characters before a name written ahead of its post: punctuation, or a verb that takes a person. */
const BEFORE_NAME = /[^\p{Script=Han}]|[由对向和与及请邀聘被让为给把将同跟谢据经是看望称向]/u;

/** A person found at posts: the post of the first mention and where the name stands (UTF-16). */
interface Person {
  title: string;
  confidence: number;
  at: number[];
}

/** How many names listed after one post are read (副院长王某、李某、赵某). */
const MAX_LISTED = 8;

/** How many people's later mentions are searched for (see run). */
const MAX_SEARCHED_PEOPLE = 64;

/** What ends a unit's name (麻醉室, 外科, 宣传部): a "name" right before it is the unit's. */
const UNIT_END = /[室科部处所]/u;

/** Words ending in 科 that are no department (学科建设, 本科学历, 专科联盟). */
const NOT_DEPARTMENTS = new Set(['学科', '本科', '专科', '预科', '工科', '理科', '文科', '百科']);

const COUNT = /[0-9０-９一二三四五六七八九十百千万余多两几数每各全该本我贵]/u;

/** The people of one article, read post by post, and the state the readings share. */
class PeopleReader {
  private readonly text: string;
  /**
   * Names the byline gives with a role: reporters, not people of the article. A signature without
   * a role (a blog's author line) may be the person the article names at a post (副院长X), so it
   * only keeps its own span.
   */
  private readonly reporters: Set<string>;
  /**
   * Which UTF-16 units a credit or an already read name holds: a lookup per character (names are
   * a few characters long), so that a page naming thousands of people stays linear.
   */
  private readonly inCredits = new Set<number>();
  private readonly taken = new Set<number>();
  /**
   * One value per person: the post of the first mention (the fullest, as articles introduce
   * people with all their posts and then shorten them), every mention one of its spans.
   */
  private readonly people = new Map<string, Person>();

  constructor(private readonly ctx: ExtractionContext) {
    this.text = ctx.article.text;
    const credits = creditsOf(ctx);
    this.reporters = new Set(
      credits.filter((c) => c.role !== '').map((c) => ctx.article.writtenAt(c.start, c.end)),
    );
    for (const c of credits) for (let i = c.start; i < c.end; i++) this.inCredits.add(i);
  }

  /** The two to four characters before every 医院 of the text, built when first asked. */
  private hospitalWordSet: Set<string> | null = null;

  private inCredit(at: number): boolean {
    return this.inCredits.has(at);
  }

  private overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken.has(i)) return true;
    return false;
  }

  private push(start: number, length: number, title: string, confidence: number): void {
    const name = this.ctx.article.writtenAt(start, start + length);
    if (this.overlaps(start, start + length) || this.reporters.has(name) || this.inCredit(start))
      return;
    // 马某醫師自聘比例 where the article names 马某医院: the hospital's short name, no person.
    if (
      (this.hospitalWordSet ??= wordsBeforeHospital(this.text)).has(
        this.text.slice(start, start + length),
      )
    )
      return;
    for (let i = start; i < start + length; i++) this.taken.add(i);
    const person = this.people.get(name);
    if (!person) this.people.set(name, { title, confidence, at: [start] });
    else {
      person.at.push(start);
      person.confidence = Math.max(person.confidence, confidence);
      // 同志 names no post: a post read at a later mention replaces it.
      if (person.title === COMRADE && title !== COMRADE) person.title = title;
    }
  }

  /**
   * The name ends where the post starts: three characters when the third from the post is a
   * surname after a boundary (对吴某梅副院长), else two (王某书记).
   */
  private nameEndingAt(postStart: number, post: string): boolean {
    const text = this.text;
    if (postInsideWords(this.ctx.words, text, postStart, post)) return false;
    for (const length of [4, 3, 2]) {
      const start = postStart - length;
      if (start < 0) continue;
      const name = text.slice(start, postStart);
      if (!plausibleName(name) || NOT_NAMES.has(name) || this.overlaps(start, postStart)) continue;
      const before = start === 0 ? '' : text[start - 1]!;
      // 社会文化司张某司长: the office's 司 is no surname, and bounds the name (found on set J).
      const office = closesOffice(text, start);
      if (closesOffice(text, start + 1) && text[start + 1] !== '马') continue;
      // 100余名医生, 两位主任: a count before the "name" makes it a quantity.
      if (COUNT.test(before)) return false;
      // The segmenter decides where the name starts (医院|张丽丽|院长, 和|李四|书记).
      const reading = segmentedAsName(this.ctx.words, text, start, postStart);
      if (surnameAloneBeforePost(this.ctx.words, text, start, postStart)) return false;
      if (reading === 'split' && !office) continue; // the segmenter glues 司 to a surname: 司张|某
      const bounded = office || !before || BEFORE_NAME.test(before) || postEndsAt(text, start);
      if (reading === null && !bounded && length > 2) continue;
      this.push(
        start,
        length,
        post,
        reading === 'name' || bounded ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
      );
      return true;
    }
    return false;
  }

  /** Further names after a post's first one, listed with 、 (副院长王某、李某出席). */
  private listedAfter(end: number, title: string): number {
    const text = this.text;
    for (let listed = 0; listed < MAX_LISTED && text[end] === '、'; listed++) {
      const at = end + 1;
      if (postStartsAt(text, at)) break;
      const name = nameStartingAt(text, at, (i) => postStartsAt(text, i), this.ctx.words);
      // 副院长张某、麻醉室主任韩某: a unit's name (麻醉室) ends the list; so does any word a post follows,
      // an office's (卫生署长某某: 卫生) or a name read at its own post (李某院士秘书张某: set X).
      const next = at + (name?.length ?? 0);
      if (!name?.sure || UNIT_END.test(text[next] ?? '') || postStartsAt(text, next)) break;
      this.push(at, name.length, title, CONFIDENCE.clauseCue);
      end = at + name.length;
    }
    return end;
  }

  /** Names before and after every post (院长张某, 张某院长), in one pass over the posts. */
  readPosts(): void {
    const text = this.text;
    POST.lastIndex = 0;
    for (let m = POST.exec(text); m; m = POST.exec(text)) {
      const post = m[0];
      if (heldByMany(text, m.index)) continue;
      // 院长：张某 (a profile page's label), 院长 张某 (a layout space): the name after the gap.
      const at = m.index + post.length + gapAfterPost(text, m.index + post.length);
      // 院长和书记: a post right after the surname-like character is no name.
      const name =
        BEFORE_SET.has(post) && !postStartsAt(text, at + surnameAt(text, at))
          ? nameStartingAt(text, at, (i) => postStartsAt(text, i), this.ctx.words)
          : null;
      // 成大校长沈某: a sure name after the post is whom it names; what stands before is none.
      if (AFTER_SET.has(post) && !name?.sure && !namesABuilding(text, m.index + post.length))
        this.nameEndingAt(m.index, post);
      if (!name) {
        const offList = BEFORE_SET.has(post) ? nameOffTheList(text, at, this.ctx.words) : null;
        if (offList !== null)
          this.push(
            at,
            offList,
            postChain(text, m.index, m.index + post.length),
            CONFIDENCE.weakCue,
          );
        continue;
      }
      const title = postChain(text, m.index, m.index + post.length);
      this.push(at, name.length, title, name.sure ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue);
      POST.lastIndex = this.listedAfter(at + name.length, title);
    }
  }

  /** 张某（市人民医院院长）: the post in brackets after the name. */
  readBracketedPosts(): void {
    const text = this.text;
    BRACKETED_POST.lastIndex = 0;
    for (let m = BRACKETED_POST.exec(text); m; m = BRACKETED_POST.exec(text)) {
      const content = m[1]!;
      const post = POSTS_BY_LAST.get(content[content.length - 1]!)?.find((p) =>
        content.endsWith(p),
      );
      // 黄某(副院长)、杨某、范某: the names listed after a bracketed one, without a post.
      if (post && this.nameEndingAt(m.index, post))
        BRACKETED_POST.lastIndex = this.listedAfter(m.index + m[0].length, '');
    }
  }

  /**
   * 麻醉科陈某的作品, 骨科张某: a department the segmenter reads as one word ending in 科, right
   * before a name it confirms; the department stands for the post.
   */
  readDepartments(): void {
    const { text } = this;
    const words = this.ctx.words;
    if (!words?.available) return;
    for (let at = text.indexOf('科'); at >= 0; at = text.indexOf('科', at + 1)) {
      const start = at + 1;
      // The text's own test first: most 科 (学科, 科室) have no surname after them, and asking the
      // segmenter is most of this rule's time.
      if (surnameAt(text, start) === 0 || postStartsAt(text, start + surnameAt(text, start)))
        continue;
      const department = wordEndingAt(words, at + 1);
      if (!department || afterCreditLabel(text, department.start)) continue;
      if (NOT_DEPARTMENTS.has(department.text)) continue;
      const name = nameStartingAt(text, start, (i) => postStartsAt(text, i), words);
      if (name?.sure) this.push(start, name.length, department.text, CONFIDENCE.weakCue);
    }
  }

  /** 张某，男，主任医师 (a profile): the first post of the same sentence. */
  readProfiles(): void {
    const text = this.text;
    PROFILE.lastIndex = 0;
    for (let m = PROFILE.exec(text); m; m = PROFILE.exec(text)) {
      const end = m.index;
      const start = unposted.profileNameStart(text, end);
      if (start === null) continue;
      const name = nameStartingAt(text, start, () => false, this.ctx.words);
      if (!name || start + name.length !== end) continue;
      // Within the sentence, and only so far: a page of one endless sentence stays linear.
      const post = FIRST_POST.exec(text.slice(end, end + PROFILE_REACH).split(SENTENCE_STOP)[0]!);
      if (post) this.push(start, name.length, post[0], CONFIDENCE.clauseCue);
    }
  }

  /**
   * 张某、李某、王某出席会议 where one of them is read at a post elsewhere: the others listed with
   * that person are people too, without a post of their own.
   */
  readListsWithKnownPeople(): void {
    const text = this.text;
    if (this.people.size === 0 || !text.includes('、')) return;
    let searched = 0;
    for (const name of [...this.people.keys()]) {
      if (searched++ >= MAX_SEARCHED_PEOPLE) break;
      const view = this.viewOf(name);
      if (view === null) continue;
      for (let at = text.indexOf(view); at >= 0; at = text.indexOf(view, at + view.length)) {
        if (this.inCredit(at)) continue;
        let start = at;
        // Back to the list's first name: sure names joined by 、 before this one.
        while (text[start - 1] === '、') {
          const before = this.listedNameEndingAt(start - 1);
          if (before === null) break;
          start = before;
        }
        if (start < at) this.pushListed(start, at - 1);
        this.listedAfter(at + view.length, '');
      }
    }
  }

  /** The simplified view of a person's name as written (the first mention's text), or null. */
  private viewOf(name: string): string | null {
    const at = this.people.get(name)?.at[0];
    return at === undefined ? null : this.text.slice(at, at + name.length);
  }

  /** Where a sure name of two or three characters ending at `end` (before 、) starts, or null. */
  private listedNameEndingAt(end: number): number | null {
    const text = this.text;
    for (const length of [3, 2]) {
      const start = end - length;
      if (start < 0) continue;
      const before = start === 0 ? '' : text[start - 1]!;
      if (before !== '' && before !== '、' && /\p{Script=Han}/u.test(before)) continue;
      const name = nameStartingAt(text, start, (i) => postStartsAt(text, i), this.ctx.words);
      if (name?.sure && name.length === length) return start;
    }
    return null;
  }

  /** The names of a 、 list from `start` to `end` (the 、 before a known person), no post. */
  private pushListed(start: number, end: number): void {
    for (let at = start; at < end;) {
      const name = nameStartingAt(this.text, at, (i) => postStartsAt(this.text, i), this.ctx.words);
      if (!name?.sure) return;
      this.push(at, name.length, '', CONFIDENCE.weakCue);
      at += name.length + 1;
    }
  }

  /** People other readers found (people-unposted.ts). */
  pushAll(found: readonly unposted.FoundName[]): void {
    for (const f of found) this.push(f.start, f.length, f.title, f.confidence);
  }

  /** One suggestion per person, its later mentions without a post (钱某代表县政府…) as spans too. */
  suggestions(): Suggestion[] {
    const { ctx, text } = this;
    const written = ctx.article.written;
    const out: Suggestion[] = [];
    let searched = 0;
    for (const [name, person] of this.people) {
      // Each search reads the whole article: only so many people, so that a page listing
      // thousands of officials stays linear (the rest keep the mentions at their posts).
      const search = searched++ < MAX_SEARCHED_PEOPLE;
      for (
        let at = search ? written.indexOf(name) : -1;
        at >= 0;
        at = written.indexOf(name, at + name.length)
      ) {
        if (this.overlaps(at, at + name.length) || this.inCredit(at)) continue;
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
      // A name read from a list after a bracketed one has no post of its own.
      const value: PersonValue = person.title === '' ? { name } : { name, title: person.title };
      out.push({
        field: 'people',
        value,
        raw: first.text,
        spans,
        extractor: PEOPLE_RULE,
        confidence: person.confidence,
      });
    }
    return out;
  }
}

export const peopleRule: Extractor = {
  id: PEOPLE_RULE,
  outputs: [{ name: 'people', kind: 'person' }],
  run(ctx) {
    const reader = new PeopleReader(ctx);
    reader.readPosts();
    reader.readBracketedPosts();
    reader.readProfiles();
    reader.readDepartments();
    for (const read of [unposted.namesOverPosts, unposted.speakers, unposted.honoured])
      reader.pushAll(read(ctx.article.text, ctx.words));
    reader.readListsWithKnownPeople();
    reader.pushAll(unposted.countedLists(ctx.article.text, ctx.words));
    reader.pushAll(unposted.awardeeLists(ctx.article.text, ctx.words));
    return reader.suggestions();
  },
};
