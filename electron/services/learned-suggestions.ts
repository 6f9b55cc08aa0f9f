import { canonicalJson } from '../../shared/extraction';
import { ArticleText } from '../../shared/extraction/article-text';
import {
  LEARNED_EXTRACTOR,
  learnedBeside,
  wordListExtractorId,
} from '../../shared/extraction/learned';
import { articleWorkflowRow } from '../database/article-workflow-repository';
import { appendAudit } from '../database/audit-repository';
import {
  articleSource,
  rangesOfArticle,
  textOfDocument,
} from '../database/article-text-repository';
import { curatorDecisionsOf, repeatsDecision } from '../database/curator-decisions';
import {
  deleteLearnedSuggestion,
  nextValueOrdinal,
  pendingLearnedSuggestions,
} from '../database/learned-lexicon-repository';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { activeSchema } from '../database/schema-repository';
import { insertSuggestion, valuesOfArticle } from '../database/values-repository';
import { learnedLexicon } from './learned-lexicon';

/**
 * The lexicon each article was last brought up to, in this process: its generation, and the
 * schema version and threshold it was compiled for (a word list saved is a schema version).
 */
const seen = new WeakMap<ProjectDatabase, Map<number, string>>();

/** Articles whose values are under review or approved: learning leaves them as they are. */
const SETTLED = new Set(['submitted', 'approved']);

/**
 * Brings an article's learned suggestions up to the lexicon when it is opened after new
 * decisions: texts learned since are suggested (never one a curator decided on this article, nor
 * one beside a value it already has), and untouched learned suggestions whose entry was removed,
 * blocked or undone go. One scan of the article, only when the lexicon changed since this process
 * last looked at it; nothing is written when nothing changes. Audited as the article's `learn`.
 */
export function refreshLearnedSuggestions(
  db: ProjectDatabase,
  articleId: number,
  actor: string,
): { added: number; removed: number } {
  const none = { added: 0, removed: 0 };
  const schema = activeSchema(db);
  const { matcher, generation, stamp } = learnedLexicon(db, schema);
  const byArticle = seen.get(db) ?? new Map<number, string>();
  seen.set(db, byArticle);
  if (byArticle.get(articleId) === stamp) return none;
  const source = articleSource(db, articleId);
  if (!source || SETTLED.has(articleWorkflowRow(db, articleId)?.status ?? '')) return none;
  const pending = pendingLearnedSuggestions(db, articleId, [
    LEARNED_EXTRACTOR,
    ...schema.fields.map((f) => wordListExtractorId(f.key)),
  ]);
  if (matcher.size === 0 && pending.length === 0) {
    byArticle.set(articleId, stamp);
    return none;
  }
  const found =
    matcher.size === 0
      ? []
      : matcher.suggest(
          new ArticleText(textOfDocument(db, source.documentId), rangesOfArticle(db, articleId)),
        );

  const result = inWriteTransaction(db, () => {
    const decisions = curatorDecisionsOf(db, articleId);
    const wanted = found.filter(
      (s) =>
        !repeatsDecision(decisions, {
          field: s.field,
          valueKey: canonicalJson(s.value),
          spans: s.spans,
        }),
    );
    const wantedKeys = new Set(wanted.map((s) => `${s.field} ${canonicalJson(s.value)}`));
    const kept = new Set(decisions.keptSuggestionIds);
    const stale = pending.filter(
      (v) =>
        !kept.has(v.id) && !wantedKeys.has(`${v.fieldKey} ${canonicalJson(JSON.parse(v.value))}`),
    );
    for (const value of stale) deleteLearnedSuggestion(db, value.id);

    const single = new Set(schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key));
    const present = valuesOfArticle(db, articleId).map((v) => ({
      field: v.fieldKey,
      valueKey: canonicalJson(v.value),
    }));
    const at = new Date().toISOString();
    const fresh = learnedBeside(wanted, present, single);
    for (const suggestion of fresh) {
      insertSuggestion(db, {
        articleId,
        suggestion,
        ordinal: nextValueOrdinal(db, articleId, suggestion.field),
        schemaId: schema.id,
        schemaVersion: schema.version,
        at,
      });
    }
    if (fresh.length > 0 || stale.length > 0) {
      appendAudit(
        db,
        {
          actor,
          entity: 'article',
          entityId: articleId,
          action: 'learn',
          after: { added: fresh.length, removed: stale.length, lexicon: generation },
        },
        at,
      );
    }
    return { added: fresh.length, removed: stale.length };
  });
  byArticle.set(articleId, stamp);
  return result;
}
