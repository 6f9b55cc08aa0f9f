import { apiError } from '../../shared/contract/error-messages';
import { ArticleText } from '../../shared/extraction/article-text';
import { patternMatches } from '../../shared/extraction/learned';
import { patternTimedOut } from '../../shared/extraction/rules/pattern-runner';
import { fieldSchema, issueWithoutWords, type FieldPattern } from '../../shared/schema';
import {
  allArticleIdsInPageOrder,
  articleSource,
  rangesOfArticle,
  textOfDocument,
} from '../database/article-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { guardFieldPatterns, PATTERN_BUDGET_MS } from './pattern-guard';

// The preview runs on the app's main thread: a runaway pattern must not hold it.
guardFieldPatterns();

/** One article's hit, as the editor lists it: the value and its exact spans. */
export interface PatternHit {
  articleId: number;
  title: string | null;
  value: unknown;
  spans: { start: number; end: number; text: string }[];
}

export interface PatternPreview {
  /** Articles gone through (the first ones in page order, within the time and count limits). */
  articlesScanned: number;
  articlesTotal: number;
  articlesWithHits: number;
  hits: number;
  samples: PatternHit[];
}

/** A preview stops after this many articles or this long, whichever comes first. */
const MAX_ARTICLES = 5000;
const MAX_MS = 2000;
const SAMPLES = 20;

/**
 * A field's patterns run over the project's articles as extraction would run them, before the
 * schema is saved: how many values they find, in how many articles, and the first hits with
 * their spans. Patterns that do not compile or name no group are refused, named.
 */
export function previewPatterns(
  db: ProjectDatabase,
  input: { fieldKey: string; patterns: FieldPattern[] },
): PatternPreview {
  const field = activeSchema(db).fields.find((f) => f.key === input.fieldKey);
  if (!field) {
    throw apiError('pattern-field-missing', { fieldKey: input.fieldKey }, [
      `fieldKey: unknown field ${JSON.stringify(input.fieldKey)}`,
    ]);
  }
  const candidate = { ...field, patterns: input.patterns };
  const checked = fieldSchema.safeParse(candidate);
  if (!checked.success) {
    const { issues } = checked.error;
    const problems = issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    // Without words too, so the Chinese window says each problem in Chinese.
    const issueList = issues.map((i) => ({
      field: field.key,
      ...issueWithoutWords(i, candidate),
    }));
    throw apiError(
      'patterns-invalid',
      { problems: problems.join('\n'), issueList: JSON.stringify(issueList) },
      problems,
    );
  }
  const ids = allArticleIdsInPageOrder(db);
  const preview: PatternPreview = {
    articlesScanned: 0,
    articlesTotal: ids.length,
    articlesWithHits: 0,
    hits: 0,
    samples: [],
  };
  const started = performance.now();
  let page = null as { id: number; text: string } | null;
  for (const articleId of ids) {
    if (preview.articlesScanned >= MAX_ARTICLES || performance.now() - started > MAX_MS) break;
    const source = articleSource(db, articleId);
    if (!source) continue;
    if (page?.id !== source.documentId)
      page = { id: source.documentId, text: textOfDocument(db, source.documentId) };
    const article = new ArticleText(page.text, rangesOfArticle(db, articleId));
    const found = patternMatches(article, field, input.patterns);
    refuseRunaway(field.key, input.patterns, articleId);
    preview.articlesScanned++;
    if (found.length === 0) continue;
    preview.articlesWithHits++;
    preview.hits += found.length;
    for (const s of found) {
      if (preview.samples.length >= SAMPLES) break;
      preview.samples.push({ articleId, title: source.title, value: s.value, spans: s.spans });
    }
  }
  return preview;
}

/** A pattern that ran over its budget on an article is refused, named, like one that fails to compile. */
function refuseRunaway(
  fieldKey: string,
  patterns: readonly FieldPattern[],
  articleId: number,
): void {
  const runaway = patterns.find((p) => patternTimedOut(p.regex));
  if (!runaway) return;
  throw apiError('pattern-too-slow', {
    name: runaway.name,
    fieldKey,
    articleId,
    seconds: PATTERN_BUDGET_MS / 1000,
  });
}
