/**
 * rule:hospital@1 — the institution the article is about: a hospital, or of the kind the schema's
 * `subjectInstitution` names (rule:subject@1 is the same rule under a name for any domain).
 *
 * Mentions of one institution are gathered under its fullest name (institution-grouping.ts).
 * The subject is the one the kicker or the headline names; else the one the article is most about:
 * how often it is named, whether it is named first in the lead and whether it opens its
 * sentences (their actor). A designation (…区域医疗中心) is never the subject.
 */
import { subjectInstitutionOf, type SubjectInstitutionKind } from '../../schema';
import { CONFIDENCE } from '../confidence';
import type { DatelinePlace } from '../datelines';
import { findInstitutions, type InstitutionMention } from '../institutions';
import type { PlaceMention } from '../place-mentions';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor } from '../types';
import { datelinesOf, placeMentionsOf } from './article-mentions';
import type { InstitutionEntity, PlacesOf } from './institution-entity';
import { entitiesOf } from './institution-grouping';
import { mostlyFormerName, namedAsPredecessor, successorsNamed } from './former-names';
import { shortTarget } from './institution-short-forms';

// The organisation and place rules read these through this module, as they always have.
export { datelinesOf, institutionsOf, placeMentionsOf } from './article-mentions';
export type { CompletingPlace, InstitutionEntity } from './institution-entity';
export { entitiesOf, groupInstitutions } from './institution-grouping';

export const HOSPITAL_RULE = 'rule:hospital@1';

export interface HospitalFinding {
  name: string;
  mentions: InstitutionMention[];
  confidence: number;
  entity: InstitutionEntity;
}

/** The entity a headline's mention stands for, by the same rules as the text's mentions. */
function entityOfLine(
  kind: SubjectInstitutionKind,
  line: string | null,
  entities: readonly InstitutionEntity[],
  datelines: readonly DatelinePlace[],
  places: PlacesOf,
): InstitutionEntity | null {
  if (!line) return null;
  // 我院与某医院共建…: the hospital after 与/赴 is a partner or a place visited, not the subject.
  const inLine = findInstitutions(line, kind).filter(
    (m) => m.kind === kind && !aboutOther(line, m),
  );
  if (inLine.length === 0) return null;
  const known = entities.filter((e) => e.kind === kind);
  const full = known.filter((e) => e.mentions.some((x) => x.form.startsWith('place')));
  const named = (name: string): InstitutionEntity | undefined =>
    known.find((e) => e.name === name) ??
    full.find((e) => e.name.length > name.length && e.name.endsWith(name));
  const matches = new Set<InstitutionEntity>();
  for (const m of inLine) {
    const found = m.form === 'placed' ? null : shortTarget(m, full, datelines, places);
    const entity = found && 'mentions' in found ? found : named(found ? found.name : m.name);
    if (entity) matches.add(entity);
  }
  // The kicker/headline may name the group and a member; the article talks about the one it repeats.
  return [...matches].sort((a, b) => b.mentions.length - a.mentions.length)[0] ?? null;
}

/** Characters after which a mention opens its clause, as the actor of the sentence. */
const CLAUSE_OPENING =
  /(?:^|[。！？；，：\n]|近日，?|日前，?|目前，?|今年以来，?|[0-9]+月[0-9]+日，?)\s*$/u;
/** The lead, where the article says what it is about. */
const LEAD = 160;

function subjectScore(e: InstitutionEntity, text: string): number {
  let score = e.mentions.length;
  for (const m of e.mentions) {
    if (CLAUSE_OPENING.test(text.slice(Math.max(0, m.start - 10), m.start))) score += 1;
    // 我院与某医院共建…, 赴某医院: where the subject went or whom it worked with counts for less.
    if (aboutOther(text, m)) score -= 0.5;
  }
  if (e.mentions[0]!.start < LEAD) score += 2;
  return score;
}

/** The page's own hospital, named by the page only as "we" (a hospital's site: 我院名医团队…). */
const SELF = /我院|本院/gu;
/** Where another hospital is only where "we" go or whom "we" work with: 赴X开展义诊, 我院与X协作. */
const VISITED_OR_PARTNER = /(?:赴|到|前往|来到|走进|与|和|同|联合|携手|帮扶|支援|对口)$/u;

/**
 * A page that speaks as "we" more often than it names its best candidate, which it names only as
 * where "we" went or whom "we" worked with, is about a hospital it does not name: none is taken.
 */
function aboutUnnamedSelf(e: InstitutionEntity, text: string): boolean {
  const self = text.match(SELF)?.length ?? 0;
  return (
    self >= 3 &&
    self > e.mentions.length &&
    e.mentions.every((m) => VISITED_OR_PARTNER.test(text.slice(Math.max(0, m.start - 4), m.start)))
  );
}

/** Prepositions and particles no name holds (王在医院, 记者从医院, 时到医院). */
const FUNCTION_CHARACTER = /[在从到向对由于赴为是把被让给跟至往的了]/u;
/** An administration before a level word's hospital (区卫生健康局推进医院): a sentence, no name. */
const ADMINISTRATION = /局|委|政府|办公室|会议/u;
const OPENING_QUOTE = /^[“「『"]$/u;
const CLOSING_QUOTE = /^[”」』"]$/u;
/**
 * Tags of words no name holds: adverbs, prepositions, conjunctions, verbs, numerals (二人民医院 cut
 * from 第二人民医院 by a line break), pronouns, particles.
 */
const NOT_A_NAME_TAG = /^(?:d|p|c|v|vd|a|ad|m|r[a-z]*|u[a-z]*|y|e|o)$/u;

/**
 * Whether a name without a place reads as a name to the segmenter, not as words that ended on
 * 医院 (还就医院, 加强医院, 县里新建医院, 区卫生健康局推进医院), nor as a quoted label. A bare name is
 * taken only where a segmenter reads it (the app always has one); a level word (县人民医院) also
 * without one.
 */
export function readsAsName(ctx: ExtractionContext, m: InstitutionMention): boolean {
  if (m.form !== 'bare' && m.form !== 'level') return true;
  // 成为唯一一家“惠民医院”: a quoted label the hospital was given, not its name.
  const text = ctx.article.text;
  if (OPENING_QUOTE.test(text[m.start - 1] ?? '') && CLOSING_QUOTE.test(text[m.end] ?? ''))
    return false;
  if (FUNCTION_CHARACTER.test(m.name) || (m.form === 'level' && ADMINISTRATION.test(m.name)))
    return false;
  // Without a segmenter a bare run met once is too often words that end on 医院 (患者来到医院).
  if (!ctx.words.available) return m.form === 'level';
  // Both ends' windows: a name may straddle two segmented windows.
  const words = [...(ctx.words.around(m.start) ?? []), ...(ctx.words.around(m.end - 1) ?? [])];
  return !words.some((w) => w.end > m.start && w.start < m.end && NOT_A_NAME_TAG.test(w.tag));
}

/** Whether a mention is where "we" went or whom "we" worked with (与协和医院签约). */
function aboutOther(text: string, m: InstitutionMention): boolean {
  return VISITED_OR_PARTNER.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/**
 * An article that names no hospital twice, nor in its headline, but names one in its lead
 * (`县人民医院及妇幼保健院整体迁建工程…`, `近日，某医科大学某医院举行…`): the first one there, a weak
 * guess. A name met later in passing is not enough.
 */
function namedOnceInLead(
  ctx: ExtractionContext,
  entities: readonly InstitutionEntity[],
  kind: SubjectInstitutionKind,
): HospitalFinding | null {
  const inLead = entities
    .filter(
      (e) => e.kind === kind && e.mentions[0]!.start < LEAD && readsAsName(ctx, e.mentions[0]!),
    )
    // 与协和医院签约, 赴某医院: a partner or a place visited, not the article's own.
    .filter((e) => !aboutOther(ctx.article.text, e.mentions[0]!))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start)[0];
  if (!inLead) return null;
  return {
    name: inLead.name,
    mentions: inLead.mentions,
    confidence: CONFIDENCE.weakCue,
    entity: inLead,
  };
}

/**
 * The article's hospital — or the institution of the schema's `subjectInstitution` kind, a company
 * for company news — shared with the place and partner rules.
 */
export function hospitalOf(ctx: ExtractionContext): HospitalFinding | null {
  return ctx.memo('hospital', () => {
    const kind = subjectInstitutionOf(ctx.schema);
    const entities = entitiesOf(ctx);
    const trusted = entities.filter((e) => e.kind === kind && e.trusted);
    if (trusted.length === 0) return namedOnceInLead(ctx, entities, kind);
    // A name met only as what the hospital used to be called (原名X, X改制为…), or called its
    // predecessor outright (X…便是今日Y的前身), is its history.
    const current = trusted.filter(
      (e) =>
        !mostlyFormerName(ctx.article.text, e.mentions) &&
        !namedAsPredecessor(ctx.article.text, e.mentions),
    );
    const candidates = current.length > 0 ? current : trusted;
    const datelines = datelinesOf(ctx);
    const places = (): readonly PlaceMention[] => placeMentionsOf(ctx);
    const headline =
      entityOfLine(kind, ctx.kicker, candidates, datelines, places) ??
      entityOfLine(kind, ctx.title, candidates, datelines, places);
    if (headline) {
      return {
        name: headline.name,
        mentions: headline.mentions,
        confidence: CONFIDENCE.strongCue,
        entity: headline,
      };
    }
    const text = ctx.article.text;
    // A history names today's hospital as what its predecessor became (X…便是今日Y的前身): Y.
    const [successor] = successorsNamed(text, candidates);
    if (successor && current.length > 0) {
      return {
        name: successor.name,
        mentions: successor.mentions,
        confidence: successor.mentions.length >= 2 ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
        entity: successor,
      };
    }
    const ranked = candidates
      .map((e) => ({ e, score: subjectScore(e, text) }))
      .sort((a, b) => b.score - a.score || a.e.mentions[0]!.start - b.e.mentions[0]!.start);
    const [top, second] = ranked;
    // A list naming three or more hospitals once each is about none of them in particular; the
    // names it writes without a place count too, though one mention does not trust them (a
    // commission's report: 朝阳医院东院、友谊医院通州院区、安贞医院…).
    const once =
      candidates.filter((e) => e.mentions.length === 1).length +
      entities.filter(
        (e) =>
          e.kind === kind &&
          !e.trusted &&
          e.mentions.length === 1 &&
          e.mentions[0]!.form === 'bare',
      ).length;
    if (top!.e.mentions.length === 1 && once >= 3) return null;
    // A tour of three or more institutions, each named as often as the others (调研组在A调研 ⏎
    // 在B调研 ⏎ 在C调研, then a paragraph naming each again): about the tour, none of them (set S).
    const tied = candidates.filter((e) => e.mentions.length === top!.e.mentions.length).length;
    if (top!.e.mentions.length <= 2 && tied >= 3) return null;
    if (aboutUnnamedSelf(top!.e, text)) return null;
    const clear = top!.e.mentions.length >= 3 && (!second || top!.score >= 2 * second.score);
    // A name kept as written (市中心医院) is the article's word, not yet the institution's name.
    const unresolved = top!.e.mentions.every((m) => m.form === 'level') && !top!.e.completedWith;
    return {
      name: top!.e.name,
      mentions: top!.e.mentions,
      confidence: clear && !unresolved ? CONFIDENCE.clauseCue : CONFIDENCE.weakCue,
      entity: top!.e,
    };
  });
}

/** The subject's mentions as suggestions of `output`, under the extractor id `id`. */
function subjectSuggestions(ctx: ExtractionContext, id: string, output: string) {
  const hospital = hospitalOf(ctx);
  if (!hospital) return [];
  return present(
    hospital.mentions.map((m) =>
      suggestAt(ctx, id, output, hospital.name, m.start, m.end, hospital.confidence),
    ),
  );
}

export const hospitalRule: Extractor = {
  id: HOSPITAL_RULE,
  outputs: [{ name: 'hospital', kind: 'institution' }],
  options: ['subjectInstitution'],
  run(ctx) {
    return subjectSuggestions(ctx, HOSPITAL_RULE, 'hospital');
  },
};

/**
 * rule:subject@1 — the same reading under a name that fits any domain: the institution of the
 * schema's `subjectInstitution` kind the article is about (a company for company news).
 */
export const SUBJECT_RULE = 'rule:subject@1';

export const subjectRule: Extractor = {
  id: SUBJECT_RULE,
  outputs: [{ name: 'subject', kind: 'institution' }],
  options: ['subjectInstitution'],
  run(ctx) {
    return subjectSuggestions(ctx, SUBJECT_RULE, 'subject');
  },
};
