/**
 * rule:hospital@1 — the institution the article is about: the one its kicker (阜新市第二人民医院：)
 * or headline names, else the hospital-like institution the article names most often.
 */
import { CONFIDENCE } from '../confidence';
import { findInstitutions, type InstitutionMention } from '../institutions';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor } from '../types';

export const HOSPITAL_RULE = 'rule:hospital@1';

export function institutionsOf(ctx: ExtractionContext): InstitutionMention[] {
  return ctx.memo('institutions', () => findInstitutions(ctx.article.text));
}

export interface HospitalFinding {
  name: string;
  mentions: InstitutionMention[];
  confidence: number;
}

/** The article's hospital, shared with the place and partner rules. */
export function hospitalOf(ctx: ExtractionContext): HospitalFinding | null {
  return ctx.memo('hospital', () => {
    const mentions = institutionsOf(ctx);
    const hospitals = mentions.filter((m) => m.kind === 'hospital');
    const count = new Map<string, number>();
    for (const m of hospitals) count.set(m.name, (count.get(m.name) ?? 0) + 1);
    const named = (line: string | null): string | null => {
      if (!line) return null;
      const inLine = findInstitutions(line).filter((m) => m.kind === 'hospital');
      // The kicker/headline may name the group and a member; the article talks about the one it repeats.
      inLine.sort((a, b) => (count.get(b.name) ?? 0) - (count.get(a.name) ?? 0));
      return inLine[0]?.name ?? null;
    };
    let name = named(ctx.kicker);
    let confidence: number = CONFIDENCE.strongCue;
    if (!name) {
      name = named(ctx.title);
      confidence = CONFIDENCE.strongCue;
    }
    if (!name || !count.has(name)) {
      const ranked = [...count].sort((a, b) => b[1] - a[1]);
      const [top, second] = ranked;
      if (!top) return null;
      if (!name) {
        name = top[0];
        confidence =
          top[1] >= 3 && (!second || top[1] >= 2 * second[1])
            ? CONFIDENCE.clauseCue
            : CONFIDENCE.weakCue;
      }
    }
    const ofName = hospitals.filter((m) => m.name === name);
    return { name, mentions: ofName, confidence };
  });
}

export const hospitalRule: Extractor = {
  id: HOSPITAL_RULE,
  fields: ['hospital'],
  run(ctx) {
    const hospital = hospitalOf(ctx);
    if (!hospital) return [];
    return present(
      hospital.mentions.map((m) =>
        suggestAt(
          ctx,
          HOSPITAL_RULE,
          'hospital',
          hospital.name,
          m.start,
          m.end,
          hospital.confidence,
        ),
      ),
    );
  },
};
