import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';

export type DocumentKind = 'text' | 'markdown' | 'html' | 'jsonl' | 'csv';

export interface NewDocument {
  name: string;
  sourcePath: string | null;
  kind: DocumentKind;
  sha256: string;
  encoding: string;
  encodingConfidence: number;
  text: string;
  charCount: number;
  original: Uint8Array | null;
  bom: boolean;
  sourceRow: number | null;
  metadata: Record<string, string> | null;
}

export interface StoredDocumentRef {
  id: number;
  name: string;
  sourcePath: string | null;
}

const documentBySha256 = prepare<[sha256: string], StoredDocumentRef>(
  'SELECT id, name, source_path AS sourcePath FROM documents WHERE sha256 = ?',
);

export function findDocumentBySha256(
  db: ProjectDatabase,
  sha256: string,
): StoredDocumentRef | undefined {
  return documentBySha256.get(db, sha256);
}

export function insertDocument(db: ProjectDatabase, doc: NewDocument, importedAt: string): number {
  const result = statement(
    db,
    `INSERT INTO documents (name, source_path, kind, sha256, encoding, encoding_confidence, bom, text, char_count,
                              original, source_row, metadata, imported_at)
       VALUES (@name, @sourcePath, @kind, @sha256, @encoding, @encodingConfidence, @bom, @text, @charCount,
               @original, @sourceRow, @metadata, @importedAt)`,
  ).run({
    ...doc,
    bom: doc.bom ? 1 : 0,
    original: doc.original ? Buffer.from(doc.original) : null,
    metadata: doc.metadata ? JSON.stringify(doc.metadata) : null,
    importedAt,
  });
  return Number(result.lastInsertRowid);
}

const documentCount = prepare<[], { n: number }>('SELECT count(*) AS n FROM documents');

export function countDocuments(db: ProjectDatabase): number {
  return documentCount.get(db)!.n;
}
