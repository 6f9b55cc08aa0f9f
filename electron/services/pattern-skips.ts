import type { SkippedPattern } from '../../shared/extraction/rules/patterns';

/**
 * A field pattern extraction skipped because it ran over its time budget (pattern-guard.ts):
 * the job's report names it, its field, how many articles it was not run on and the first of
 * them, starting with the one it ran over on. Before (fifth sweep), a pattern that passed the
 * trial when its schema was saved and then ran away on a later article was skipped from there
 * on with no word in the import's report or the window's.
 */
export interface PatternSkip {
  field: string;
  pattern: string;
  /** Articles the pattern was not run on. */
  articles: number;
  /** The first of them (at most EXAMPLES), in extraction order, named by their page. */
  examples: { articleId: number; name: string }[];
}

const EXAMPLES = 5;

/** Adds an article's skipped patterns to `list` (one entry per field and pattern). */
export function notePatternSkips(
  list: PatternSkip[],
  articleId: number,
  skipped: readonly SkippedPattern[] | undefined,
  nameOf: (articleId: number) => string,
): void {
  for (const { field, pattern } of skipped ?? []) {
    let entry = list.find((e) => e.field === field && e.pattern === pattern);
    if (!entry) list.push((entry = { field, pattern, articles: 0, examples: [] }));
    entry.articles++;
    if (entry.examples.length < EXAMPLES)
      entry.examples.push({ articleId, name: nameOf(articleId) });
  }
}

/** Adds `more` (a later phase's skips) to `list`. */
export function addPatternSkips(list: PatternSkip[], more: readonly PatternSkip[]): void {
  for (const skip of more) {
    const entry = list.find((e) => e.field === skip.field && e.pattern === skip.pattern);
    if (!entry) {
      list.push({ ...skip, examples: [...skip.examples] });
      continue;
    }
    entry.articles += skip.articles;
    entry.examples.push(...skip.examples.slice(0, EXAMPLES - entry.examples.length));
  }
}

/** One line per skipped pattern, for the command line and the job's report. */
export function describePatternSkip(skip: PatternSkip): string {
  const names = skip.examples.map((e) => `${e.name} (article ${e.articleId})`).join(', ');
  const more =
    skip.articles > skip.examples.length
      ? `, and ${skip.articles - skip.examples.length} more`
      : '';
  return `the pattern "${skip.pattern}" of the field "${skip.field}" ran over its time budget and was skipped on ${skip.articles} article(s): ${names}${more}`;
}
