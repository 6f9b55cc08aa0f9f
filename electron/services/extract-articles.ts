import { canonicalJson, extractAndJudgeArticle } from '../../shared/extraction';
import { subjectOf, type FieldSchema } from '../../shared/schema';
import { CodePointIndex } from '../../shared/text/codepoints';
import { appendAudit } from '../database/audit-repository';
import {
  allArticleIdsInPageOrder,
  articleIdsOfDocument,
  articleSource,
  rangesOfArticle,
  textOfDocument,
} from '../database/article-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import { curatorDecisionsOf, repeatsDecision } from '../database/curator-decisions';
import { isArticleExtracted, markArticleExtracted } from '../database/extraction-state';
import { activeSchema } from '../database/schema-repository';
import { markArticleRelevance } from '../database/subject-relevance';
import {
  deleteUntouchedSuggestions,
  fieldsWithKeptValues,
  insertSuggestion,
} from '../database/values-repository';
import { useJieba } from '../nlp/jieba-tagger';

// Every process that extracts (main, the import worker, the CLI) segments words with jieba; it is
// loaded on the first article that needs it.
useJieba();

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
   * Only articles never extracted (resuming an interrupted import): an article another job
   * extracted meanwhile is skipped, checked inside the transaction that would write it.
   */
  onlyUnextracted?: boolean;
}

export interface ExtractionResult {
  /** Articles gone through (extracted or skipped), including those before a cancel. */
  articles: number;
  suggestions: number;
  /** Suggestions not stored because they repeat a curator's decision. */
  heldBack: number;
  cancelled: boolean;
}

const batchSize = 200;

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
  const one = new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key));
  let suggestions = 0;
  let heldBack = 0;
  let done = 0;
  let cancelled = false;
  // Articles of one page share their document's code-point index.
  let cachedDocument: { id: number; index: CodePointIndex } | null = null;

  for (let start = 0; start < articleIds.length; start += batchSize) {
    if (options.isCancelled?.()) {
      cancelled = true;
      break;
    }
    const batch = articleIds.slice(start, start + batchSize);
    const at = new Date().toISOString();
    db.transaction(() => {
      for (const articleId of batch) {
        if (options.onlyUnextracted && isArticleExtracted(db, articleId)) continue;
        const article = articleSource(db, articleId);
        if (!article) continue;
        if (cachedDocument?.id !== article.documentId) {
          const text = textOfDocument(db, article.documentId);
          cachedDocument = { id: article.documentId, index: new CodePointIndex(text) };
        }
        const { suggestions: found, relevance } = extractAndJudgeArticle({
          documentText: cachedDocument.index,
          ranges: rangesOfArticle(db, articleId),
          title: article.title,
          kicker: article.kicker,
          schema,
        });
        const decisions = curatorDecisionsOf(db, articleId);
        const removed = deleteUntouchedSuggestions(db, articleId, decisions.keptSuggestionIds);
        const settled = fieldsWithKeptValues(db, articleId);
        const ordinals = new Map<string, number>();
        let stored = 0;
        for (const suggestion of found) {
          const valueKey = canonicalJson(suggestion.value);
          if (
            repeatsDecision(decisions, {
              field: suggestion.field,
              valueKey,
              spans: suggestion.spans,
            })
          ) {
            heldBack++;
            continue;
          }
          if (one.has(suggestion.field) && settled.has(suggestion.field)) continue;
          const ordinal = ordinals.get(suggestion.field) ?? 0;
          ordinals.set(suggestion.field, ordinal + 1);
          insertSuggestion(db, {
            articleId,
            suggestion,
            ordinal,
            schemaId: schema.id,
            schemaVersion: schema.version,
            at,
          });
          stored++;
        }
        suggestions += stored;
        const offSubject =
          relevance && !relevance.onSubject
            ? { subject: subjectOf(schema)!.labels, reason: relevance.reason }
            : null;
        markArticleRelevance(db, articleId, offSubject);
        markArticleExtracted(db, articleId, at);
        appendAudit(
          db,
          {
            actor: options.actor,
            entity: 'article',
            entityId: articleId,
            action: 'extract',
            after: {
              schema: `${schema.id}@${schema.version}`,
              suggestions: stored,
              replaced: removed,
              ...(offSubject ? { offSubject: offSubject.reason } : {}),
            },
          },
          at,
        );
      }
    })();
    done += batch.length;
    options.onProgress?.({ done, total: articleIds.length });
  }
  return { articles: done, suggestions, heldBack, cancelled };
}

/**
 * extractArticles in steps of one batch, letting the event loop turn between them: a signal
 * handler (Ctrl+C in the command line) only runs then, so without the turns a long extraction
 * could not be stopped. Worker threads need no turns: their cancel flag is shared memory.
 */
export async function extractArticlesInSteps(
  db: ProjectDatabase,
  articleIds: readonly number[],
  options: ExtractionOptions,
): Promise<ExtractionResult> {
  const total: ExtractionResult = { articles: 0, suggestions: 0, heldBack: 0, cancelled: false };
  const schema = options.schema ?? activeSchema(db);
  for (let start = 0; start < articleIds.length; start += batchSize) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const step = extractArticles(db, articleIds.slice(start, start + batchSize), {
      ...options,
      schema,
      onProgress: undefined,
    });
    total.articles += step.articles;
    total.suggestions += step.suggestions;
    total.heldBack += step.heldBack;
    if (step.cancelled) {
      total.cancelled = true;
      break;
    }
    options.onProgress?.({ done: total.articles, total: articleIds.length });
  }
  return total;
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
