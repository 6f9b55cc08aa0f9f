import { apiError } from '../../shared/contract/error-messages';
import { ArticleText } from '../../shared/extraction/article-text';
import { patternMatches } from '../../shared/extraction/learned';
import { patternTimedOut, runPattern } from '../../shared/extraction/rules/pattern-runner';
import { fieldSchema, issueWithoutWords, type Field, type FieldPattern } from '../../shared/schema';
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
  // Starts the patterns' thread (pattern-guard.ts) before the preview's own 2 s start counting.
  for (const pattern of input.patterns) runPattern(pattern.regex, '');
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
    refuseRunaway(field.key, input.patterns, article.text.length);
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

/** A pattern that ran over its budget is refused, named, like one that fails to compile. */
function refuseRunaway(
  fieldKey: string,
  patterns: readonly FieldPattern[],
  characters: number,
): void {
  const runaway = patterns.find((p) => patternTimedOut(p.regex));
  if (!runaway) return;
  throw apiError('pattern-too-slow', {
    name: runaway.name,
    fieldKey,
    characters,
    seconds: PATTERN_BUDGET_MS / 1000,
  });
}

/**
 * Ordinary news prose, written for this check: a pattern that backtracks without bound runs
 * over its budget on any such text it does not match, so a schema can be tried before any
 * article is imported.
 */
const TRIAL_TEXT = `星海市第一人民医院2024年3月12日讯\u3000本院现有床位1200张，今年新增床位300张；院长王明表示，医院将投资4100万元建设新的门诊大楼，建筑面积约3.2万平方米，预计明年投入使用。
记者 李静 通讯员 张华\u3000\u3000（编辑：陈 刚）`;

/** Articles a saved pattern is also tried on, the project's first in page order. */
const TRIAL_ARTICLES = 20;

/**
 * A schema about to be saved (Fields…, `gleaner schema import`, a schema chosen at init) whose
 * new or changed patterns run over their budget on the trial text or on one of the project's
 * first articles is refused, naming the pattern, before anything is saved: once saved, such a
 * pattern would only be skipped by extraction (fifth attack sweep).
 */
export function refuseRunawayPatterns(
  db: ProjectDatabase,
  next: { fields: readonly Field[] },
  current: { fields: readonly Field[] } | null,
): void {
  const changed = next.fields.filter(
    (f) =>
      (f.patterns?.length ?? 0) > 0 &&
      JSON.stringify(f.patterns) !==
        JSON.stringify(current?.fields.find((c) => c.key === f.key)?.patterns),
  );
  if (changed.length === 0) return;
  const texts = [
    TRIAL_TEXT,
    ...allArticleIdsInPageOrder(db)
      .slice(0, TRIAL_ARTICLES)
      .map((id) => {
        const source = articleSource(db, id);
        return source
          ? new ArticleText(textOfDocument(db, source.documentId), rangesOfArticle(db, id)).text
          : '';
      }),
  ];
  for (const field of changed)
    for (const text of texts) {
      for (const pattern of field.patterns ?? []) runPattern(pattern.regex, text);
      refuseRunaway(field.key, field.patterns ?? [], text.length);
    }
}
