import { ArticleText } from '../../shared/extraction/article-text';
import { CodePointIndex } from '../../shared/text/codepoints';
import type { ProjectDatabase } from '../database/open-project';
import { storeRuledArticle, type ArticleExtraction } from './extract-articles';
import type { PreparedFile } from './prepare-file';
import { storeDocument, type StoreResult } from './store-document';

/** What extracting as stored did, added to the import's report. */
export interface ExtractedAsStored {
  extracted: number;
  suggestions: number;
  heldBack: number;
}

/**
 * Stores a planned page and, in the same savepoint, the suggestions the rules found in its
 * articles when it was prepared (rule-planned-articles.ts): a kill or a failure leaves the page
 * with its suggestions or without either. They are used only for the articles of that very plan
 * under the schema extraction stores with; a page stored otherwise (a curator's earlier
 * segmentation of the same text wins over the plan) keeps its articles unextracted for the
 * extraction phase after the import, which takes every article not yet extracted.
 */
export function storePageAndSuggestions(
  db: ProjectDatabase,
  prepared: PreparedFile & { kind: 'page' },
  actor: string,
  extraction: ArticleExtraction,
  counts: ExtractedAsStored,
): StoreResult {
  return db.transaction((): StoreResult => {
    const result = storeDocument(db, prepared.doc, { actor, plan: prepared.plan });
    const ruled = prepared.ruled;
    if (
      result.status !== 'imported' ||
      result.corrected ||
      !ruled ||
      ruled.schemaId !== extraction.schema.id ||
      ruled.schemaVersion !== extraction.schema.version ||
      ruled.articles.length !== result.articleIds.length
    )
      return result;
    // Only the learned lexicon reads the article's text, and only when it has entries.
    let documentText: CodePointIndex | null = null;
    result.articleIds.forEach((articleId, i) => {
      const article = ruled.articles[i]!;
      const outcome = storeRuledArticle(extraction, articleId, article, () => {
        documentText ??= new CodePointIndex(prepared.doc.text);
        return new ArticleText(documentText, article.ranges);
      });
      counts.extracted++;
      counts.suggestions += outcome.stored;
      counts.heldBack += outcome.heldBack;
    });
    return result;
  })();
}
