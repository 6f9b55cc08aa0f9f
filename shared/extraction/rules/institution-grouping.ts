/**
 * Mentions of one institution are gathered under its fullest name: `市中心医院` and `中南医院` go
 * to `锦州市中心医院` and `武汉大学中南医院` when the article writes those, `市中心医院` to the
 * dateline's city otherwise (锦州讯 → 锦州市中心医院), and stay as written when nothing says more.
 */
import type { DatelinePlace } from '../datelines';
import type { InstitutionMention } from '../institutions';
import type { ExtractionContext } from '../types';
import { datelinesOf, institutionsOf, placeMentionsOf } from './article-mentions';
import type { InstitutionEntity, PlacesOf } from './institution-entity';
import { shortTarget } from './institution-short-forms';

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
    // A loop, not push(...list): a name repeated all through a long page has more mentions than
    // a call may have arguments.
    for (const m of e.mentions) fuller.mentions.push(m);
    byName.delete(e.name);
  }
  const full = [...byName.values()];
  // Place-led short names first (安庆二院, 北京朝阳医院): they are full names for the bare ones.
  const order = { placed: 0, placeShort: 1, level: 2, bare: 2 } as const;
  const rest = mentions
    .filter((m) => m.form !== 'placed')
    .sort((a, b) => order[a.form] - order[b.form] || a.start - b.start);
  const longerBare = bareWithWordsBefore(rest);
  for (const m of rest) {
    const found = shortTarget(m, full, datelines, places) ?? longerBare(m);
    let target: InstitutionEntity;
    if (typeof found === 'string') target = entityNamed(found, m);
    else if (found && 'mentions' in found) target = found;
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

/**
 * The name a bare mention stands for when the article writes it longer without a place, its
 * university before it: 南方医院 is 南方医科大学南方医院.
 */
function bareWithWordsBefore(
  mentions: readonly InstitutionMention[],
): (m: InstitutionMention) => string | null {
  const bare = mentions.filter((m) => m.form === 'bare').map((m) => m.name);
  return (m) => {
    if (m.form !== 'bare') return null;
    const university = bare.find(
      (n) => n.length > m.name.length && n.endsWith(m.name) && n.includes('大学'),
    );
    return university ?? null;
  };
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
