/**
 * Interleaved newspaper columns: when the text being read switches to another article on the
 * page. The evidence is gathered over nearby blocks before acting, so that one passing mention of
 * another hospital does not move a paragraph.
 */
import type { Mentions } from './mentions';
import { NONE } from './unit-mentions';

/** Blocks naming another article weakly may wait this many neutral blocks for confirmation. */
const MAX_NEUTRAL_GAP = 2;

export interface TentativeSwitch {
  article: number;
  groups: number[][];
  mentions: number;
  strong: boolean;
  neutralGap: number;
  matched: Map<string, number>;
}

/**
 * A block read while `current` runs, weighed for an interleaved column: naming another article
 * more often than the one being read is evidence for it, gathered over nearby blocks (at most
 * MAX_NEUTRAL_GAP neutral ones between) and acted on once strong. Returns the evidence still
 * waiting, and the switch when the evidence became strong enough.
 */
export function weighNamedArticle(
  state: { current: number; tentative: TentativeSwitch | null },
  group: number[],
  mentions: Mentions,
  named: number,
): { tentative: TentativeSwitch | null; switched?: TentativeSwitch } {
  const { current } = state;
  let { tentative } = state;
  if (named !== NONE && named !== current) {
    if (tentative?.article !== named) {
      tentative = {
        article: named,
        groups: [],
        mentions: 0,
        strong: false,
        neutralGap: 0,
        matched: new Map(),
      };
    }
    tentative.groups.push(group);
    tentative.mentions += mentions.counts[named]!;
    tentative.strong ||= mentions.strong[named]!;
    tentative.neutralGap = 0;
    for (const [term, count] of mentions.matched[named] ?? []) {
      tentative.matched.set(term, (tentative.matched.get(term) ?? 0) + count);
    }
    if (tentative.strong || tentative.mentions >= 2)
      return { tentative: null, switched: tentative };
    return { tentative };
  }
  // The block names the article being read: no interleaving here.
  if (mentions.counts[current]! > 0) return { tentative: null };
  if (tentative) {
    tentative.groups.push(group);
    if (++tentative.neutralGap > MAX_NEUTRAL_GAP) return { tentative: null };
  }
  return { tentative };
}
