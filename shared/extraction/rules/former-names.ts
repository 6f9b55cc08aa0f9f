/**
 * Former names: an institution the article names only as what the subject used to be called
 * (X的前身是Y, 原名Y, 最初名为Y, Y改制为…, Y更名为…, 原Y) is its history, never the subject; so is
 * one it calls another's predecessor outright, however often it names it (Y…是X的前身).
 * Read on the simplified view (改制為 reads 改制为 there).
 */
import type { InstitutionMention } from '../institutions';

/** Words right before a name that make it a former one: 前身为, 原名, 曾用名, 原. */
const BEFORE_FORMER =
  /(?:前身(?:为|是|系|乃)|原名(?:为|叫)?|原称|旧称|旧名|曾用名(?:为|还包括)?|曾名|最初名为|最早名为|初名|原为|原)[\s“「『"]*$/u;
/**
 * Words right after a name that make it a former one: Y更名为…, Y今天改制为…, Y并入…; a few
 * words (a time) may stand between, never a clause break.
 */
const AFTER_FORMER =
  /^[\s”」』"]*[^。，,；;！？\n]{0,6}?(?:更名|改名|改制|改建|升格|易名|整合|并入|合并)(?:为|成|而成|入)?/u;
/** How far around a mention the cue is looked for (UTF-16 units). */
const REACH = 12;
/**
 * A name the same sentence then calls another institution's predecessor, however much it says
 * of today's in between: 'X，便是今日设床数百张的Y的前身', 'X就是Y医院的前身'.
 */
const PREDECESSOR_OF_AFTER =
  /^[\s”」』"]*[，,]?(?:便|就|即|正|也|乃)?(?:是|为|系)[^。！？；\n]{0,150}?(?:院|中心|集团)的前身/u;
/** How far after a mention the sentence calling it a predecessor is read (UTF-16 units). */
const PREDECESSOR_REACH = 170;
/** Words that say outright that the name after them is what the subject was before: 前身是. */
const PREDECESSOR_BEFORE = /前身(?:为|是|系|乃)[\s“「『"]*$/u;
/** Words right after a name that say it took another: Y更名为…, Y改名为…. */
const RENAMED_AFTER = /^[\s”」』"]*[^。，,；;！？\n]{0,6}?(?:更名|改名|易名)(?:为|成)/u;

/** Whether the mention at `m` names the institution as it used to be called. */
export function isFormerNameMention(text: string, m: InstitutionMention): boolean {
  const before = text.slice(Math.max(0, m.start - REACH), m.start);
  if (BEFORE_FORMER.test(before)) return true;
  return AFTER_FORMER.test(text.slice(m.end, m.end + REACH));
}

/**
 * Whether an institution is named mostly as a former name, its first mention among them: its
 * history, not the subject (a later 'the old county hospital' in passing does not make it current).
 */
export function mostlyFormerName(text: string, mentions: readonly InstitutionMention[]): boolean {
  if (mentions.length === 0 || !isFormerNameMention(text, mentions[0]!)) return false;
  const former = mentions.filter((m) => isFormerNameMention(text, m)).length;
  return 2 * former >= mentions.length;
}

/**
 * Whether the article says outright, at one mention at least, that the institution is what
 * another was before (X是Y的前身, Y的前身是X, X更名为Y): a predecessor, never the subject, though
 * the history essay names it first and often (1939年，某县卫生院创办…).
 */
export function namedAsPredecessor(text: string, mentions: readonly InstitutionMention[]): boolean {
  return mentions.some(
    (m) =>
      PREDECESSOR_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start)) ||
      RENAMED_AFTER.test(text.slice(m.end, m.end + REACH)) ||
      PREDECESSOR_OF_AFTER.test(text.slice(m.end, m.end + PREDECESSOR_REACH)),
  );
}

/** Where the article names a predecessor: right before it stands the institution of today. */
const PREDECESSOR_WORD = /的前身/gu;

/**
 * The institutions the article calls the successor of another, by a mention that ends right
 * before 的前身 (X…是Y的前身, Y的前身是X): today's institution, whose history the article tells.
 */
export function successorsNamed<E extends { mentions: readonly InstitutionMention[] }>(
  text: string,
  entities: readonly E[],
): E[] {
  const ends = new Set<number>();
  for (const m of text.matchAll(PREDECESSOR_WORD)) ends.add(m.index);
  if (ends.size === 0) return [];
  return entities.filter((e) => e.mentions.some((m) => ends.has(m.end)));
}
