import type { ArticleStatus } from '../../shared/contract/domain';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const ofValues = prepare<[valueIdsJson: string], { id: number }>(
  `SELECT DISTINCT article_id AS id FROM field_values
    WHERE id IN (SELECT value FROM json_each(?)) ORDER BY article_id`,
);

/** The articles a set of values belong to (values that do not exist are left out). */
export function articlesOfValues(db: ProjectDatabase, valueIds: readonly number[]): number[] {
  if (valueIds.length === 0) return [];
  return ofValues.all(db, JSON.stringify(valueIds)).map((r) => r.id);
}

const ofDocument = prepare<[documentId: number], { id: number }>(
  'SELECT id FROM articles WHERE document_id = ? ORDER BY id',
);

/** The articles cut from one document. */
export function articlesOfDocument(db: ProjectDatabase, documentId: number): number[] {
  return ofDocument.all(db, documentId).map((r) => r.id);
}

const correctionPage = prepare<[auditId: number], { id: number }>(
  `SELECT a.id FROM audit c JOIN articles a ON a.document_id = c.entity_id
    WHERE c.id = ? AND c.entity = 'document' ORDER BY a.id`,
);

/** The articles now cut from the page a segmentation correction (an audit row) changed. */
export function articlesOfCorrection(db: ProjectDatabase, correctionId: number): number[] {
  return correctionPage.all(db, correctionId).map((r) => r.id);
}

/** An article's state as the access rules see it. */
export interface ArticleAccess {
  id: number;
  title: string | null;
  status: ArticleStatus;
  assigneeId: number | null;
  assigneeName: string | null;
}

const accessOf = prepare<[articleIdsJson: string], ArticleAccess>(
  `SELECT a.id, a.title, a.status, a.assignee_id AS assigneeId, p.name AS assigneeName
     FROM articles a LEFT JOIN profiles p ON p.id = a.assignee_id
    WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`,
);

/** Each existing article's status and assignee (articles that do not exist are left out). */
export function articleStatuses(
  db: ProjectDatabase,
  articleIds: readonly number[],
): ArticleAccess[] {
  if (articleIds.length === 0) return [];
  return accessOf.all(db, JSON.stringify(articleIds));
}

const lastSubmit = prepare<[articleId: number], { actor: string }>(
  `SELECT actor FROM audit
    WHERE entity = 'article' AND entity_id = ? AND action = 'transition'
      AND json_extract(after, '$.action') = 'submit'
    ORDER BY id DESC LIMIT 1`,
);

const lastValueChange = prepare<[{ a: number }], { actor: string }>(
  `SELECT actor FROM audit WHERE id = (
     SELECT max(id) FROM (
       SELECT id FROM audit WHERE entity = 'value' AND json_extract(after, '$.article') = @a
       UNION ALL
       SELECT id FROM audit WHERE entity = 'value' AND json_extract(before, '$.article') = @a))`,
);

/**
 * Who curated the article last, from the audit log: the profile that last submitted it and the
 * one that last changed one of its values (either may be missing). Value rows name their article
 * in `after`, or in `before` when the value was removed (see audit-queries.ts).
 */
export function lastCuratorsOf(
  db: ProjectDatabase,
  articleId: number,
): { submittedBy: string | null; lastValueChangeBy: string | null } {
  const submit = lastSubmit.get(db, articleId);
  const change = lastValueChange.get(db, { a: articleId });
  return { submittedBy: submit?.actor ?? null, lastValueChangeBy: change?.actor ?? null };
}

const searchOwnerByName = prepare<[name: string], { createdBy: string }>(
  'SELECT created_by AS createdBy FROM saved_searches WHERE name = ?',
);
const searchOwnerById = prepare<[id: number], { name: string; createdBy: string }>(
  'SELECT name, created_by AS createdBy FROM saved_searches WHERE id = ?',
);

/** Who made the saved search of this name or id (none when there is no such search). */
export function savedSearchOwner(
  db: ProjectDatabase,
  search: { name: string } | { id: number },
): { name: string; createdBy: string } | undefined {
  if ('id' in search) return searchOwnerById.get(db, search.id);
  const row = searchOwnerByName.get(db, search.name);
  return row && { name: search.name, createdBy: row.createdBy };
}

const threadArticle = prepare<[commentId: number], { articleId: number }>(
  'SELECT article_id AS articleId FROM comments WHERE id = ?',
);

/** The article a comment thread is on (none for an unknown thread: the service names it). */
export function articleOfThread(db: ProjectDatabase, threadId: number): number[] {
  const row = threadArticle.get(db, threadId);
  return row ? [row.articleId] : [];
}
