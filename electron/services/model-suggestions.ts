/**
 * "Suggest with model" (issue 22, point 5): each article and the schema's fields go to the
 * project's local model, which answers values with the text it read them from; every quote is
 * grounded in the stored text (shared/grounding) and only grounded values become suggestions, of
 * extractor `model:<name>`, with exact spans. The rest are kept as ungrounded: shown, never
 * exported. Answers are cached per article text, schema version, model and prompt version, so a
 * second run asks nothing. A failed article is named in the report and changes nothing.
 */
import { createHash } from 'node:crypto';
import type { ModelSuggestReport } from '../../shared/contract/model';
import { ArticleText } from '../../shared/extraction/article-text';
import type { Claim } from '../../shared/grounding/ground-claims';
import {
  groundClaimsInArticle,
  type ArticleGrounding,
} from '../../shared/grounding/ground-in-article';
import type { FieldSchema } from '../../shared/schema';
import { CodePointIndex } from '../../shared/text/codepoints';
import { articleStatuses } from '../database/access-queries';
import {
  articleSource,
  rangesOfArticle,
  textOfDocument,
} from '../database/article-text-repository';
import { appendAudit } from '../database/audit-repository';
import { curatorDecisionsOf } from '../database/curator-decisions';
import {
  cachedModelAnswer,
  cacheModelAnswer,
  deleteUntouchedSuggestionsOf,
  insertModelSuggestion,
  nextOrdinalsOf,
  replaceUngroundedValues,
  valueKeysOf,
  type ModelAnswerKey,
} from '../database/model-suggestions-repository';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { fieldsWithKeptValues, valueKeyOf } from '../database/values-repository';
import {
  askModelForValues,
  endpointUrl,
  ModelEndpointError,
  PROMPT_VERSION,
  type ModelEndpointSettings,
} from '../nlp/model-endpoint';
import { selectClaimValues } from './model-claim-values';

export interface SuggestWithModelOptions {
  endpoint: ModelEndpointSettings;
  actor: string;
  /** Stops the job: the request under way is abandoned and its article left as it was. */
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
  /**
   * A curator's profile id: articles assigned to another curator are theirs to change, and are
   * left alone like submitted ones (the access rules' condition on every value write).
   */
  curatorId?: number | undefined;
}

/** Submitted and approved articles cannot change until a reviewer reopens them. */
const LOCKED = new Set(['submitted', 'approved']);

/** Whether the job must leave the article alone: locked, or another curator's. */
function isLockedFor(db: ProjectDatabase, articleId: number, curatorId?: number): boolean {
  const access = articleStatuses(db, [articleId])[0];
  if (!access) return false;
  if (LOCKED.has(access.status)) return true;
  return curatorId !== undefined && access.assigneeId !== null && access.assigneeId !== curatorId;
}

/** The extractor id of a model's suggestions. */
export function modelExtractor(model: string): string {
  return `model:${model}`;
}

/** What goes to the model for one article, and where the article's text lies in its document. */
interface ArticleToAsk {
  id: number;
  name: string;
  sent: { title: string; text: string };
  key: ModelAnswerKey;
  documentId: number;
  document: CodePointIndex;
  ranges: { start: number; end: number }[];
}

class DocumentCache {
  private last: { id: number; index: CodePointIndex } | null = null;

  indexOf(db: ProjectDatabase, documentId: number): CodePointIndex {
    if (this.last?.id !== documentId)
      this.last = { id: documentId, index: new CodePointIndex(textOfDocument(db, documentId)) };
    return this.last.index;
  }
}

function articleToAsk(
  db: ProjectDatabase,
  articleId: number,
  schema: FieldSchema,
  model: string,
  documents: DocumentCache,
): ArticleToAsk | null {
  const source = articleSource(db, articleId);
  if (!source) return null;
  const document = documents.indexOf(db, source.documentId);
  const ranges = rangesOfArticle(db, articleId);
  // The reading view (OCR line breaks joined, as written): what a person would paste. Quotes are
  // grounded in the stored text itself, whatever of the view the model copies.
  const sent = { title: source.title ?? '', text: new ArticleText(document, ranges).written };
  const textSha256 = createHash('sha256').update(`${sent.title}\n\n${sent.text}`).digest('hex');
  return {
    id: articleId,
    name: source.title ? `article ${articleId} (${source.title})` : `article ${articleId}`,
    sent,
    key: {
      textSha256,
      schemaId: schema.id,
      schemaVersion: schema.version,
      model,
      promptVersion: PROMPT_VERSION,
    },
    documentId: source.documentId,
    document,
    ranges,
  };
}

/** Runs the job over `articleIds` in order; resolves with what it did, also when cancelled. */
export async function suggestWithModel(
  db: ProjectDatabase,
  articleIds: readonly number[],
  options: SuggestWithModelOptions,
): Promise<ModelSuggestReport> {
  // Refused before any article is read: a bad URL or a host off this machine.
  endpointUrl(options.endpoint);
  const schema = activeSchema(db);
  const extractor = modelExtractor(options.endpoint.model);
  const documents = new DocumentCache();
  const report: ModelSuggestReport = {
    articles: 0,
    asked: 0,
    cached: 0,
    suggestions: 0,
    ungrounded: 0,
    heldBack: 0,
    locked: 0,
    cancelled: false,
    failures: [],
  };
  for (const articleId of articleIds) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const article = articleToAsk(db, articleId, schema, options.endpoint.model, documents);
    if (!article) {
      report.failures.push({
        articleId,
        code: 'NOT-FOUND',
        message: `article ${articleId} is not in this project (deleted or merged since?)`,
      });
    } else if (isLockedFor(db, articleId, options.curatorId)) {
      report.locked++;
    } else {
      const stop = await suggestForArticle(db, article, { ...options, schema, extractor }, report);
      if (stop) break;
    }
    report.articles++;
    options.onProgress?.({ done: report.articles, total: articleIds.length });
  }
  return report;
}

type JobOptions = SuggestWithModelOptions & { schema: FieldSchema; extractor: string };

/**
 * Asks (or reads the cache), grounds and stores one article. Answers whether the job must stop:
 * cancelled, or the endpoint cannot be reached at all.
 */
async function suggestForArticle(
  db: ProjectDatabase,
  article: ArticleToAsk,
  options: JobOptions,
  report: ModelSuggestReport,
): Promise<boolean> {
  const cachedJson = cachedModelAnswer(db, article.key);
  if (cachedJson !== undefined) {
    report.cached++;
    storeAnswer(db, article, (JSON.parse(cachedJson) as CachedClaims).claims, options, report, {
      cached: true,
    });
    return false;
  }
  let claims: Claim[];
  try {
    report.asked++;
    claims = await askModelForValues(
      options.endpoint,
      article.sent,
      options.schema.fields,
      options.signal,
    );
  } catch (error) {
    if (options.signal?.aborted) {
      report.cancelled = true;
      return true;
    }
    if (!(error instanceof ModelEndpointError)) throw error;
    report.failures.push({
      articleId: article.id,
      code: error.code,
      message: `${article.name}: ${error.message}`,
    });
    // A server that is not there fails every article the same way: one message is enough.
    return error.code === 'ENDPOINT-UNREACHABLE';
  }
  storeAnswer(db, article, claims, options, report, { cached: false });
  return false;
}

/**
 * Grounds the claims in the article as it is now, inside the transaction that stores them: while
 * the model was thinking a curator may have split it, moved a range or submitted it.
 */
function groundAsStoredNow(
  db: ProjectDatabase,
  article: ArticleToAsk,
  claims: readonly Claim[],
  fieldKeys: ReadonlySet<string>,
  curatorId: number | undefined,
): ArticleGrounding | 'gone' | 'locked' {
  const source = articleSource(db, article.id);
  if (!source) return 'gone';
  if (isLockedFor(db, article.id, curatorId)) return 'locked';
  const ranges = rangesOfArticle(db, article.id);
  const document =
    source.documentId === article.documentId
      ? article.document
      : new CodePointIndex(textOfDocument(db, source.documentId));
  return groundClaimsInArticle(document, ranges, claims, fieldKeys);
}

/** What the cache holds for an article: the claims as the model made them. */
interface CachedClaims {
  shape: 1;
  claims: Claim[];
}

/**
 * Grounds the claims and, in one transaction, caches a new answer, replaces the model's untouched
 * suggestions and ungrounded values of the article, stores the chosen ones and audits it.
 */
function storeAnswer(
  db: ProjectDatabase,
  article: ArticleToAsk,
  claims: Claim[],
  { schema, extractor, actor, curatorId }: JobOptions,
  report: ModelSuggestReport,
  { cached }: { cached: boolean },
): void {
  const fields = new Map(schema.fields.filter((f) => !f.retired).map((f) => [f.key, f]));
  const oneValued = new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key));
  inWriteTransaction(db, () => {
    const at = new Date().toISOString();
    if (!cached) {
      const entry: CachedClaims = { shape: 1, claims };
      cacheModelAnswer(db, article.key, JSON.stringify(entry), at);
    }
    const grounding = groundAsStoredNow(db, article, claims, new Set(fields.keys()), curatorId);
    if (grounding === 'gone') return;
    if (grounding === 'locked') {
      report.locked++;
      return;
    }
    const decisions = curatorDecisionsOf(db, article.id);
    const replaced = deleteUntouchedSuggestionsOf(
      db,
      article.id,
      extractor,
      decisions.keptSuggestionIds,
    );
    const present = new Set(
      valueKeysOf(db, article.id).map((row) => `${row.fieldKey}\u0000${valueKeyOf(row)}`),
    );
    const settled = new Set(
      [...fieldsWithKeptValues(db, article.id)].filter((key) => oneValued.has(key)),
    );
    const chosen = selectClaimValues(grounding, { fields, decisions, present, settled });
    const ordinals = nextOrdinalsOf(db, article.id);
    for (const value of chosen.values) {
      const ordinal = ordinals.get(value.field) ?? 0;
      ordinals.set(value.field, ordinal + 1);
      insertModelSuggestion(db, {
        articleId: article.id,
        ...value,
        ordinal,
        extractor,
        schemaId: schema.id,
        schemaVersion: schema.version,
        at,
      });
    }
    replaceUngroundedValues(db, article.id, extractor, chosen.ungrounded, at);
    const after = {
      schema: `${schema.id}@${schema.version}`,
      extractor,
      suggestions: chosen.values.length,
      ungrounded: chosen.ungrounded.length,
      replaced,
      cached,
    };
    appendAudit(
      db,
      { actor, entity: 'article', entityId: article.id, action: 'model-suggest', after },
      at,
    );
    report.suggestions += chosen.values.length;
    report.ungrounded += chosen.ungrounded.length;
    report.heldBack += chosen.heldBack;
  });
}
