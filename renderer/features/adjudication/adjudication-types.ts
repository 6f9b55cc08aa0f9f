import type { MethodOutput } from '../../../shared/contract/contract';

/** An article as the adjudication view reads it (its ranges' text in document offsets). */
export type ArticleDetailDto = MethodOutput<'articles.get'>;
