import type { ArticleDetail, ArticleSummary } from '../../../shared/contract/domain';
import type { Correction } from './correction-commands';

/** Characters of a title or text shown in the confirmation: enough to recognise it. */
const SHOWN = 16;

/** A line break inside Chinese text is a printed page's, not a space: it is dropped. */
const BREAK_BETWEEN_HANZI =
  /(?<=[\p{Script=Han}，。、；：！？）」』”])[^\S\n]*\n\s*(?=[\p{Script=Han}（「『“])/gu;

/**
 * The first `SHOWN` characters (code points, never half a surrogate pair), with … when cut;
 * white space folded as the reader's "reading view" would.
 */
export function shortened(text: string): string {
  const chars = Array.from(text.replace(BREAK_BETWEEN_HANZI, '').replace(/\s+/g, ' ').trim());
  return chars.length > SHOWN ? `${chars.slice(0, SHOWN).join('').trimEnd()}…` : chars.join('');
}

/** The document text of [start, end) as the open article shows it (its segments, in code points). */
function textAt(detail: ArticleDetail | null, start: number, end: number): string {
  let text = '';
  for (const segment of detail?.segments ?? []) {
    const from = Math.max(start, segment.start);
    const to = Math.min(end, segment.end);
    if (from < to)
      text += Array.from(segment.text)
        .slice(from - segment.start, to - segment.start)
        .join('');
  }
  return text;
}

/**
 * What a correction does to which articles, in words the confirmation shows above its counts:
 * an i18n key under `correction.what` and its parameters. Articles are named by title, or by
 * file and part when they have none, as the article list names them.
 */
export function describeCorrection(
  correction: Correction,
  articles: readonly ArticleSummary[],
  detail: ArticleDetail | null,
  partName: (article: ArticleSummary) => string,
): { key: 'merge' | 'split' | 'move'; params: Record<string, string> } {
  const named = (id: number): string => {
    const article = articles.find((a) => a.id === id) ?? (detail?.id === id ? detail : undefined);
    if (!article) return `#${id}`;
    return article.title ? shortened(article.title) : partName(article);
  };
  switch (correction.kind) {
    case 'merge': {
      const [keeper, ...absorbed] = correction.articleIds;
      return {
        key: 'merge',
        // The menu merges two articles; an API caller may give more.
        params: { keeper: named(keeper!), absorbed: absorbed.map(named).join(' / ') },
      };
    }
    case 'split':
      return {
        key: 'split',
        params: { start: shortened(textAt(detail, correction.at, correction.at + 2 * SHOWN)) },
      };
    case 'move':
      return {
        key: 'move',
        params: {
          text: shortened(textAt(detail, correction.start, correction.end)),
          from: named(correction.fromId),
          to: named(correction.toId),
        },
      };
  }
}
