import { codePointLength } from '../../text/codepoints';
import type { Field, FieldType } from '../../schema';

/** The extractor id of suggestions the learned lexicon makes. */
export const LEARNED_EXTRACTOR = 'learned:lexicon@1';

/** How many rejections of a text for a field stop it being suggested there, unless a project sets another. */
export const DEFAULT_REJECTION_THRESHOLD = 3;

/**
 * One text of the learned lexicon of one field: what curators decided about it across the
 * project, and what a curator changed in the lexicon view.
 */
export interface LearnedEntry {
  field: string;
  /** The decided text, without whitespace (learned-key.ts). */
  text: string;
  /** Values with this text the curators keep (accepted, fixed to it, added). */
  keeps: number;
  /** Values with this text the curators rejected for this field. */
  rejects: number;
  /** The first article that kept it (the evidence shown with a suggestion); null when none. */
  firstArticle: number | null;
  /**
   * The value to suggest where the text is found; null: the text as written there (so the
   * traditional twin of a simplified name is suggested in its own characters).
   */
  value: unknown;
  /**
   * The curator's word in the lexicon view: `removed` is never suggested, `kept` is suggested
   * whatever the rejections (an entry restored, or one the curator added); null: the votes decide.
   */
  status: 'removed' | 'kept' | null;
  /**
   * The extractor its suggestions carry: a word list's (`lexicon:<field>@1`) for a text of the
   * field's word list in the schema; absent: learned from decisions (LEARNED_EXTRACTOR).
   */
  extractor?: string;
}

/** The extractor id of the suggestions a field's word list makes (`lexicon:founded-by@1`). */
export function wordListExtractorId(fieldKey: string): string {
  return `lexicon:${fieldKey.replace(/_/gu, '-')}@1`;
}

/** Whether suggestions of this extractor come from the lexicon (learned or a word list). */
export function isLexiconExtractor(extractor: string | null): boolean {
  return extractor === LEARNED_EXTRACTOR || (extractor?.startsWith('lexicon:') ?? false);
}

/**
 * Field types whose values are names that recur across articles. Amounts, dates and counts are
 * not learned: the same `4100万元` in another article is another investment, not the same one.
 */
export const LEARNABLE_TYPES: ReadonlySet<FieldType> = new Set([
  'text',
  'person',
  'institution',
  'place',
  'enum',
]);

export function isLearnableField(field: Field): boolean {
  return !field.retired && LEARNABLE_TYPES.has(field.type);
}

/** Texts shorter than this are too ambiguous to find by themselves (省, 院). */
const MIN_LENGTH = 2;
/** Longer ones (a sentence kept as an event) do not recur word for word. */
const MAX_LENGTH = 40;

/** Whether an entry's text is one learning looks for at all. */
export function isMatchableText(text: string): boolean {
  const length = codePointLength(text);
  return length >= MIN_LENGTH && length <= MAX_LENGTH;
}

/**
 * Whether the rejections stop this text for this field: by learning and by every rule (a
 * curator who rejected a rule's `诊疗中心` as a centre three times does not want it a fourth).
 * A curator's `kept` in the lexicon view lifts the stop.
 */
export function isBlocked(entry: LearnedEntry, threshold: number): boolean {
  return entry.status !== 'kept' && entry.rejects >= threshold;
}

/** Whether learning suggests this entry's text in other articles. */
export function isSuggested(entry: LearnedEntry, threshold: number): boolean {
  if (entry.status === 'removed' || !isMatchableText(entry.text)) return false;
  if (entry.status === 'kept') return true;
  return entry.keeps > 0 && !isBlocked(entry, threshold);
}

/** Where an entry stands, for the lexicon view. */
export type LearnedEntryStanding = 'suggested' | 'blocked' | 'removed' | 'unused';

export function standingOf(entry: LearnedEntry, threshold: number): LearnedEntryStanding {
  if (entry.status === 'removed') return 'removed';
  if (isBlocked(entry, threshold)) return 'blocked';
  return isSuggested(entry, threshold) ? 'suggested' : 'unused';
}
