import type { ValueForExport } from '../../shared/export/canonical-record';
import type { CodePointRange } from '../../shared/text/codepoints';
import {
  exportArticles,
  exportRanges,
  exportValues,
  type ExportArticleRow,
  type ExportValueTuple,
} from '../database/export-queries';
import type { ProjectDatabase } from '../database/open-project';

/**
 * How many articles an export reads per query. One article per query cost about twice the CPU
 * of the whole export's bare SELECT; a window reads the same rows in three statements while
 * holding only its own articles' values in memory. Records of 10,000 articles, CPU seconds by
 * window (bench/export-bench.ts's project, in turns, load 6-12): 1 article 2.9-4.4, 50
 * 2.2-3.3, 100 2.1-2.7, 200 2.3-2.9, 500 2.6-4.1. Past a hundred, a window's values outlive
 * the collector's young generation and are copied into the old one.
 */
export const EXPORT_WINDOW = 100;

/** An article of a window, with what its record is built from. */
export interface WindowArticle {
  article: ExportArticleRow;
  ranges: CodePointRange[];
  values: ValueForExport[];
}

/** Each article's values with their spans, in the order they are exported. */
function valuesByArticle(
  db: ProjectDatabase,
  ids: readonly number[],
): Map<number, ValueForExport[]> {
  const byArticle = new Map<number, ValueForExport[]>();
  for (const [articleId, json] of exportValues(db, ids)) {
    const tuples = JSON.parse(json) as ExportValueTuple[];
    byArticle.set(
      articleId,
      tuples.map(([fieldKey, value, raw, origin, confidence, state, spans]) => ({
        fieldKey,
        value,
        raw,
        origin,
        confidence,
        state,
        spans: spans.map(([start, end, text]) => ({ start, end, text })),
      })),
    );
  }
  return byArticle;
}

function rangesByArticle(
  db: ProjectDatabase,
  ids: readonly number[],
): Map<number, CodePointRange[]> {
  const byArticle = new Map<number, CodePointRange[]>();
  for (const [articleId, start, end] of exportRanges(db, ids)) {
    let ranges = byArticle.get(articleId);
    if (!ranges) {
      ranges = [];
      byArticle.set(articleId, ranges);
    }
    ranges.push({ start, end });
  }
  return byArticle;
}

/**
 * The articles of one window, in the order of `ids`; an article deleted since the ids were
 * taken is left out. Three queries, whatever the window's length.
 */
export function readExportWindow(db: ProjectDatabase, ids: readonly number[]): WindowArticle[] {
  const articles = new Map(exportArticles(db, ids).map((row) => [row.id, row]));
  const ranges = rangesByArticle(db, ids);
  const values = valuesByArticle(db, ids);
  const window: WindowArticle[] = [];
  for (const id of ids) {
    const article = articles.get(id);
    if (!article) continue;
    window.push({ article, ranges: ranges.get(id) ?? [], values: values.get(id) ?? [] });
  }
  return window;
}
