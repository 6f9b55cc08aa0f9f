import {
  canonicalJson,
  type ArticleExtraction as ExtractedArticle,
  type ArticleInput,
  type Suggestion,
} from '../../shared/extraction';
import { ArticleText } from '../../shared/extraction/article-text';
import { joinLearned, type LearnedMatcher } from '../../shared/extraction/learned';
import { subjectOf, type FieldSchema } from '../../shared/schema';
import { valueShapeProblem } from '../../shared/values/value-shape';
import { appendAudit } from '../database/audit-repository';
import type { NewAuditRow } from '../database/audit-row';
import {
  allArticleIdsInPageOrder,
  articleIdsOfDocument,
  documentNameOfArticle,
} from '../database/article-text-repository';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { curatorDecisionsOf, repeatsDecision } from '../database/curator-decisions';
import {
  isArticleExtracted,
  markArticleExtractedWithRelevance,
} from '../database/extraction-state';
import { activeSchema } from '../database/schema-repository';
import {
  deleteUntouchedSuggestions,
  fieldsWithKeptValues,
  insertSuggestions,
  type OrdinalSuggestion,
} from '../database/values-repository';
import { useJieba } from '../nlp/jieba-tagger';
import { limitHeapGrowthForExtraction } from './extraction-heap';
import { articleRuleGroups } from './article-rule-groups';
import { ruleGroupSafely, type RuleArticles } from './rule-group-safely';
import { learnedLexicon } from './learned-lexicon';
import { PageCache } from './page-cache';
import { notePatternSkips, type PatternSkip } from './pattern-skips';
import {
  fieldsAtStore,
  fieldsLeftOut,
  suggestionsStillCollected,
  type FieldLeftOut,
  type FieldsAtStore,
} from './fields-at-store';

export { PageCache } from './page-cache';

// Every process that extracts (main, the import worker, the CLI) segments words with jieba; it is
// loaded on the first article that needs it.
useJieba();
// And keeps its heap near what extraction holds alive (extraction-heap.ts).
limitHeapGrowthForExtraction();

export interface ExtractionProgress {
  done: number;
  total: number;
}

export interface ExtractionOptions {
  actor: string;
  schema?: FieldSchema;
  onProgress?: (progress: ExtractionProgress) => void;
  isCancelled?: () => boolean;
  /**
   * The page read last, kept between calls: extractArticlesInSteps passes one so that a page of
   * 73,427 articles is read and indexed once, not once per batch of 200 (367 reads of 20 MB).
   */
  pageCache?: PageCache;
  /**
   * extractArticlesInSteps: how many articles a transaction may hold, a multiple of the batch
   * of 200 (the default, one batch). More only for a bulk load (database/bulk-load.ts), where
   * nobody else waits on the file.
   */
  articlesPerCommit?: number;
  /**
   * Only articles never extracted (resuming an interrupted import): an article another job
   * extracted meanwhile is skipped, checked inside the transaction that would write it.
   */
  onlyUnextracted?: boolean;
  /** The rules over many articles at once; a test passes rules that fail on an article. */
  rules?: RuleArticles;
}

export interface ExtractionResult {
  /** Articles gone through (extracted or skipped), including those before a cancel. */
  articles: number;
  suggestions: number;
  /** Suggestions not stored because they repeat a curator's decision. */
  heldBack: number;
  cancelled: boolean;
  /**
   * Articles whose rules failed: left without suggestions and not marked extracted (so
   * `gleaner check` lists them and the next import or open tries them again), the rest carry on.
   */
  failures: ExtractionFailure[];
  /** Field patterns skipped as over their time budget, with the articles they missed. */
  patternsSkipped: PatternSkip[];
  /** Suggestions not stored: their field was retired, removed or changed while the run went. */
  fieldsLeftOut: FieldLeftOut[];
}

/** An article the rules failed on, named by its page for the import's report. */
export interface ExtractionFailure {
  articleId: number;
  documentName: string;
  message: string;
}

/** Articles a transaction of extractArticles holds (and the rules are handed together). */
export const ARTICLES_PER_BATCH = 200;

/**
 * Runs the project's schema over articles and stores the suggestions, marking each article
 * extracted in the same transaction. A re-run replaces only suggestions nobody acted on: it never
 * brings back a suggestion for a value a curator accepted, edited, added, rejected or removed
 * (same field and a source span overlapping theirs, or the same normalised value, now or at any
 * point of the value's history), a single-valued field the curator settled gets no new
 * suggestion, and a suggestion with a curator's history (an undone accept) stays as it is. Each
 * batch of articles is one transaction.
 */
export function extractArticles(
  db: ProjectDatabase,
  articleIds: readonly number[],
  options: ExtractionOptions,
): ExtractionResult {
  const schema = options.schema ?? activeSchema(db);
  const context = extractionContext(db, schema, options.actor, options.pageCache);
  const rules = options.rules;
  let suggestions = 0;
  let heldBack = 0;
  let done = 0;
  let cancelled = false;
  const failures: ExtractionFailure[] = [];
  const patternsSkipped: PatternSkip[] = [];

  for (let start = 0; start < articleIds.length; start += ARTICLES_PER_BATCH) {
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    const batch = articleIds.slice(start, start + ARTICLES_PER_BATCH);
    context.at = new Date().toISOString();
    // Documents whose cached text was checked in this transaction (nothing changes them inside it).
    context.checked = new Set<number>();
    inWriteTransaction(db, () => {
      const outcome = extractBatch(
        context,
        batch,
        options.onlyUnextracted === true,
        rules,
        patternsSkipped,
      );
      suggestions += outcome.stored;
      heldBack += outcome.heldBack;
      failures.push(...outcome.failures);
    });
    done += batch.length;
    options.onProgress?.({ done, total: articleIds.length });
  }
  return {
    articles: done,
    suggestions,
    heldBack,
    cancelled,
    failures,
    patternsSkipped,
    fieldsLeftOut: fieldsLeftOut(context.atStore),
  };
}

/** What one batch of extractArticles shares between its articles. */
export interface ArticleExtraction {
  db: ProjectDatabase;
  schema: FieldSchema;
  /** Fields of cardinality one: a curator's kept value settles them. */
  one: ReadonlySet<string>;
  pages: PageCache;
  actor: string;
  at: string;
  checked: Set<number>;
  /** The project's learned lexicon (learned-lexicon.ts), read when the extraction starts. */
  learned: LearnedMatcher;
  /** Which of the schema's fields the project still collects when an article is stored. */
  atStore: FieldsAtStore;
  /**
   * When set, each article's audit row is added here for the caller to append with the others
   * of its transaction (appendAuditRows: one chain read and a few INSERTs for them all) rather
   * than appended on its own.
   */
  pendingAudits?: NewAuditRow[] | undefined;
}

/**
 * Extracts a batch of articles inside its transaction: each article's untouched suggestions
 * replaced by the rules' new ones, less those that repeat a curator's decision; marked extracted
 * and audited. The rules run over the batch's articles together (extractAndJudgeArticles: each
 * rule over many articles before the next), in groups whose documents stay under a bound;
 * storing one article changes nothing another reads, so reading them all first gives the same.
 */
function extractBatch(
  context: ArticleExtraction,
  articleIds: readonly number[],
  onlyUnextracted: boolean,
  rules: RuleArticles | undefined,
  patternsSkipped: PatternSkip[],
): { stored: number; heldBack: number; failures: ExtractionFailure[] } {
  const { db } = context;
  const total = { stored: 0, heldBack: 0, failures: [] as ExtractionFailure[] };
  const groups = articleRuleGroups(
    {
      db,
      schema: context.schema,
      pages: context.pages,
      checked: context.checked,
      skip: onlyUnextracted ? (articleId) => isArticleExtracted(db, articleId) : undefined,
    },
    articleIds,
  );
  for (const group of groups) {
    const ruled = ruleGroupSafely(
      group.map((article) => article.input),
      rules,
    );
    for (let i = 0; i < group.length; i++) {
      const { articleId, input } = group[i]!;
      const outcome = ruled[i]!;
      if ('failed' in outcome) {
        total.failures.push(failureOf(db, articleId, outcome.failed));
        continue;
      }
      notePatternSkips(patternsSkipped, articleId, outcome.ruled.patternsSkipped, (id) =>
        nameOfArticle(db, id),
      );
      const stored = storeRuledArticle(context, articleId, outcome.ruled, () =>
        articleTextOf(input),
      );
      total.stored += stored.stored;
      total.heldBack += stored.heldBack;
    }
  }
  return total;
}

const nameOfArticle = (db: ProjectDatabase, articleId: number): string =>
  documentNameOfArticle(db, articleId) ?? `article ${articleId}`;

function failureOf(db: ProjectDatabase, articleId: number, message: string): ExtractionFailure {
  return {
    articleId,
    documentName: documentNameOfArticle(db, articleId) ?? `article ${articleId}`,
    message,
  };
}

/** The reading view the learned lexicon reads an article through, made only when it needs one. */
function articleTextOf(input: ArticleInput): ArticleText {
  return new ArticleText(input.documentText, input.ranges);
}

/** The context extractArticles (or an import extracting as it stores) shares between articles. */
export function extractionContext(
  db: ProjectDatabase,
  schema: FieldSchema,
  actor: string,
  pageCache: PageCache = new PageCache(),
): ArticleExtraction {
  return {
    db,
    schema,
    one: new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key)),
    // Articles of one page share their document's code-point index.
    pages: pageCache,
    actor,
    at: new Date().toISOString(),
    checked: new Set(),
    learned: learnedLexicon(db, schema).matcher,
    atStore: fieldsAtStore(schema),
  };
}

/**
 * Stores what the rules found in one article (in this thread, or in a prepare worker from the
 * article's plan: rule-planned-articles.ts): its untouched suggestions replaced by the new ones,
 * less those that repeat a curator's decision or the learned lexicon blocks, plus the learned
 * lexicon's own; the article marked extracted (with its subject verdict) and audited. Runs
 * inside the caller's transaction.
 */
export function storeRuledArticle(
  context: ArticleExtraction,
  articleId: number,
  ruledArticle: Pick<ExtractedArticle, 'suggestions' | 'relevance'>,
  articleText: () => ArticleText,
  /** newArticle: stored in this very transaction (an import extracting as it stores). */
  options: { newArticle?: boolean } = {},
): { stored: number; heldBack: number } {
  const { db, schema, at } = context;
  const { suggestions: ruled, relevance } = ruledArticle;
  const learning = joinLearned(context.learned, ruled, articleText, {
    singleValued: context.one,
    offSubject: relevance?.onSubject === false,
  });
  // Read when stored, not when the run began: a field retired meanwhile gets nothing new.
  const found = suggestionsStillCollected(db, schema, context.atStore, learning.suggestions);
  // A new article has no values to read or replace; its id may have been a deleted article's,
  // so the audit history is still read, as for any other article.
  const fresh = options.newArticle === true;
  const decisions = curatorDecisionsOf(db, articleId, { hasValues: !fresh });
  const removed = fresh
    ? 0
    : deleteUntouchedSuggestions(db, articleId, decisions.keptSuggestionIds);
  const settled = fresh ? new Set<string>() : fieldsWithKeptValues(db, articleId);
  const ordinals = new Map<string, number>();
  const toStore: OrdinalSuggestion[] = [];
  let heldBack = learning.blocked;
  for (const suggestion of found) {
    if (!fitsItsField(context, suggestion)) continue;
    // The canonical value is only compared where a curator decided something on the field.
    if (
      decisions.byField.has(suggestion.field) &&
      repeatsDecision(decisions, {
        field: suggestion.field,
        valueKey: canonicalJson(suggestion.value),
        spans: suggestion.spans,
      })
    ) {
      heldBack++;
      continue;
    }
    if (context.one.has(suggestion.field) && settled.has(suggestion.field)) continue;
    const ordinal = ordinals.get(suggestion.field) ?? 0;
    ordinals.set(suggestion.field, ordinal + 1);
    toStore.push({ suggestion, ordinal });
  }
  // Nothing above reads the values the article is getting, so they are stored together.
  const stored = insertSuggestions(db, {
    articleId,
    suggestions: toStore,
    schemaId: schema.id,
    // The version current now (read just above), not the one the run began with.
    schemaVersion: context.atStore.version,
    at,
  }).length;
  const offSubject =
    relevance && !relevance.onSubject
      ? { subject: subjectOf(schema)!.labels, reason: relevance.reason }
      : null;
  markArticleExtractedWithRelevance(db, articleId, at, offSubject);
  const audit: NewAuditRow = {
    actor: context.actor,
    entity: 'article',
    entityId: articleId,
    action: 'extract',
    after: {
      schema: `${schema.id}@${context.atStore.version}`,
      suggestions: stored,
      replaced: removed,
      ...(offSubject ? { offSubject: offSubject.reason } : {}),
    },
  };
  if (context.pendingAudits) context.pendingAudits.push(audit);
  else appendAudit(db, audit, at);
  return { stored, heldBack };
}

/**
 * Whether a suggestion is a value its field can hold. A page may say a number past what a double
 * holds (four hundred 9s before 元): parsed, it is Infinity, which JSON stores as null, and a
 * whole number past 2^53 is not the one written. Stored, one such suggestion made every export
 * of the project stop at it as a damaged value (ninth sweep). Such a number is no value to
 * suggest; it is left out like text that parses as nothing.
 */
function fitsItsField(
  context: ArticleExtraction,
  suggestion: Pick<Suggestion, 'field' | 'value' | 'extractor'>,
): boolean {
  const field = context.schema.fields.find((f) => f.key === suggestion.field);
  return (
    field === undefined ||
    valueShapeProblem(field.type, suggestion.value, suggestion.extractor) === null
  );
}

/** Ids of the articles of the given documents, in page order. */
export function articleIdsOfDocuments(
  db: ProjectDatabase,
  documentIds: readonly number[],
): number[] {
  return documentIds.flatMap((id) => articleIdsOfDocument(db, id));
}

/** Every article of the project, page by page. */
export function allArticleIds(db: ProjectDatabase): number[] {
  return allArticleIdsInPageOrder(db);
}
