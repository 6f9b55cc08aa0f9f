import type { ArticleStatus } from '../../../shared/contract/domain';
import type { Profile } from '../../../shared/contract/profiles';
import type { WorkflowAction } from '../../../shared/contract/articles';

/**
 * Which workflow buttons a profile sees for an article in a status. The service checks again;
 * this only keeps impossible buttons off the screen. Without profiles (an older server) every
 * role's buttons show.
 */
export function allowedActions(status: ArticleStatus, profile: Profile | null): WorkflowAction[] {
  const role = profile?.role;
  const curates = role === undefined || role === 'curator' || role === 'admin';
  const reviews = role === undefined || role === 'reviewer' || role === 'admin';
  const actions: WorkflowAction[] = [];
  if (curates && (status === 'new' || status === 'changes_requested')) actions.push('start');
  if (curates && (status === 'new' || status === 'in_progress' || status === 'changes_requested'))
    actions.push('submit');
  if (reviews && status === 'submitted') actions.push('approve', 'requestChanges');
  if (reviews && status === 'approved') actions.push('reopen');
  return actions;
}

/** What Ctrl+Enter does: a reviewer approves a submitted article, a curator submits theirs. */
export function primaryAction(
  status: ArticleStatus,
  profile: Profile | null,
): WorkflowAction | null {
  const actions = allowedActions(status, profile);
  if (actions.includes('approve')) return 'approve';
  if (actions.includes('submit')) return 'submit';
  return null;
}
