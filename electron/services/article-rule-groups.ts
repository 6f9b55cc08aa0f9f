import type { ArticleInput } from '../../shared/extraction';
import type { FieldSchema } from '../../shared/schema';
import { articleSource, rangesOfArticle } from '../database/article-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import type { PageCache } from './page-cache';

/** A stored article read back as the rules take it. */
export interface StoredArticleInput {
  articleId: number;
  input: ArticleInput;
}

/**
 * Code points of document text a group may hold before it is handed to the rules. The rules run
 * over a group's articles together (extractAndJudgeArticles), so every document the group reaches
 * stays in memory until then: without a bound, 200 articles of 200 large single-article pages
 * would hold them all. A page bigger than this is a group of its own (with at most the articles
 * of the one page before it).
 */
export const DOCUMENT_CODE_POINTS_PER_GROUP = 4_000_000;

export interface ArticleGroupRequest {
  db: ProjectDatabase;
  schema: FieldSchema;
  pages: PageCache;
  /** Documents whose cached text was checked in this transaction. */
  checked: Set<number>;
  /** An article to leave out (resuming an import: one another job extracted meanwhile). */
  skip?: ((articleId: number) => boolean) | undefined;
  /** DOCUMENT_CODE_POINTS_PER_GROUP unless a test asks for less. */
  documentCodePoints?: number;
}

/**
 * The articles read for the rules (source, ranges, the page's shared code-point index), in the
 * order given, in groups whose documents together stay under the bound. A group is cut only
 * where the document changes, so a page's articles share one index.
 */
export function* articleRuleGroups(
  request: ArticleGroupRequest,
  articleIds: readonly number[],
): Generator<StoredArticleInput[]> {
  const { db, schema } = request;
  const bound = request.documentCodePoints ?? DOCUMENT_CODE_POINTS_PER_GROUP;
  const taken = new Set<number>();
  let group: StoredArticleInput[] = [];
  let held = 0;
  let lastDocumentId: number | null = null;
  for (const articleId of articleIds) {
    // An id given twice is extracted once: a second time would only replace what the first stored.
    if (taken.has(articleId) || request.skip?.(articleId)) continue;
    const article = articleSource(db, articleId);
    if (!article) continue;
    taken.add(articleId);
    const documentText = request.pages.indexOf(db, article.documentId, request.checked);
    if (article.documentId !== lastDocumentId) {
      if (group.length > 0 && held + documentText.length > bound) {
        yield group;
        group = [];
        held = 0;
      }
      held += documentText.length;
      lastDocumentId = article.documentId;
    }
    group.push({
      articleId,
      input: {
        documentText,
        ranges: rangesOfArticle(db, articleId),
        title: article.title,
        kicker: article.kicker,
        schema,
      },
    });
  }
  if (group.length > 0) yield group;
}
