import type { ExtractionFailure } from './extract-articles';
import type { ImportReport } from './import-pipeline';

/** The import report's entries for the articles whose rules failed (extract-articles.ts). */
export function unextractedOf(failures: readonly ExtractionFailure[]): ImportReport['unextracted'] {
  return failures.map((f) => ({
    name: f.documentName,
    articleId: f.articleId,
    message: f.message,
  }));
}
