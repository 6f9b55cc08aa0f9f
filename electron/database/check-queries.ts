import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** What `gleaner check` reads (services/project-check.ts checks it). */

/** SQLite's whole integrity check: the problems it reports (empty when the file is sound). */
export function integrityProblems(db: ProjectDatabase): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((row) => row.integrity_check)
    .filter((message) => message !== 'ok');
}

export interface CheckedDocument {
  id: number;
  name: string;
  sha256: string;
  text: string;
  metadata: string | null;
}

const documents = prepare<[], CheckedDocument>(
  'SELECT id, name, sha256, text, metadata FROM documents ORDER BY id',
);

/** Every document with its text, one at a time (a project's texts need not fit in memory). */
export function eachDocument(db: ProjectDatabase): IterableIterator<CheckedDocument> {
  return documents.iterate(db);
}

const articleCount = prepare<[documentId: number], { n: number }>(
  'SELECT count(*) AS n FROM articles WHERE document_id = ?',
);

export function articleCountOfDocument(db: ProjectDatabase, documentId: number): number {
  return articleCount.get(db, documentId)?.n ?? 0;
}

export interface CheckedRange {
  articleId: number;
  start: number;
  end: number;
}

const ranges = prepare<[documentId: number], CheckedRange>(
  `SELECT a.id AS articleId, r.start, r.end FROM articles a JOIN article_ranges r ON r.article_id = a.id WHERE a.document_id = ?`,
);

/** The ranges of every article of a document. */
export function articleRangesOfDocument(db: ProjectDatabase, documentId: number): CheckedRange[] {
  return ranges.all(db, documentId);
}

export interface CheckedSpan {
  valueId: number;
  field: string;
  articleId: number;
  start: number;
  end: number;
  text: string;
}

const spans = prepare<[documentId: number], CheckedSpan>(
  `SELECT v.id AS valueId, v.field_key AS field, v.article_id AS articleId, s.start, s.end, s.text
   FROM field_values v JOIN value_spans s ON s.value_id = v.id JOIN articles a ON a.id = v.article_id
   WHERE a.document_id = ?`,
);

/** The spans of every value of every article of a document, with their stored text. */
export function valueSpansOfDocument(db: ProjectDatabase, documentId: number): CheckedSpan[] {
  return spans.all(db, documentId);
}
