/**
 * What a short institution name stands for (市中心医院, 中南医院, 安庆二院, 省人医): a full name the
 * article also writes, or the name completed with the dateline's or the article's place. Kept
 * apart from the grouping because each new short form a newspaper uses changes only this.
 */
import type { DatelinePlace } from '../datelines';
import {
  ancestry,
  divisionAt,
  isAmbiguousShort,
  type Division,
  type DivisionLevel,
} from '../divisions';
import type { InstitutionMention } from '../institutions';
import type { PlaceMention } from '../place-mentions';
import type { CompletingPlace, InstitutionEntity, PlacesOf } from './institution-entity';

const ORDINAL = '[一二三四五六七八九十]+';
/** `二院`, `第二医院`, `人医`, `中医院` (written short) against `第二人民医院`… (written in full). */
function sameRest(short: string, full: string): boolean {
  if (short === full) return true;
  // 县医院 is how articles say the county's people's hospital, or its general hospital (总医院, the
  // county's medical group that took the people's hospital in).
  if (short === '医院') return full === '人民医院' || full === '总医院';
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

/**
 * `市中心医院` + the dateline 锦州 → 锦州市中心医院: the dateline's division at the level the level
 * word stands for (省人医 + 南京 → 江苏省人医), when its name ends with that word (市, not 地区).
 * A county-level city's dateline completes `市…` with itself (宜都 + 市妇幼保健院 → 宜都市妇幼保健院).
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
    // 宜都融媒讯 … 市妇幼保健院: a county-level city's own 市 is that city, not the prefecture.
    const own = place.division;
    if (word === '市' && own.level === 'county' && own.name.endsWith('市'))
      return { division: own, start: place.start, end: place.end };
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
export function shortTarget(
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
