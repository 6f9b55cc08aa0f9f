// Moved: the contract is grouped by domain now (articles.ts, values.ts, search.ts). This file only
// keeps old import paths compiling until they are rewritten; import from the domain files.
export {
  articleFilterSchema,
  articleListItemSchema,
  articleSortSchema,
  searchMatchSchema,
  type ArticleFilter,
  type ArticleListItem,
  type ArticleSort,
} from './articles';
export { MAX_VALUES_PER_BATCH, valueStateInputSchema, valueStateOutputSchema } from './values';
export type { SavedSearch } from './search';
