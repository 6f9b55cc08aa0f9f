import type { Field, FieldPattern } from '../../schema';
import type { ArticleText } from '../article-text';
import { runFieldPatterns } from '../rules/patterns';
import type { Suggestion } from '../types';
import { ArticleWords } from '../words';

/**
 * What a field's patterns find in one article, exactly as extraction runs them
 * (rules/patterns.ts), for the pattern editor's preview before the schema is saved.
 */
export function patternMatches(
  article: ArticleText,
  field: Field,
  patterns: readonly FieldPattern[],
): Suggestion[] {
  const withPatterns: Field = { ...field, patterns: [...patterns] };
  return runFieldPatterns(
    {
      article,
      words: new ArticleWords(article.text),
      schema: { id: 'preview', version: 1, fields: [withPatterns] },
      fields: new Map([[field.key, withPatterns]]),
      title: null,
      kicker: null,
      memo: <T>(_key: string, compute: () => T) => compute(),
    },
    withPatterns,
  );
}
