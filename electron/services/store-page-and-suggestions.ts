import { appendAuditRows } from '../database/audit-repository';
import type { NewAuditRow } from '../database/audit-row';
import { ArticleText } from '../../shared/extraction/article-text';
import { CodePointIndex } from '../../shared/text/codepoints';
import { storeRuledArticle, type ArticleExtraction } from './extract-articles';
import { fieldsLeftOut, type FieldLeftOut } from './fields-at-store';
import { documentNameOfArticle } from '../database/article-text-repository';
import { notePatternSkips, type PatternSkip } from './pattern-skips';
import type { PreparedFile } from './prepare-file';
import type { StoreResult } from './store-document';

/** A page an import has just stored, with what it was prepared from. */
export interface StoredPage {
  prepared: PreparedFile & { kind: 'page' };
  result: StoreResult & { status: 'imported' };
}

/** What extracting as stored did, added to the import's report. */
export interface ExtractedAsStored {
  extracted: number;
  suggestions: number;
  heldBack: number;
  /** Field patterns the rules skipped as over their time budget (pattern-skips.ts). */
  patternsSkipped: PatternSkip[];
  /** Suggestions of fields retired, removed or changed meanwhile, not stored (fields-at-store.ts). */
  fieldsLeftOut: FieldLeftOut[];
}

/**
 * Stores the suggestions the rules found in the articles of pages an import has just stored in
 * this transaction (rule-planned-articles.ts ran them when the pages were prepared), marking
 * those articles extracted. They are used only for the articles of that very plan, under the
 * schema extraction stores with; a page stored otherwise (a curator's earlier segmentation of
 * the same text wins over the plan) keeps its articles unextracted for the extraction phase
 * after the import, which takes every article not yet extracted. The transaction commits the
 * pages with their suggestions: a kill leaves both or neither.
 */
export function storeSuggestionsOfPages(
  extraction: ArticleExtraction,
  pages: readonly StoredPage[],
  counts: ExtractedAsStored,
): void {
  extraction.at = new Date().toISOString();
  // The articles' audit rows, in the order they would have been appended one by one, go in
  // together after the last article (one read of the chain's end, a few multi-row INSERTs).
  const audits: NewAuditRow[] = [];
  extraction.pendingAudits = audits;
  try {
    storeEachPage(extraction, pages, counts);
  } finally {
    extraction.pendingAudits = undefined;
  }
  appendAuditRows(extraction.db, audits, extraction.at);
  // The import's whole count so far: the context keeps it across the import's transactions.
  counts.fieldsLeftOut = fieldsLeftOut(extraction.atStore);
}

function storeEachPage(
  extraction: ArticleExtraction,
  pages: readonly StoredPage[],
  counts: ExtractedAsStored,
): void {
  for (const { prepared, result } of pages) {
    const ruled = prepared.ruled;
    if (
      result.corrected ||
      !ruled ||
      ruled.schemaId !== extraction.schema.id ||
      ruled.schemaVersion !== extraction.schema.version ||
      ruled.articles.length !== result.articleIds.length
    )
      continue;
    // Only the learned lexicon reads the article's text, and only when it has entries.
    let documentText: CodePointIndex | null = null;
    result.articleIds.forEach((articleId, i) => {
      const article = ruled.articles[i]!;
      const outcome = storeRuledArticle(
        extraction,
        articleId,
        article,
        () => {
          documentText ??= new CodePointIndex(prepared.doc.text);
          return new ArticleText(documentText, article.ranges);
        },
        // Stored by this import's transaction a moment ago (result.status 'imported').
        { newArticle: true },
      );
      counts.extracted++;
      counts.suggestions += outcome.stored;
      counts.heldBack += outcome.heldBack;
      notePatternSkips(counts.patternsSkipped, articleId, article.patternsSkipped, (id) =>
        name(extraction, id),
      );
    });
  }
}

const name = (extraction: ArticleExtraction, articleId: number): string =>
  documentNameOfArticle(extraction.db, articleId) ?? `article ${articleId}`;
