/**
 * Decides which article each unit of a page belongs to. See segment-page.ts for the rules in
 * plain words; this module is their implementation.
 */
import { endsSentence } from './line-kinds';
import { coreName, institutionTerms, keepDistinctiveTerms } from './institution-terms';
import { countMentionsPerText, describeMatches, sumMentions, type Mentions } from './mentions';
import type { Anchor, Unit } from './units';

export interface ArticleDraft {
  anchors: Anchor[];
  /** Folded institution terms that only this article uses on the page. */
  terms: string[];
  signals: string[];
}

export interface Assignment {
  articles: ArticleDraft[];
  /** Article index per unit (same order as the units given). */
  articleOfUnit: number[];
}

const NONE = -1;

function lineSpan(unit: Unit): string {
  const first = unit.lines[0]!.index + 1;
  const last = unit.lines[unit.lines.length - 1]!.index + 1;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function groupSpan(units: readonly Unit[], group: readonly number[]): string {
  const first = units[group[0]!]!.lines[0]!.index + 1;
  const lastUnit = units[group[group.length - 1]!]!;
  const last = lastUnit.lines[lastUnit.lines.length - 1]!.index + 1;
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

function collectArticles(units: readonly Unit[]): { articles: ArticleDraft[]; ofAnchor: number[] } {
  const articles: ArticleDraft[] = [];
  const byIdentity = new Map<string, number>();
  const ofAnchor = units.map((unit) => {
    if (!unit.anchor) return NONE;
    // Anchors naming the same institution (province and alias aside) are one article.
    const identity = coreName(unit.anchor.institution);
    let article = byIdentity.get(identity);
    if (article === undefined) {
      article = articles.length;
      byIdentity.set(identity, article);
      articles.push({ anchors: [], terms: [], signals: [] });
    }
    articles[article]!.anchors.push(unit.anchor);
    return article;
  });
  const distinct = keepDistinctiveTerms(
    articles.map((a) => [
      ...new Set(a.anchors.flatMap((anchor) => institutionTerms(anchor.institution))),
    ]),
  );
  articles.forEach((article, i) => (article.terms = distinct[i]!));
  return { articles, ofAnchor };
}

/** The article a text names most often, or NONE when it names none or two equally often. */
function mostNamed(mentions: Mentions): number {
  if (!mentions.any) return NONE;
  // A loop, not Math.max(...counts): a page may have more articles than a call has arguments.
  let top = 0;
  for (const count of mentions.counts) if (count > top) top = count;
  if (top === 0) return NONE;
  const first = mentions.counts.indexOf(top);
  return mentions.counts.indexOf(top, first + 1) === NONE ? first : NONE;
}

/** Two units each name a different institution strongly: they must not be glued together. */
function conflicting(a: Mentions, b: Mentions): boolean {
  const namedA = mostNamed(a);
  const namedB = mostNamed(b);
  return (
    namedA !== NONE &&
    namedB !== NONE &&
    namedA !== namedB &&
    a.strong[namedA]! &&
    b.strong[namedB]!
  );
}

/**
 * Body units that continue a broken sentence are glued into groups: a block whose last line does
 * not end a sentence runs on into the next body block (a heading into its paragraph, a paragraph
 * across an OCR blank line or a caption), unless the two name different institutions.
 */
function glueContinuations(units: readonly Unit[], mentions: readonly Mentions[]): number[][] {
  const groups: number[][] = [];
  units.forEach((unit, i) => {
    const previous = groups[groups.length - 1];
    const tail = previous ? units[previous[previous.length - 1]!]! : null;
    const joins =
      unit.kind === 'body' &&
      tail?.kind === 'body' &&
      previous![previous!.length - 1] === i - 1 &&
      !endsSentence(tail.lines[tail.lines.length - 1]!.text) &&
      !conflicting(mentions[i - 1]!, mentions[i]!);
    if (joins) previous!.push(i);
    else groups.push([i]);
  });
  return groups;
}

/** Most articles on a page whose blocks are assigned by the names they mention (see assignUnits). */
export const MAX_ARTICLES_BY_CONTENT = 64;

/** Blocks naming another article weakly may wait this many neutral blocks for confirmation. */
const MAX_NEUTRAL_GAP = 2;

interface TentativeSwitch {
  article: number;
  groups: number[][];
  mentions: number;
  strong: boolean;
  neutralGap: number;
  matched: Map<string, number>;
}

/**
 * The articles' names each unit mentions. Only body text and bylines are evidence; layout lines
 * are searched as empty text. A page of more than MAX_ARTICLES_BY_CONTENT articles is a list (a
 * directory, a generated page), not interleaved newspaper columns: it is cut by position alone,
 * because searching the whole page for every article's names costs articles × page length.
 */
function mentionsPerUnit(
  units: readonly Unit[],
  foldedText: (unit: Unit) => string,
  termsByArticle: Parameters<typeof countMentionsPerText>[1],
): Mentions[] {
  const byContent = termsByArticle.length <= MAX_ARTICLES_BY_CONTENT;
  return countMentionsPerText(
    units.map((unit) =>
      byContent && (unit.kind === 'body' || unit.kind === 'byline') ? foldedText(unit) : '',
    ),
    byContent ? termsByArticle : termsByArticle.map(() => []),
  );
}

export function assignUnits(
  units: readonly Unit[],
  foldedText: (unit: Unit) => string,
): Assignment {
  const { articles, ofAnchor } = collectArticles(units);
  const termsByArticle = articles.map((a) => a.terms);
  const articleOfUnit = ofAnchor.slice();
  if (articles.length === 0) return { articles, articleOfUnit };
  if (articles.length === 1) {
    // One article: nothing to tell apart, and no text to count names in.
    articleOfUnit.fill(0);
    reportLayoutSignals(units, articleOfUnit, articles);
    return { articles, articleOfUnit };
  }

  const unitMentions = mentionsPerUnit(units, foldedText, termsByArticle);
  const groups = glueContinuations(units, unitMentions);

  let current = NONE;
  let tentative = null as TentativeSwitch | null;
  const pending: number[][] = [];
  const settle = (group: readonly number[], article: number): void => {
    for (const i of group) articleOfUnit[i] = article;
  };
  const settlePending = (article: number): void => {
    for (const group of pending.splice(0)) settle(group, article);
  };

  for (const group of groups) {
    const head = units[group[0]!]!;
    if (head.kind === 'anchor') {
      current = articleOfUnit[group[0]!]!;
      tentative = null;
      settlePending(current);
      continue;
    }
    if (head.kind === 'label') continue; // labels head what follows; settled at the end
    if (head.kind === 'sponsor') {
      // Credits close the page or section they end; after them no article runs on by position.
      if (current === NONE) pending.push(group);
      else settle(group, current);
      current = NONE;
      tentative = null;
      continue;
    }

    const mentions =
      group.length === 1
        ? unitMentions[group[0]!]!
        : sumMentions(
            group.map((i) => unitMentions[i]!),
            articles.length,
          );
    const named = mostNamed(mentions);
    if (current === NONE) {
      if (named === NONE) {
        pending.push(group);
        continue;
      }
      current = named;
      settlePending(current);
      settle(group, current);
      const span = groupSpan(units, group);
      articles[current]!.signals.push(`${span} name ${describeMatches(mentions.matched[named]!)}`);
      continue;
    }

    settle(group, current);
    const next = weighNamedArticle({ current, tentative }, group, mentions, named);
    if (next.switched) {
      current = next.switched.article;
      for (const g of next.switched.groups) settle(g, current);
      const span = groupSpan(units, [next.switched.groups[0]![0]!, group[group.length - 1]!]);
      articles[current]!.signals.push(`${span} name ${describeMatches(next.switched.matched)}`);
    }
    tentative = next.tentative;
  }
  // Text no rule claims follows the article read before it, or, at the top of the page, the
  // first article.
  const fallback = current !== NONE ? current : lastSettled(articleOfUnit);
  settlePending(fallback === NONE ? 0 : fallback);

  settleLabels(units, articleOfUnit);
  reportLayoutSignals(units, articleOfUnit, articles);
  for (const article of articles) sortByLine(article.signals);
  return { articles, articleOfUnit };
}

/**
 * A block read while `current` runs, weighed for an interleaved column: naming another article
 * more often than the one being read is evidence for it, gathered over nearby blocks (at most
 * MAX_NEUTRAL_GAP neutral ones between) and acted on once strong. Returns the evidence still
 * waiting, and the switch when the evidence became strong enough.
 */
function weighNamedArticle(
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

/** Signals are read in page order: by the first line number they mention. */
function sortByLine(signals: string[]): void {
  const line = new Map(signals.map((s) => [s, Number(/lines? (\d+)/.exec(s)?.[1] ?? 0)]));
  signals.sort((a, b) => line.get(a)! - line.get(b)!);
}

function lastSettled(articleOfUnit: readonly number[]): number {
  for (let i = articleOfUnit.length - 1; i >= 0; i--) {
    if (articleOfUnit[i] !== NONE) return articleOfUnit[i]!;
  }
  return NONE;
}

/** A 【label】 opens what follows it (the next kicker, usually); at the very end, what precedes. */
function settleLabels(units: readonly Unit[], articleOfUnit: number[]): void {
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.kind !== 'label') continue;
    let article = NONE;
    for (let j = i + 1; j < units.length && article === NONE; j++) {
      if (units[j]!.kind !== 'label') article = articleOfUnit[j]!;
    }
    for (let j = i - 1; j >= 0 && article === NONE; j--) article = articleOfUnit[j]!;
    articleOfUnit[i] = article === NONE ? 0 : article;
  }
}

/** Layout signals are reported once assignment is final, under the article that got them. */
function reportLayoutSignals(
  units: readonly Unit[],
  articleOfUnit: readonly number[],
  articles: ArticleDraft[],
): void {
  units.forEach((unit, i) => {
    const signals = articles[articleOfUnit[i]!]!.signals;
    const anchor = unit.anchor;
    if (anchor) {
      if (anchor.kickerLine !== null) signals.push(`kicker line ${anchor.kickerLine + 1}`);
      if (anchor.headlineLines.length > 0) {
        const first = anchor.headlineLines[0]! + 1;
        const last = anchor.headlineLines[anchor.headlineLines.length - 1]! + 1;
        const where = first === last ? `line ${first}` : `lines ${first}–${last}`;
        signals.push(
          anchor.kicker ? `headline ${where}` : `headline naming ${anchor.institution} ${where}`,
        );
      }
    } else if (unit.kind !== 'body') {
      signals.push(`${unit.kind === 'label' ? 'section label' : unit.kind} ${lineSpan(unit)}`);
    } else if (unit.caption) {
      signals.push(`caption ${lineSpan(unit)}`);
    }
  });
}
