/**
 * rule:hospital@1 — the institution the article is about.
 *
 * Mentions of one institution are gathered under its fullest name: `市中心医院` and `中南医院` go
 * to `锦州市中心医院` and `武汉大学中南医院` when the article writes those, `市中心医院` to the
 * dateline's city otherwise (锦州讯 → 锦州市中心医院), and stay as written when nothing says more.
 * The subject is the one the kicker or the headline names; else the one the article is most about:
 * how often it is named, whether it is named first in the lead and whether it opens its
 * sentences (their actor). A designation (…区域医疗中心) is never the subject.
 */
import { CONFIDENCE } from '../confidence';
import { findDatelinePlaces, type DatelinePlace } from '../datelines';
import {
  ancestry,
  divisionAt,
  isAmbiguousShort,
  type Division,
  type DivisionLevel,
} from '../divisions';
import { findInstitutions, type InstitutionMention } from '../institutions';
import { classifyPlaceMentions, type PlaceMention } from '../place-mentions';
import { present, suggestAt } from '../suggest';
import type { ExtractionContext, Extractor } from '../types';

export const HOSPITAL_RULE = 'rule:hospital@1';

export function institutionsOf(ctx: ExtractionContext): InstitutionMention[] {
  return ctx.memo('institutions', () => findInstitutions(ctx.article.text));
}

export function datelinesOf(ctx: ExtractionContext): DatelinePlace[] {
  return ctx.memo('datelines', () => findDatelinePlaces(ctx.article.text));
}

export function placeMentionsOf(ctx: ExtractionContext): PlaceMention[] {
  return ctx.memo('place-mentions', () =>
    classifyPlaceMentions(ctx.article.text, institutionsOf(ctx)),
  );
}

/** A division a short form is completed with, and the written name it was read from. */
export interface CompletingPlace {
  division: Division;
  start: number;
  end: number;
}

/** One institution and every mention of it, short forms included. */
export interface InstitutionEntity {
  /** The fullest name the article gives it, normalised (锦州市中心医院). */
  name: string;
  kind: InstitutionMention['kind'];
  mentions: InstitutionMention[];
  /** Whether the name is the article's own (a place-led name, a repeated or headline bare name). */
  trusted: boolean;
  /** The place a short form was completed with (市中心医院 + 锦州讯), and where it is written. */
  completedWith?: CompletingPlace;
}

export interface HospitalFinding {
  name: string;
  mentions: InstitutionMention[];
  confidence: number;
  entity: InstitutionEntity;
}

const ORDINAL = '[一二三四五六七八九十]+';
/** `二院`, `第二医院`, `人医`, `中医院` (written short) against `第二人民医院`… (written in full). */
function sameRest(short: string, full: string): boolean {
  if (short === full) return true;
  // 县医院 is how articles say the county's people's hospital.
  if (short === '医院') return full === '人民医院';
  const ordinal = new RegExp(`^第?(${ORDINAL})(?:医|人民医)?院$`, 'u').exec(short);
  if (ordinal) return new RegExp(`^第?${ordinal[1]}(?:人民)?医院$`, 'u').test(full);
  const people = new RegExp(`^(第?(?:${ORDINAL})?)人医$`, 'u').exec(short);
  if (people) return full === `${people[1]}人民医院`;
  return short === '中医院' && full === '中医医院';
}

/** 锦州市中心医院 → the division 锦州市 and `中心医院`; null when it does not start with one. */
function splitPlace(name: string): { level: DivisionLevel[]; rest: string; place: string } | null {
  const first = divisionAt(name, 0);
  if (!first || first.short) return null;
  return {
    level: first.candidates.map((d) => d.level),
    rest: name.slice(first.end),
    place: first.written,
  };
}

/** The place names of the article, read only when a short form needs them. */
type PlacesOf = () => readonly PlaceMention[];

/**
 * `市中心医院` + the dateline 锦州 → 锦州市中心医院: the dateline's division at the level the level
 * word stands for (省人医 + 南京 → 江苏省人医), when its name ends with that word (市, not 地区).
 * Without a dateline, the one division of that level the article names as a place (遂溪县 … 县人民
 * 医院); with two or more (a county hospital and the city's), the short form stays as written.
 */
function completePlace(
  m: InstitutionMention,
  datelines: readonly DatelinePlace[],
  placesOf: PlacesOf,
): CompletingPlace | null {
  const word = m.name[0]!;
  const fits = (d: Division | undefined): d is Division => !!d && d.name.endsWith(word);
  for (const place of datelines) {
    const d = ancestry(place.division)[m.level!];
    if (fits(d)) return { division: d, start: place.start, end: place.end };
  }
  const named = new Map<Division, PlaceMention>();
  for (const p of placesOf()) {
    if (p.role !== 'administrative' || isAmbiguousShort(p)) continue;
    const atLevel = p.candidates.filter((d) => d.level === m.level && fits(d));
    if (atLevel.length === 1 && !named.has(atLevel[0]!)) named.set(atLevel[0]!, p);
  }
  const only = named.size === 1 ? [...named][0] : undefined;
  return only ? { division: only[0], start: only[1].start, end: only[1].end } : null;
}

/**
 * The full entity a short mention stands for. When several fit (市中心医院 with 锦州市中心医院
 * and 盘锦市中心医院), the one at the place the article is datelined from or names, else the one
 * named most; on a tie, none: the short form stays as written.
 */
function fullFor(
  full: readonly InstitutionEntity[],
  fits: (e: InstitutionEntity) => boolean,
  m: InstitutionMention,
  datelines: readonly DatelinePlace[],
  places: PlacesOf,
): InstitutionEntity | undefined {
  const all = full.filter(fits);
  if (all.length <= 1) return all[0];
  const context = m.form === 'level' ? completePlace(m, datelines, places) : null;
  const there = context && all.filter((e) => e.name.startsWith(context.division.name));
  if (there?.length === 1) return there[0];
  all.sort((a, b) => b.mentions.length - a.mentions.length);
  return all[0]!.mentions.length > all[1]!.mentions.length ? all[0] : undefined;
}

/**
 * Where a mention that is not a full name goes: to a full entity, or to a name completed with a
 * place (市中心医院 + 锦州 → 锦州市中心医院), or nowhere (it stays as written).
 */
function shortTarget(
  m: InstitutionMention,
  full: readonly InstitutionEntity[],
  datelines: readonly DatelinePlace[],
  places: PlacesOf,
): InstitutionEntity | { name: string; place: CompletingPlace } | null {
  if (m.form === 'level') {
    const target = fullFor(
      full,
      (e) => {
        const split = splitPlace(e.name);
        return !!split && split.level.includes(m.level!) && sameRest(m.rest!, split.rest);
      },
      m,
      datelines,
      places,
    );
    if (target) return target;
    const place = completePlace(m, datelines, places);
    return place ? { name: place.division.name + m.rest!, place } : null;
  }
  // 中南医院 in 武汉大学中南医院, 朝阳医院 in 北京朝阳医院, 安庆市二院 for 安庆市第二人民医院.
  const target = fullFor(
    full,
    (e) => e.name !== m.name && e.name.endsWith(m.name),
    m,
    datelines,
    places,
  );
  const split = m.form === 'placeShort' ? splitPlace(m.name) : null;
  if (target || !split) return target ?? null;
  const other = (e: InstitutionEntity): boolean => {
    const o = splitPlace(e.name);
    return !!o && o.place === split.place && sameRest(split.rest, o.rest);
  };
  return fullFor(full, other, m, datelines, places) ?? null;
}

/** Gathers mentions under entities (see the file comment). */
export function groupInstitutions(
  mentions: readonly InstitutionMention[],
  datelines: readonly DatelinePlace[],
  places: PlacesOf,
  headlines: readonly string[] = [],
): InstitutionEntity[] {
  const byName = new Map<string, InstitutionEntity>();
  const entityNamed = (name: string, m: InstitutionMention): InstitutionEntity => {
    let e = byName.get(name);
    if (!e) {
      e = { name, kind: m.kind, mentions: [], trusted: false };
      byName.set(name, e);
    }
    return e;
  };
  for (const m of mentions) {
    if (m.form !== 'placed') continue;
    const e = entityNamed(m.name, m);
    e.mentions.push(m);
    e.trusted = true;
  }
  // 怀宁县人民医院 is 安庆市怀宁县人民医院, 北京协和医院 is 中国医学科学院北京协和医院: the fullest name.
  const longestFirst = [...byName.values()].sort((a, b) => b.name.length - a.name.length);
  for (const e of longestFirst) {
    const fuller = longestFirst.find(
      (f) => f.name.length > e.name.length && f.name.endsWith(e.name) && byName.has(f.name),
    );
    if (!fuller) continue;
    fuller.mentions.push(...e.mentions);
    byName.delete(e.name);
  }
  const full = [...byName.values()];
  // Place-led short names first (安庆二院, 北京朝阳医院): they are full names for the bare ones.
  const order = { placed: 0, placeShort: 1, level: 2, bare: 2 } as const;
  const rest = mentions
    .filter((m) => m.form !== 'placed')
    .sort((a, b) => order[a.form] - order[b.form] || a.start - b.start);
  for (const m of rest) {
    const found = shortTarget(m, full, datelines, places);
    let target: InstitutionEntity;
    if (found && 'mentions' in found) target = found;
    else if (found) {
      target = entityNamed(found.name, m);
      target.completedWith ??= found.place;
      target.trusted = true;
    } else {
      target = entityNamed(m.name, m);
      if (m.form === 'placeShort' && !full.includes(target)) full.push(target);
    }
    target.mentions.push(m);
    if (m.form === 'placeShort') target.trusted = true;
  }
  for (const e of byName.values()) {
    e.mentions.sort((a, b) => a.start - b.start);
    // A bare or level name is the article's own when it is repeated or in the headline.
    if (!e.trusted)
      e.trusted =
        e.mentions.length >= 2 || headlines.some((line) => line.includes(e.mentions[0]!.name));
  }
  return [...byName.values()];
}

export function entitiesOf(ctx: ExtractionContext): InstitutionEntity[] {
  return ctx.memo('institution-entities', () =>
    groupInstitutions(
      institutionsOf(ctx),
      datelinesOf(ctx),
      () => placeMentionsOf(ctx),
      [ctx.title, ctx.kicker].filter((line): line is string => !!line),
    ),
  );
}

/** The entity a headline's mention stands for, by the same rules as the text's mentions. */
function entityOfLine(
  line: string | null,
  entities: readonly InstitutionEntity[],
  datelines: readonly DatelinePlace[],
  places: PlacesOf,
): InstitutionEntity | null {
  if (!line) return null;
  const inLine = findInstitutions(line).filter((m) => m.kind === 'hospital');
  if (inLine.length === 0) return null;
  const known = entities.filter((e) => e.kind === 'hospital');
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
  }
  if (e.mentions[0]!.start < LEAD) score += 2;
  return score;
}

/** The article's hospital, shared with the place and partner rules. */
export function hospitalOf(ctx: ExtractionContext): HospitalFinding | null {
  return ctx.memo('hospital', () => {
    const entities = entitiesOf(ctx);
    const candidates = entities.filter((e) => e.kind === 'hospital' && e.trusted);
    if (candidates.length === 0) return null;
    const datelines = datelinesOf(ctx);
    const places = (): readonly PlaceMention[] => placeMentionsOf(ctx);
    const headline =
      entityOfLine(ctx.kicker, candidates, datelines, places) ??
      entityOfLine(ctx.title, candidates, datelines, places);
    if (headline) {
      return {
        name: headline.name,
        mentions: headline.mentions,
        confidence: CONFIDENCE.strongCue,
        entity: headline,
      };
    }
    const text = ctx.article.text;
    const ranked = candidates
      .map((e) => ({ e, score: subjectScore(e, text) }))
      .sort((a, b) => b.score - a.score || a.e.mentions[0]!.start - b.e.mentions[0]!.start);
    const [top, second] = ranked;
    // A list naming three or more hospitals once each is about none of them in particular.
    const once = candidates.filter((e) => e.mentions.length === 1).length;
    if (top!.e.mentions.length === 1 && once >= 3) return null;
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
