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
 *   MIN_CUES times: not about it;
 * - otherwise it is about it. So hospital news that visits a school stays hospital news, and a
 *   one-line list item that names nothing ('关于五一假期值班安排的通知') is not flagged on no evidence.
 */
import type { SchemaSubject } from '../schema';

/** Shorter articles (a list item, a notice) may name their subject not at all. */
export const SHORT_ARTICLE = 80;
export const MIN_CUES = 2;
/** The headline's cues count this many times over (the text holds the headline once more). */
const TITLE_WEIGHT = 2;

export interface RelevanceVerdict {
  onSubject: boolean;
  subjectCues: number;
  otherCues: number;
  /** For the curator: the counts behind the verdict and the words most named. */
  reason: string;
}

interface CompiledSubject {
  cues: RegExp;
  others: RegExp | null;
}

const compiled = new WeakMap<SchemaSubject, CompiledSubject>();

/** One alternation per word list, longest words first so '卫生健康' is not counted as a shorter cue. */
function alternation(words: readonly string[]): RegExp | null {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
  if (unique.length === 0) return null;
  return new RegExp(unique.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
}

function compile(subject: SchemaSubject): CompiledSubject {
  let found = compiled.get(subject);
  if (!found) {
    found = { cues: alternation(subject.cues)!, others: alternation(subject.otherCues ?? []) };
    compiled.set(subject, found);
  }
  return found;
}

function countWords(
  pattern: RegExp | null,
  text: string,
  tally: Map<string, number>,
  weight = 1,
): number {
  if (!pattern) return 0;
  let total = 0;
  for (const match of text.matchAll(pattern)) {
    tally.set(match[0], (tally.get(match[0]) ?? 0) + weight);
    total += weight;
  }
  return total;
}

function mostNamed(tally: Map<string, number>): string {
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([word, n]) => `${word} ×${n}`)
    .join(', ');
}

/**
 * Judges `text` (the article's simplified reading view) and its headline against `subject`.
 */
export function judgeRelevance(
  subject: SchemaSubject,
  text: string,
  title: string | null = null,
): RelevanceVerdict {
  const { cues, others } = compile(subject);
  const subjectTally = new Map<string, number>();
  const otherTally = new Map<string, number>();
  let subjectCues = countWords(cues, text, subjectTally);
  let otherCues = countWords(others, text, otherTally);
  if (title) {
    subjectCues += countWords(cues, title, subjectTally, TITLE_WEIGHT);
    otherCues += countWords(others, title, otherTally, TITLE_WEIGHT);
  }
  // UTF-16 length: the same as code points for Chinese text, and no copy of a long article.
  const length = text.length;
  const outweighed = otherCues > 2 * subjectCues;
  const unnamed = length >= SHORT_ARTICLE && subjectCues < MIN_CUES;
  const onSubject = !outweighed && !unnamed;
  const counts =
    `cues of ${subject.labels.en}: ${subjectCues}${subjectTally.size ? ` (${mostNamed(subjectTally)})` : ''}; ` +
    `other subjects: ${otherCues}${otherTally.size ? ` (${mostNamed(otherTally)})` : ''}`;
  const reason = onSubject
    ? `about ${subject.labels.en} — ${counts}`
    : outweighed
      ? `not about ${subject.labels.en}: other subjects are named more — ${counts}`
      : `not about ${subject.labels.en}: it is hardly named — ${counts}`;
  return { onSubject, subjectCues, otherCues, reason };
}
