/**
 * Whether an institution of the schema's subject kind (a hospital, for hospital news) is what the
 * article is about, read from the subject the hospital rule resolved (rules/hospital.ts): named in
 * the headline or kicker, in the article's first sentence, or named again. Cue words alone cannot
 * say so: a health commission's policy news, a county's health-work meeting or a vaccination
 * campaign say 医院, 患者 and 医疗 as often as a hospital's own news, but no hospital is their
 * subject; at most one is met in passing ('会议要求…支持县人民医院创建三级医院').
 */
import { SENTENCE_STOP } from '../text/sentence-ends';
import { CONFIDENCE } from './confidence';
import { subjectInstitutionOf } from '../schema';
import { successorsNamed } from './rules/former-names';
import { hospitalOf, institutionsOf } from './rules/hospital';
import type { ExtractionContext } from './types';

export interface SubjectEvidence {
  /** An institution of the subject's kind is the article's subject. */
  isSubject: boolean;
  /** Its name, or the words that show the page speaks for it (我院), for the curator. */
  shownBy: string | null;
}

/** The page speaks as its own hospital ('我院', '本院'): a hospital's site about itself. */
const SPEAKS_AS_ITSELF = /我院|本院/u;

/**
 * A hospital named in the headline or first sentence by a name the institution finder cannot
 * read (no place before it: 玛丽医院, 协和医院) or by the profile's own heading (医院简介,
 * 医院概况): two or more characters before 医院 that are not a class (各医院, 二级以上医院,
 * 全市医院, 多家医院) or a preposition (到医院, 在医院).
 */
const UNPLACED_HOSPITAL_NAME =
  /(?:^|\n)医院|[^\s各全等级上类家所些到去在向进出住就从和与及、，。：；]{2}医院/u;

/** Where the article's first sentence ends (the headline line before it holds no full stop). */
function firstSentenceEnd(text: string): number {
  const at = text.search(SENTENCE_STOP);
  return at < 0 ? text.length : at;
}

/**
 * What the institutions the article names say of its subject; null without a segmenter, where the
 * institution finder does not read names written without a place (城南卫生院) and so cannot say
 * that none is named: the cue words judge alone, as before.
 */
export function subjectEvidence(ctx: ExtractionContext): SubjectEvidence | null {
  if (!ctx.words.available) return null;
  const text = ctx.article.text;
  const found = hospitalOf(ctx);
  if (found) {
    const inHeadline = found.confidence >= CONFIDENCE.strongCue;
    const again = found.mentions.length >= 2;
    const inLead = found.mentions[0]!.start < firstSentenceEnd(text);
    // A history that names it as what its predecessor became (X…便是今日Y的前身) is about it.
    const successor = successorsNamed(text, [found.entity]).length > 0;
    if (inHeadline || again || inLead || successor) return { isSubject: true, shownBy: found.name };
  }
  const self = SPEAKS_AS_ITSELF.exec(text);
  if (self) return { isSubject: true, shownBy: self[0] };
  const kind = subjectInstitutionOf(ctx.schema);
  if (kind === 'hospital') {
    const lead = `${ctx.title ?? ''}\n${text.slice(0, firstSentenceEnd(text))}`;
    const named = UNPLACED_HOSPITAL_NAME.exec(lead);
    if (named) return { isSubject: true, shownBy: named[0].trim() };
  }
  // For the curator: the one of its kind met in passing, if any.
  const passing = found?.name ?? institutionsOf(ctx).find((i) => i.kind === kind)?.name ?? null;
  return { isSubject: false, shownBy: passing };
}
