/**
 * Whether an article is about the schema's subject (a hospital, for hospital news). Pages that are
 * not (a school's news, an industrial park's, a company's, a government meeting's) still read like
 * news, so the rules find investments and people in them; the verdict lets extraction mark such
 * suggestions low and the curator filter such articles out.
 *
 * The judgement weighs the subject's cue words against other subjects' cue words, counted in the
 * article's simplified view, the headline counting twice more (it says what the article is about):
 * - another subject named more than twice as often as this one: not about it ('学校' ×6, '医院' ×1);
 * - an article of some length (SHORT_ARTICLE characters) that names the subject less than
 *   MIN_CUES times, or with fewer than MIN_DISTINCT_CUES different words other than the subject's
 *   own name: not about it (a health commission's founding says 卫生健康 three times and nothing
 *   else a hospital's news would, while a notice that says 医院 four times is about a hospital);
 * - an article of some length that names the subject only in the words of its whole field
 *   (the subject's fieldCues: 卫生健康, 医疗) or as a class (CLASS_PREFIXES: 县级医院, 乡镇卫生院), never
 *   one of its kind: not about it (a county's health-work meeting);
 * - an article of some length where, by the institutions it names (subject-evidence.ts), no
 *   institution of the subject's kind is its subject — none in its headline, its first sentence or
 *   named twice, and no '我院' — though its words are the subject's: not about it (a commission's
 *   policy news that says 医院 and 患者 throughout, a meeting that names one hospital in passing);
 * - otherwise it is about it. So hospital news that visits a school stays hospital news, and a
 *   one-line list item that names nothing ('关于五一假期值班安排的通知') is not flagged on no evidence.
 */
import type { SchemaSubject } from '../schema';
import type { SubjectEvidence } from './subject-evidence';

/** Shorter articles (a list item, a notice) may name their subject not at all. */
export const SHORT_ARTICLE = 80;
export const MIN_CUES = 2;
/** An article about the subject names it in more than one word (医院 and 患者, 院长 and 门诊). */
export const MIN_DISTINCT_CUES = 2;
/** The headline's cues count this many times over (the text holds the headline once more). */
const TITLE_WEIGHT = 2;

export interface RelevanceVerdict {
  onSubject: boolean;
  subjectCues: number;
  otherCues: number;
  /** For the curator: the counts behind the verdict and the words most named. */
  reason: string;
}

/**
 * Words before a cue that make it name a whole class ('县级医院', '乡镇卫生院', '各级医院', '公立医院'),
 * not one institution; a 1-character prefix is matched only where no 2-character one is.
 */
const CLASS_PREFIXES = new Set([
  '县级',
  '市级',
  '省级',
  '区级',
  '村级',
  '乡镇',
  '各级',
  '基层',
  '公立',
  '民营',
  '各类',
  '全县',
  '全市',
  '全区',
  '全省',
  '各',
]);

/** A count of institutions a few characters before the cue: '四家集团总医院', '多家医院'. */
const COUNTED = /[两二三四五六七八九十几多数\d]家[^\s，,、。；;：:]{0,4}$/u;

function namesAClass(text: string, at: number): boolean {
  return (
    CLASS_PREFIXES.has(text.slice(Math.max(0, at - 2), at)) ||
    text[at - 1] === '各' ||
    COUNTED.test(text.slice(Math.max(0, at - 6), at))
  );
}

interface CompiledSubject {
  /**
   * Every cue word of both lists in one alternation, longest first so '卫生健康' is not counted as
   * a shorter cue: one pass over the text (the judgement runs on every article extracted). V8
   * matches an alternation of literals faster than a walk trying the words at each character.
   */
  words: RegExp;
  /** The subject's own words; the others are other subjects'. */
  own: ReadonlySet<string>;
  /** Own words that name the subject's whole field, not one of its kind; null: none declared. */
  field: ReadonlySet<string> | null;
}

const compiled = new WeakMap<SchemaSubject, CompiledSubject>();

function compile(subject: SchemaSubject): CompiledSubject {
  let found = compiled.get(subject);
  if (!found) {
    const all = [...new Set([...subject.cues, ...(subject.otherCues ?? [])])].sort(
      (a, b) => b.length - a.length,
    );
    const escaped = all.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    found = {
      words: new RegExp(escaped.join('|'), 'gu'),
      own: new Set(subject.cues),
      field: subject.fieldCues ? new Set(subject.fieldCues) : null,
    };
    compiled.set(subject, found);
  }
  return found;
}

interface Tally {
  subject: number;
  /** Subject cues naming one of its kind: not a field word, not a class ('县级医院'). */
  particular: number;
  other: number;
  subjectWords: Map<string, number>;
  otherWords: Map<string, number>;
}

function countWords(
  compiledSubject: CompiledSubject,
  text: string,
  tally: Tally,
  weight = 1,
): void {
  // exec on the compiled pattern, not matchAll: matchAll copies the pattern at every call.
  const words = compiledSubject.words;
  words.lastIndex = 0;
  // Where the last cue naming a class ended: a cue right after it names the class's members too
  // ('乡镇卫生院院长', the heads of every township's clinic).
  let classEnd = -1;
  for (let match = words.exec(text); match; match = words.exec(text)) {
    const word = match[0];
    // As matchAll steps over an empty match (a cue that is empty), by one code point.
    if (word === '') words.lastIndex += (text.codePointAt(words.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    if (compiledSubject.own.has(word)) {
      tally.subject += weight;
      const general =
        compiledSubject.field?.has(word) === true ||
        match.index === classEnd ||
        namesAClass(text, match.index);
      if (general) classEnd = match.index + word.length;
      else tally.particular += weight;
      tally.subjectWords.set(word, (tally.subjectWords.get(word) ?? 0) + weight);
    } else {
      tally.other += weight;
      tally.otherWords.set(word, (tally.otherWords.get(word) ?? 0) + weight);
    }
  }
}

/** How many of the most named words the reason lists. */
const MOST_NAMED = 3;

/**
 * The most named words, most first and, at equal counts, in the order first named (what a stable
 * sort of the whole tally would put first), picked in one pass without sorting it: every article
 * is judged.
 */
function mostNamed(tally: Map<string, number>): string {
  const top: [string, number][] = [];
  for (const [word, n] of tally) {
    let at = top.length;
    while (at > 0 && n > top[at - 1]![1]) at--;
    if (at >= MOST_NAMED) continue;
    top.splice(at, 0, [word, n]);
    if (top.length > MOST_NAMED) top.pop();
  }
  let out = '';
  for (const [word, n] of top) out += `${out ? ', ' : ''}${word} ×${n}`;
  return out;
}

/**
 * Judges `text` (the article's simplified reading view) and its headline against `subject`, and,
 * when given, against what the institutions it names say (`evidence`: none given, cue words alone).
 */
export function judgeRelevance(
  subject: SchemaSubject,
  text: string,
  title: string | null = null,
  evidence: SubjectEvidence | null = null,
): RelevanceVerdict {
  const compiledSubject = compile(subject);
  const tally: Tally = {
    subject: 0,
    particular: 0,
    other: 0,
    subjectWords: new Map(),
    otherWords: new Map(),
  };
  countWords(compiledSubject, text, tally);
  if (title) countWords(compiledSubject, title, tally, TITLE_WEIGHT);
  const { subject: subjectCues, other: otherCues, subjectWords, otherWords } = tally;
  // UTF-16 length: the same as code points for Chinese text, and no copy of a long article.
  const length = text.length;
  const outweighed = otherCues > 2 * subjectCues;
  // Naming the subject itself (医院) again and again is naming it, in however few words.
  const namesItself = (subjectWords.get(subject.labels['zh-CN'] ?? '') ?? 0) >= MIN_CUES;
  const hardlyNamed =
    subjectCues < MIN_CUES || (subjectWords.size < MIN_DISTINCT_CUES && !namesItself);
  const onlyInGeneral = compiledSubject.field !== null && tally.particular === 0;
  const unnamed = length >= SHORT_ARTICLE && (hardlyNamed || onlyInGeneral);
  const noneIsSubject = length >= SHORT_ARTICLE && evidence !== null && !evidence.isSubject;
  const onSubject = !outweighed && !unnamed && !noneIsSubject;
  const counts =
    `cues of ${subject.labels.en}: ${subjectCues}${subjectWords.size ? ` (${mostNamed(subjectWords)})` : ''}; ` +
    `other subjects: ${otherCues}${otherWords.size ? ` (${mostNamed(otherWords)})` : ''}`;
  const reason = onSubject
    ? `about ${subject.labels.en} — ${counts}`
    : outweighed
      ? `not about ${subject.labels.en}: other subjects are named more — ${counts}`
      : unnamed && hardlyNamed
        ? `not about ${subject.labels.en}: it is hardly named — ${counts}`
        : unnamed
          ? `not about ${subject.labels.en}: only its field or a class of it is named — ${counts}`
          : `not about ${subject.labels.en}: none is its subject (in its headline, its first sentence or named again)${evidence?.shownBy ? `, ${evidence.shownBy} only in passing` : ''} — ${counts}`;
  return { onSubject, subjectCues, otherCues, reason };
}
