/**
 * Former names: an institution the article names only as what the subject used to be called
 * (X的前身是Y, 原名Y, 最初名为Y, Y改制为…, Y更名为…, 原Y) is its history, never the subject.
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
