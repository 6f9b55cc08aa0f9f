import type { ArticleFilter } from '../../shared/contract/articles';
import { ApiError } from '../../shared/contract/errors';
import type { Profile } from '../../shared/contract/profiles';
import { articleFilterSql } from '../database/article-filter';
import { appendAuditRows } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { findProfile } from '../database/profiles-repository';
import { statement } from '../database/statement-cache';

export interface AssignInput {
  assigneeId: number | null;
  articleIds?: number[] | undefined;
  filter?: ArticleFilter | undefined;
}

/** Which articles, as a subquery over `articles a` with named parameters. */
function selection(
  db: ProjectDatabase,
  input: AssignInput,
): { sql: string; params: Record<string, string | number> } {
  if (input.articleIds) {
    const ids = JSON.stringify([...new Set(input.articleIds)]);
    const missing = statement(
      db,
      'SELECT j.value AS id FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM articles WHERE id = j.value) LIMIT 5',
    ).all(ids) as { id: number }[];
    if (missing.length) {
      throw new ApiError(
        'not-found',
        `There is no article ${missing.map((m) => m.id).join(', ')} in this project; nothing was assigned.`,
      );
    }
    return { sql: 'SELECT value FROM json_each(@ids)', params: { ids } };
  }
  const filter = articleFilterSql(input.filter ?? {});
  return { sql: `SELECT a.id FROM articles a ${filter.where}`, params: filter.params };
}

/**
 * Assigns articles to a profile (`null` unassigns): the listed ones or all matching a filter.
 * Reviewers and admins hand work out (access-rules.ts checks the role). Articles already
 * with that assignee are left alone and not counted. The audit rows (one per article) and the
 * change are written in one transaction; the change is one set-based UPDATE.
 */
export function assignArticles(
  db: ProjectDatabase,
  input: AssignInput,
  profile: Profile,
): { count: number } {
  return db.transaction(() => {
    let assigneeName: string | null = null;
    if (input.assigneeId !== null) {
      const assignee = findProfile(db, input.assigneeId);
      if (!assignee) {
        throw new ApiError('not-found', `There is no profile ${input.assigneeId} in this project.`);
      }
      if (assignee.retired) {
        throw new ApiError(
          'conflict',
          `${assignee.name} is retired: articles cannot be assigned to them.`,
        );
      }
      assigneeName = assignee.name;
    }
    const chosen = selection(db, input);
    const at = new Date().toISOString();
    const changing = `FROM articles x WHERE x.id IN (${chosen.sql}) AND x.assignee_id IS NOT @assignee`;
    const reassigned = statement(
      db,
      `SELECT x.id, x.assignee_id AS assigneeId ${changing} ORDER BY x.id`,
    ).all({ ...chosen.params, assignee: input.assigneeId }) as {
      id: number;
      assigneeId: number | null;
    }[];
    // One chained audit row per article, appended together (the chain hashed in memory).
    appendAuditRows(
      db,
      reassigned.map((article) => ({
        actor: profile.name,
        entity: 'article',
        entityId: article.id,
        action: 'assign',
        before: { assigneeId: article.assigneeId },
        after: { assigneeId: input.assigneeId, assigneeName },
      })),
      at,
    );
    const { changes } = statement(
      db,
      `UPDATE articles SET assignee_id = @assignee
       WHERE id IN (SELECT x.id ${changing})`,
    ).run({ ...chosen.params, assignee: input.assigneeId });
    return { count: changes };
  })();
}
