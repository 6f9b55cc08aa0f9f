import type { ArticleStatus } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { Profile, Role } from '../../shared/contract/profiles';
import type { WorkflowAction } from '../../shared/contract/articles';
import {
  articleWorkflowRow,
  writeArticleStatus,
  type ArticleWorkflowRow,
} from '../database/article-workflow-repository';
import { revisionedWrite } from '../database/audited-write';
import type { CommentKind } from '../database/comments-repository';
import type { ProjectDatabase } from '../database/open-project';
import { recordComment, requireValueOfArticle } from './comments';

interface Rule {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  roles: readonly Role[];
  /** What the action is called in messages. */
  verb: string;
  commentKind: CommentKind;
  commentRequired?: boolean;
}

/**
 * The review workflow. A curator may submit straight from `new` or `changes_requested` (an article
 * can need no change), only reviewers approve, request changes or reopen, and an approved article
 * stays read-only until a reviewer reopens it. Admins may do everything.
 */
export const workflowRules: Record<WorkflowAction, Rule> = {
  start: {
    from: ['new', 'changes_requested'],
    to: 'in_progress',
    roles: ['curator', 'reviewer', 'admin'],
    verb: 'start work on',
    commentKind: 'comment',
  },
  submit: {
    from: ['new', 'in_progress', 'changes_requested'],
    to: 'submitted',
    roles: ['curator', 'admin'],
    verb: 'submit',
    commentKind: 'comment',
  },
  approve: {
    from: ['submitted'],
    to: 'approved',
    roles: ['reviewer', 'admin'],
    verb: 'approve',
    commentKind: 'approved',
  },
  requestChanges: {
    from: ['submitted'],
    to: 'changes_requested',
    roles: ['reviewer', 'admin'],
    verb: 'request changes to',
    commentKind: 'changes_requested',
    commentRequired: true,
  },
  reopen: {
    from: ['approved'],
    to: 'in_progress',
    roles: ['reviewer', 'admin'],
    verb: 'reopen',
    commentKind: 'reopened',
  },
};

export interface TransitionInput {
  articleId: number;
  revision: number;
  action: WorkflowAction;
  comment?: string | undefined;
  valueId?: number | undefined;
}

/**
 * Moves an article one step through the workflow. Refused when the profile's role may not take
 * the step, when the article is not in a status it starts from, or when the caller's revision is
 * stale (someone changed the article since they looked). The step, and its comment, are one
 * transaction with the audit row.
 */
export function transitionArticle(
  db: ProjectDatabase,
  input: TransitionInput,
  profile: Profile,
): { id: number; status: ArticleStatus; revision: number } {
  const rule = workflowRules[input.action];
  return revisionedWrite(
    db,
    profile.name,
    {
      load: () => {
        const article = articleWorkflowRow(db, input.articleId);
        if (!article) {
          throw apiError('article-missing', { articleId: input.articleId });
        }
        return article;
      },
      seen: input.revision,
      subject: (article) => ({ name: nameOf(article), reload: 'Reload it to see the change.' }),
      guard: (article) => {
        if (!rule.roles.includes(profile.role)) {
          throw apiError('workflow-role', {
            roles: rule.roles.join(','),
            verb: rule.verb,
            action: input.action,
            article: nameOf(article),
            articleId: article.id,
            name: profile.name,
            role: profile.role,
          });
        }
      },
    },
    (article, write) => {
      refuseInvalidStep(db, rule, article, input);
      const revision = article.revision + 1;
      writeArticleStatus(db, article.id, { status: rule.to, revision }, write.at);
      if (input.comment !== undefined) {
        const comment = { body: input.comment, kind: rule.commentKind };
        recordComment(
          db,
          { articleId: article.id, valueId: input.valueId ?? null, ...comment },
          profile.name,
          write.at,
        );
      }
      write.audit({
        entity: 'article',
        entityId: article.id,
        action: 'transition',
        before: { status: article.status, revision: article.revision },
        after: {
          status: rule.to,
          action: input.action,
          ...(input.comment !== undefined ? { comment: input.comment } : {}),
          ...(input.valueId !== undefined ? { value: input.valueId } : {}),
        },
      });
      return { id: article.id, status: rule.to, revision };
    },
  );
}

function nameOf(article: ArticleWorkflowRow): string {
  return article.title ? `article ${article.id} (${article.title})` : `article ${article.id}`;
}

/** The step must start from the article's status, with the comment (and value) it needs. */
function refuseInvalidStep(
  db: ProjectDatabase,
  rule: Rule,
  article: ArticleWorkflowRow,
  input: TransitionInput,
): void {
  const named = nameOf(article);
  if (!rule.from.includes(article.status)) {
    throw apiError('workflow-wrong-status', {
      verb: rule.verb,
      action: input.action,
      article: named,
      articleId: article.id,
      status: article.status,
      statuses: rule.from.join(','),
    });
  }
  if (rule.commentRequired && input.comment === undefined) {
    throw apiError('comment-required', { article: named, articleId: article.id }, [
      'comment: required to request changes',
    ]);
  }
  if (input.valueId !== undefined) {
    if (input.comment === undefined) {
      throw apiError('value-needs-comment', {}, ['valueId: give a comment about the value']);
    }
    requireValueOfArticle(db, input.valueId, article.id);
  }
}
