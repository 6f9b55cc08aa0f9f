/**
 * Decides which article each unit of a page belongs to. See segment-page.ts for the rules in
 * plain words; this module is their implementation.
 */
import { coreName, institutionTerms, keepDistinctiveTerms } from './institution-terms';
import { describeMatches, sumMentions, type Mentions } from './mentions';
import { groupSpan, reportLayoutSignals, sortByLine } from './assignment-signals';
import { weighNamedArticle, type TentativeSwitch } from './column-switch';
import type { Anchor, Unit } from './units';
import { NONE, glueContinuations, mentionsPerUnit, mostNamed } from './unit-mentions';

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
  assignByNames(units, unitMentions, articles, articleOfUnit);
  settleLabels(units, articleOfUnit);
  reportLayoutSignals(units, articleOfUnit, articles);
  for (const article of articles) sortByLine(article.signals);
  return { articles, articleOfUnit };
}

/**
 * Walks the page's groups of units in order, settling each on the article read at that point:
 * an anchor starts its article, the names a block mentions start or switch the article read
 * (see weighNamedArticle), and text no rule claims waits for the next article to start.
 */
function assignByNames(
  units: readonly Unit[],
  unitMentions: readonly Mentions[],
  articles: ArticleDraft[],
  articleOfUnit: number[],
): void {
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
