import type { ArticleFilter } from '../../shared/contract/articles';
import { apiError } from '../../shared/contract/error-messages';
import type { Profile } from '../../shared/contract/profiles';
import {
  articlesToReassign,
  missingArticleIds,
  reassignArticles,
  type ArticleSelection,
} from '../database/assignment-repository';
import { appendAuditRows } from '../database/audit-repository';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { findProfile } from '../database/profiles-repository';

export interface AssignInput {
  assigneeId: number | null;
  articleIds?: number[] | undefined;
  filter?: ArticleFilter | undefined;
}

/** The listed articles must all exist; a filter may match none. */
function selectionOf(db: ProjectDatabase, input: AssignInput): ArticleSelection {
  if (!input.articleIds) return { filter: input.filter };
  const missing = missingArticleIds(db, input.articleIds);
  if (missing.length) {
    throw apiError('articles-missing-nothing-assigned', { articleIds: missing.join(', ') });
  }
  return { articleIds: input.articleIds };
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
  return inWriteTransaction(db, () => {
    const at = new Date().toISOString();
    let assigneeName: string | null = null;
    if (input.assigneeId !== null) {
      const assignee = findProfile(db, input.assigneeId);
      if (!assignee) {
        throw apiError('profile-missing', { profileId: input.assigneeId });
      }
      if (assignee.retired) {
        throw apiError('assignee-retired', { name: assignee.name });
      }
      assigneeName = assignee.name;
    }
    const chosen = selectionOf(db, input);
    const reassigned = articlesToReassign(db, chosen, input.assigneeId);
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
    const changes = reassignArticles(db, chosen, input.assigneeId);
    return { count: changes };
  });
}
