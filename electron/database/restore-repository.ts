import type { CanonicalRecord } from '../../shared/export/canonical-record';
import type { CodePointRange } from '../../shared/text/codepoints';
import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';
import { NEXT_ARTICLE_ID, NEXT_VALUE_ID } from './row-ids';

/**
 * The rows a restore of a canonical export writes (services/restore-canonical.ts): ids are kept
 * when the project does not use them yet, so exporting the restored project gives the same
 * records.
 */

const documentWithId = prepare<[id: number], { found: 1 }>(
  'SELECT 1 AS found FROM documents WHERE id = ?',
);
const articleWithId = prepare<[id: number], { found: 1 }>(
  'SELECT 1 AS found FROM articles WHERE id = ?',
);

/** `id` when no row of the table has it yet, else null (SQLite chooses). */
function freeId(db: ProjectDatabase, table: 'documents' | 'articles', id: number): number | null {
  const taken = (table === 'documents' ? documentWithId : articleWithId).get(db, id);
  return taken === undefined ? id : null;
}

const insertDocument = prepare<
  [
    id: number | null,
    name: string,
    sha256: string,
    encoding: string,
    text: string,
    charCount: number,
    metadata: string,
    importedAt: string,
  ]
>(
  `INSERT INTO documents (id, name, source_path, kind, sha256, encoding, encoding_confidence, text, char_count, metadata, imported_at)
   VALUES (?, ?, NULL, 'text', ?, ?, 1, ?, ?, ?, ?)`,
);

/** Stores a rebuilt document under its exported id if free; returns the id it got. */
export function insertRestoredDocument(
  db: ProjectDatabase,
  document: CanonicalRecord['document'] & { text: string; charCount: number; metadata: string },
  at: string,
): number {
  return Number(
    insertDocument.run(
      db,
      freeId(db, 'documents', document.id),
      document.name,
      document.sha256,
      document.encoding,
      document.text,
      document.charCount,
      document.metadata,
      at,
    ).lastInsertRowid,
  );
}

const insertArticle = prepare<
  [
    id: number | null,
    documentId: number,
    ordinal: number,
    title: string | null,
    status: string,
    signals: string,
    createdAt: string,
    updatedAt: string,
  ]
>(
  `INSERT INTO articles (id, document_id, ordinal, title, status, signals, created_at, updated_at)
   VALUES (coalesce(?, ${NEXT_ARTICLE_ID}), ?, ?, ?, ?, ?, ?, ?)`,
);

const insertRange = prepare<[articleId: number, start: number, end: number]>(
  'INSERT INTO article_ranges (article_id, start, end) VALUES (?, ?, ?)',
);

/** Stores an exported article with its segments, under its exported id if free. */
export function insertRestoredArticle(
  db: ProjectDatabase,
  article: {
    id: number;
    documentId: number;
    ordinal: number;
    title: string | null;
    status: string;
    signals: string[];
    segments: readonly CodePointRange[];
  },
  at: string,
): number {
  const articleId = Number(
    insertArticle.run(
      db,
      freeId(db, 'articles', article.id),
      article.documentId,
      article.ordinal,
      article.title,
      article.status,
      JSON.stringify(article.signals),
      at,
      at,
    ).lastInsertRowid,
  );
  for (const s of article.segments) insertRange.run(db, articleId, s.start, s.end);
  return articleId;
}

type ExportedValue = CanonicalRecord['fields'][string][number];

const insertValue = prepare<
  [
    articleId: number,
    fieldKey: string,
    ordinal: number,
    value: string,
    valueKey: string,
    raw: string,
    origin: string,
    confidence: number | null,
    state: string,
    schemaId: string,
    schemaVersion: number,
    createdAt: string,
    updatedAt: string,
  ]
>(
  `INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin, extractor,
                             confidence, state, schema_id, schema_version, created_at, updated_at)
   VALUES (${NEXT_VALUE_ID}, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)`,
);

const insertSpan = prepare<[valueId: number, start: number, end: number, text: string]>(
  'INSERT OR IGNORE INTO value_spans (value_id, start, end, text) VALUES (?, ?, ?, ?)',
);

/** Stores an exported value with its spans (its value as JSON text and its canonical key). */
export function insertRestoredValue(
  db: ProjectDatabase,
  value: {
    articleId: number;
    fieldKey: string;
    ordinal: number;
    valueKey: string;
    schema: CanonicalRecord['schema'];
    exported: ExportedValue;
  },
  at: string,
): number {
  const { exported } = value;
  const valueId = Number(
    insertValue.run(
      db,
      value.articleId,
      value.fieldKey,
      value.ordinal,
      JSON.stringify(exported.value),
      value.valueKey,
      exported.raw,
      exported.origin,
      exported.confidence,
      exported.state,
      value.schema.id,
      value.schema.version,
      at,
      at,
    ).lastInsertRowid,
  );
  for (const span of exported.spans) insertSpan.run(db, valueId, span.start, span.end, span.text);
  return valueId;
}
