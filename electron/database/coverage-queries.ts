import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** What `gleaner check` reads to see that every page's text and every span has an article. */
export interface DocumentCoverage {
  id: number;
  name: string;
  text: string;
  /** Restored from an export: only its articles' text is known, the rest is padding. */
  restored: boolean;
  /** Article ranges and the chrome/repeat marks import set aside: text meant to be there. */
  accounted: CodePointRange[];
}

const accountedOf = prepare<[documentId: number, sameDocumentId: number], CodePointRange>(
  `SELECT r.start, r.end FROM article_ranges r JOIN articles a ON a.id = r.article_id WHERE a.document_id = ?
   UNION ALL SELECT start, end FROM document_marks WHERE document_id = ?
   ORDER BY start`,
);

const everyDocument = prepare<
  [],
  { id: number; name: string; text: string; metadata: string | null }
>('SELECT id, name, text, metadata FROM documents ORDER BY id');

export function* documentCoverage(db: ProjectDatabase): Generator<DocumentCoverage> {
  for (const doc of everyDocument.iterate(db)) {
    yield {
      id: doc.id,
      name: doc.name,
      text: doc.text,
      restored: doc.metadata !== null && doc.metadata.includes('"text_outside_articles"'),
      accounted: accountedOf.all(db, doc.id, doc.id),
    };
  }
}

/** Each span of a document's values, with its article's ranges' ids to check it against. */
const spansOf = prepare<
  [documentId: number],
  { valueId: number; field: string; articleId: number; start: number; end: number }
>(
  `SELECT v.id AS valueId, v.field_key AS field, v.article_id AS articleId, s.start, s.end
     FROM field_values v JOIN value_spans s ON s.value_id = v.id JOIN articles a ON a.id = v.article_id
    WHERE a.document_id = ? ORDER BY v.article_id, s.start`,
);

export function spansOfDocument(
  db: ProjectDatabase,
  documentId: number,
): { valueId: number; field: string; articleId: number; start: number; end: number }[] {
  return spansOf.all(db, documentId);
}

const articleRangesOf = prepare<
  [documentId: number],
  { articleId: number; start: number; end: number }
>(
  `SELECT r.article_id AS articleId, r.start, r.end FROM article_ranges r
     JOIN articles a ON a.id = r.article_id WHERE a.document_id = ? ORDER BY r.article_id, r.start`,
);

export function articleRangesOfDocument(
  db: ProjectDatabase,
  documentId: number,
): Map<number, CodePointRange[]> {
  const rows = articleRangesOf.all(db, documentId);
  const byArticle = new Map<number, CodePointRange[]>();
  for (const { articleId, start, end } of rows) {
    const list = byArticle.get(articleId);
    if (list) list.push({ start, end });
    else byArticle.set(articleId, [{ start, end }]);
  }
  return byArticle;
}
