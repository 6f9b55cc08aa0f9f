import type { ArticleFilter } from '../../../shared/contract/articles';
import { useArticlesStore } from '../articles/articles-store';

/** The filter the article list shows now: bulk assignment selects exactly those articles. */
export function currentListFilter(): ArticleFilter {
  return useArticlesStore.getState().filter;
}
