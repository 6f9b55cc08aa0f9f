import type { ValueForExport } from '../../shared/export/canonical-record';
import type { CodePointRange } from '../../shared/text/codepoints';
import {
  exportArticles,
  exportRanges,
  exportSpans,
  exportValues,
  type ExportArticleRow,
} from '../database/export-queries';
import type { ProjectDatabase } from '../database/open-project';

/**
 * How many articles an export reads per query. Per-article queries cost about twice the CPU of
 * the whole export's bare SELECT; a window of this size reads the same rows in three statements
 * while holding only its own articles' values in memory (about 30 values an article).
 */
export const EXPORT_WINDOW = 500;

/** An article of a window, with what its record is built from. */
export interface WindowArticle {
  article: ExportArticleRow;
  ranges: CodePointRange[];
  values: ValueForExport[];
}

type Span = ValueForExport['spans'][number];

function spansByValue(db: ProjectDatabase, ids: readonly number[]): Map<number, Span[]> {
  const byValue = new Map<number, Span[]>();
  for (const [valueId, start, end, text] of exportSpans(db, ids)) {
    let spans = byValue.get(valueId);
    if (!spans) {
      spans = [];
      byValue.set(valueId, spans);
    }
    spans.push({ start, end, text });
  }
  return byValue;
}

/** The values of each article, with their spans (rows come ordered by article). */
function valuesByArticle(
  db: ProjectDatabase,
  ids: readonly number[],
): Map<number, ValueForExport[]> {
  const spans = spansByValue(db, ids);
  const byArticle = new Map<number, ValueForExport[]>();
  let values: ValueForExport[] = [];
  let articleId = -1;
  for (const [
    rowArticleId,
    valueId,
    fieldKey,
    value,
    raw,
    origin,
    confidence,
    state,
  ] of exportValues(db, ids)) {
    if (rowArticleId !== articleId) {
      articleId = rowArticleId;
      values = [];
      byArticle.set(articleId, values);
    }
    values.push({
      fieldKey,
      value: JSON.parse(value) as unknown,
      raw,
      origin,
      confidence,
      state,
      spans: spans.get(valueId) ?? [],
    });
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
 * taken is left out. Four queries, whatever the window's length.
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
