import type { ArticleFilter } from '../../../shared/contract/articles';

/** Filters other than the search text that narrow the list (the badge on the filter button). */
export function activeFilterCount(filter: ArticleFilter): number {
  let count = 0;
  if (filter.status !== undefined) count++;
  if (filter.assigneeId !== undefined) count++;
  if (filter.fieldMissing !== undefined) count++;
  if (filter.fieldPresent !== undefined) count++;
  if (filter.flaggedOnly) count++;
  if (filter.openComments) count++;
  if (filter.subject !== undefined) count++;
  return count;
}

export function isFiltered(filter: ArticleFilter): boolean {
  return activeFilterCount(filter) > 0 || Boolean(filter.query);
}
