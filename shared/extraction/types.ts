import type { ExtractorDeclaration, Field, FieldSchema } from '../schema';
import type { ArticleText } from './article-text';
import type { SourceSpan } from './source-span';
import type { ArticleWords } from './words';

export type { SourceSpan } from './source-span';

/**
 * A value an extractor proposes for a field. The curator accepts, edits or rejects it; the spans
 * say where in the original document it was read.
 */
export interface Suggestion {
  field: string;
  /** The normalised JSON value (see values.ts for each type's shape). */
  value: unknown;
  /** The source text of the first span as written in the document (line breaks included). */
  raw: string;
  /** Every place the value was read, in document order; never empty. */
  spans: SourceSpan[];
  /** Id of the extractor that proposed it, e.g. 'rule:money@1'. */
  extractor: string;
  /** In [0, 1]; see confidence.ts for the scale. */
  confidence: number;
}

export interface ArticleDate {
  year: number;
  month?: number;
  day?: number;
}

export interface ExtractionContext {
  article: ArticleText;
  /** Words of `article.text` around a given offset, from the installed segmenter (words.ts). */
  words: ArticleWords;
  schema: FieldSchema;
  /**
   * The running extractor's outputs that non-retired fields of the schema take, by output name,
   * with the field taking each. Suggestions carry the output name; the engine renames them to the
   * field's key.
   */
  fields: ReadonlyMap<string, Field>;
  title: string | null;
  kicker: string | null;
  articleDate?: ArticleDate;
  /** Shared analyses (institution mentions, the hospital…) computed once per article. */
  memo<T>(key: string, compute: () => T): T;
}

/**
 * A rule: its declaration (id, the outputs it yields with their kinds, the schema options it
 * reads; shared/schema/mapping.ts) and its code. `id` is `rule:<name>@<version>`: bump the version
 * whenever its output for a given text changes. It only fills the outputs the schema maps.
 */
export interface Extractor extends ExtractorDeclaration {
  run(ctx: ExtractionContext): Suggestion[];
}
