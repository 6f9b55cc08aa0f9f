import {
  articleFilterSchema,
  type ArticleFilter,
} from '../../../shared/contract/curation-contract';
import { useArticlesStore } from '../articles/articles-store';

/**
 * The filter the article list shows now, read from the articles store (owned by the list's
 * feature). Anything that is not a valid filter counts as "no filter": all articles.
 */
export function currentListFilter(): ArticleFilter {
  const state: object = useArticlesStore.getState();
  if (!('filter' in state)) return {};
  const parsed = articleFilterSchema.safeParse(state.filter);
  return parsed.success ? parsed.data : {};
}
