/**
 * Which article each unit of a page names, by the institution terms of the page's articles, and
 * which body units run on into one another: the evidence the assignment weighs, apart from the
 * weighing itself (assign.ts).
 */
import { endsSentence } from './line-kinds';
import { countMentionsPerText, type Mentions } from './mentions';
import type { Unit } from './units';

/** No article: a unit not yet settled, or a text that names none (or two equally). */
export const NONE = -1;

/** The article a text names most often, or NONE when it names none or two equally often. */
export function mostNamed(mentions: Mentions): number {
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
export function glueContinuations(
  units: readonly Unit[],
  mentions: readonly Mentions[],
): number[][] {
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

/**
 * The articles' names each unit mentions. Only body text and bylines are evidence; layout lines
 * are searched as empty text. A page of more than MAX_ARTICLES_BY_CONTENT articles is a list (a
 * directory, a generated page), not interleaved newspaper columns: it is cut by position alone,
 * because searching the whole page for every article's names costs articles × page length.
 */
export function mentionsPerUnit(
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
