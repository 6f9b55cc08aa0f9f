import type { ArticleDetail, ArticleSummary } from '../../shared/contract/domain';
import type { ArticleFilter, ArticleListItem, ArticleSort } from '../../shared/contract/articles';
import { apiError } from '../../shared/contract/error-messages';
import { CodePointIndex, type CodePointRange } from '../../shared/text/codepoints';
import { pageOfArticleIds } from './list-paging';
import { marksOfDocument } from './marks-repository';
import { parseOffSubject } from './subject-relevance';
import type { ProjectDatabase } from './open-project';
import { flushSearchIndex } from './search-index';
import { searchListPage } from './search-list';
import { searchMatchesOf } from './search-snippet-source';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';
import { NEXT_ARTICLE_ID } from './row-ids';

export { SEARCH_LIST_CAP } from './search-list';

export interface NewArticle {
  documentId: number;
  ordinal: number;
  title: string | null;
  kicker?: string | null;
  signals?: string[];
  ranges: CodePointRange[];
}

export function insertArticle(db: ProjectDatabase, article: NewArticle, at: string): number {
  // The row carries its copy of the document name from the start (what migration 14's insert
  // trigger would write), so the trigger finds nothing to change: no second write of the row
  // and of the three list indexes that lead with the name.
  const id = Number(
    statement(
      db,
      `INSERT INTO articles (id, document_id, ordinal, title, kicker, signals, created_at, updated_at,
                             document_name)
         VALUES (${NEXT_ARTICLE_ID}, ?, ?, ?, ?, ?, ?, ?, (SELECT name FROM documents WHERE id = ?))`,
    ).run(
      article.documentId,
      article.ordinal,
      article.title,
      article.kicker ?? null,
      article.signals?.length ? JSON.stringify(article.signals) : null,
      at,
      at,
      article.documentId,
    ).lastInsertRowid,
  );
  const insertRange = statement(
    db,
    'INSERT INTO article_ranges (article_id, start, end) VALUES (?, ?, ?)',
  );
  for (const range of article.ranges) insertRange.run(id, range.start, range.end);
  return id;
}

const summaryColumns = `
  a.id AS id, a.document_id AS documentId, d.name AS documentName, a.ordinal AS ordinal,
  a.title AS title, a.status AS status,
  EXISTS (SELECT 1 FROM document_marks m JOIN article_ranges r ON r.article_id = a.id
          WHERE m.document_id = a.document_id AND m.kind = 'repeat' AND m.start < r.end AND m.end > r.start) AS flagged,
  (SELECT coalesce(sum(r.end - r.start), 0) FROM article_ranges r WHERE r.article_id = a.id) AS length,
  a.off_subject AS offSubject`;

/**
 * The list's columns read the article row alone: its copy of the document name (migration 14)
 * and its length kept by triggers (migration 12), so a page does not read 200 documents rows
 * (each holding its page's text) and every article's ranges.
 */
const listColumns = `
  a.id AS id, a.document_id AS documentId, a.document_name AS documentName, a.ordinal AS ordinal,
  a.title AS title, a.status AS status,
  EXISTS (SELECT 1 FROM document_marks m JOIN article_ranges r ON r.article_id = a.id
          WHERE m.document_id = a.document_id AND m.kind = 'repeat' AND m.start < r.end AND m.end > r.start) AS flagged,
  a.text_length AS length, a.off_subject AS offSubject,
  a.assignee_id AS assigneeId, (SELECT p.name FROM profiles p WHERE p.id = a.assignee_id) AS assigneeName,
  a.updated_at AS updatedAt,
  (SELECT count(*) FROM comments c
    WHERE c.article_id = a.id AND c.reply_to IS NULL AND c.resolved_at IS NULL) AS openComments`;

export interface ListArticlesQuery extends ArticleFilter {
  offset: number;
  limit: number;
  sort?: ArticleSort | undefined;
  descending?: boolean | undefined;
}

/**
 * One page of the article list: the filter (shared with exports and bulk assignment), the sort,
 * and for a search each item's `match`. The page's ids are chosen first and only their columns
 * computed, so the cost of a page does not grow with the articles around it.
 */
export function listArticles(
  db: ProjectDatabase,
  query: ListArticlesQuery,
  options: { searchCap?: number } = {},
): { items: ArticleListItem[]; total: number; totalCapped: boolean } {
  const { offset, limit, sort = 'document', descending = false, ...filter } = query;
  const search = filter.query?.trim();
  // Index what changed since the last search first (snippets are read from the search rows).
  // A bounded amount, never waiting for an import job that is writing: this runs on the app's
  // main thread, and the filter and snippets handle articles still queued.
  if (search) flushSearchIndex(db, { limit: LIST_FLUSH_LIMIT, wait: false });
  const { ids, total, totalCapped } = search
    ? searchListPage(
        db,
        { ...filter, query: search },
        { sort, descending, offset, limit },
        options.searchCap,
      )
    : { ...pageOfArticleIds(db, { filter, sort, descending, offset, limit }), totalCapped: false };
  const rows = listRowsOf.all(db, { ids: JSON.stringify(ids) });
  const matches = search ? searchMatchesOf(db, ids, search) : null;
  return {
    items: rows.map((i) => ({
      ...i,
      flagged: i.flagged === 1,
      offSubject: parseOffSubject(i.offSubject),
      match: matches?.get(i.id) ?? null,
    })),
    total,
    totalCapped,
  };
}

const listRowsOf = prepare<
  [{ ids: string }],
  Omit<ArticleListItem, 'flagged' | 'match' | 'offSubject'> & {
    flagged: number;
    offSubject: string | null;
  }
>(`SELECT ${listColumns} FROM json_each(@ids) j JOIN articles a ON a.id = j.value ORDER BY j.key`);

/** About a second of indexing: more is left queued for the next search (or the next import). */
const LIST_FLUSH_LIMIT = 1000;

const articleCount = prepare<[], { n: number }>('SELECT count(*) AS n FROM articles');

export function countArticles(db: ProjectDatabase): number {
  return articleCount.get(db)!.n;
}

type StoredArticleRow = Omit<ArticleSummary, 'flagged' | 'offSubject'> & {
  flagged: number;
  offSubject: string | null;
  revision: number;
  encoding: string;
  documentText: string;
  kicker: string | null;
  signals: string | null;
};

const storedArticle = prepare<[articleId: number], StoredArticleRow>(
  `SELECT ${summaryColumns}, a.revision AS revision, d.encoding AS encoding, d.text AS documentText,
            a.kicker AS kicker, a.signals AS signals
     FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id = ?`,
);

const rangesOfArticle = prepare<[articleId: number], CodePointRange>(
  'SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start',
);

export function getArticle(db: ProjectDatabase, id: number): ArticleDetail {
  const row = storedArticle.get(db, id);
  if (!row) throw apiError('article-missing', { articleId: id });
  const ranges = rangesOfArticle.all(db, id);
  const index = new CodePointIndex(row.documentText);
  const { documentText: _documentText, signals, flagged, offSubject, ...summary } = row;
  const marks = marksOfDocument(db, row.documentId)
    .filter((m) => ranges.some((r) => m.start < r.end && m.end > r.start))
    .map(({ kind, start, end, reason }) => ({ kind, start, end, reason }));
  return {
    ...summary,
    flagged: flagged === 1,
    offSubject: parseOffSubject(offSubject),
    signals: signals ? (JSON.parse(signals) as string[]) : [],
    marks,
    ranges,
    segments: ranges.map((r) => ({
      start: r.start,
      end: r.end,
      text: index.slice(r.start, r.end),
    })),
  };
}
