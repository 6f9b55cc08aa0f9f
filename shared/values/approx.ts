import { GAP, alternation } from './find-mentions';

/**
 * Words that make an amount approximate. Articles hedge most figures (700余平方米, 近千张,
 * 10%左右), and a curated value must keep that hedge rather than pass 700 off as exact.
 */
export type ApproxQualifier = 'over' | 'nearly' | 'about' | 'under';

/** Before the number: 约4100万元, 近千张, 超过28年, 不足6000平方米. */
export const PREFIX_QUALIFIERS: Readonly<Record<string, ApproxQualifier>> = {
  约: 'about',
  大约: 'about',
  近: 'nearly',
  将近: 'nearly',
  接近: 'nearly',
  超过: 'over',
  超: 'over',
  逾: 'over',
  不足: 'under',
  不到: 'under',
  少于: 'under',
};

/** Between the number and its unit, or before 万/亿: 700余平方米, 3000余万元, 20多项. */
export const INNER_QUALIFIERS: Readonly<Record<string, ApproxQualifier>> = {
  余: 'over',
  多: 'over',
};

/** After the unit: 95%以上, 10分钟左右, 35岁上下. */
export const SUFFIX_QUALIFIERS: Readonly<Record<string, ApproxQualifier>> = {
  以上: 'over',
  左右: 'about',
  上下: 'about',
  以下: 'under',
  以内: 'under',
};

/**
 * Verbs that introduce an exact figure (总投资达4100万元). The parsers accept them in front of an
 * amount so that a selected phrase still parses, but they are not qualifiers and the finders
 * leave them out of the mention's span.
 */
export const INTRODUCING_VERBS: readonly string[] = ['达到', '达', '为'];

/** The qualifier a matched word stands for; OCR gaps inside the word (左 右) are ignored. */
export function qualifierOf(
  table: Readonly<Record<string, ApproxQualifier>>,
  written: string | undefined,
): ApproxQualifier | null {
  return written === undefined ? null : (table[written.replace(/\s+/g, '')] ?? null);
}

/** The first qualifier found, in reading order; later ones only repeat or contradict it. */
export function firstQualifier(
  ...candidates: (ApproxQualifier | null | undefined)[]
): ApproxQualifier | null {
  return candidates.find((q): q is ApproxQualifier => q != null) ?? null;
}

/** The hedge words as patterns (OCR gaps allowed), for the money and quantity finders. */
export const PREFIX_PATTERN = alternation(Object.keys(PREFIX_QUALIFIERS));
export const INNER_PATTERN = alternation(Object.keys(INNER_QUALIFIERS));
export const SUFFIX_PATTERN = alternation(Object.keys(SUFFIX_QUALIFIERS));
/** An introducing verb at the start of a selected phrase (达4100万元), with the gap after it. */
export const LEADING_VERB = new RegExp(`^(?:${alternation(INTRODUCING_VERBS)})${GAP}`, 'u');

/**
 * The hedge of a matched amount, from the groups the finders name alike: `pre` (and `pre2`, a
 * hedge after a currency word) before it, a 余/多 inside it (`hasInner`), `inner` between it and
 * its unit and `post` after the unit; the first in reading order counts.
 */
export function approxOfGroups(
  groups: Readonly<Record<string, string | undefined>>,
  hasInner = false,
): ApproxQualifier | null {
  return firstQualifier(
    qualifierOf(PREFIX_QUALIFIERS, groups.pre),
    qualifierOf(PREFIX_QUALIFIERS, groups.pre2),
    hasInner ? 'over' : null,
    qualifierOf(INNER_QUALIFIERS, groups.inner),
    qualifierOf(SUFFIX_QUALIFIERS, groups.post),
  );
}
