import type { ArticleStatus } from '../../../shared/contract/domain';

/** The same colour for a status everywhere: the workflow bar, the list and the dashboard. */
export const statusColors: Record<ArticleStatus, string> = {
  new: 'gray',
  in_progress: 'blue',
  submitted: 'yellow',
  approved: 'green',
  changes_requested: 'red',
};
