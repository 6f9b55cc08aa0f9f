import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/** A document's decoded text and what it was read from (services/redecode-document.ts). */
export interface StoredDocument {
  id: number;
  name: string;
  kind: string;
  text: string;
  encoding: string;
  bom: number;
  original: Buffer | null;
  sha256: string;
}

const byId = prepare<[documentId: number], StoredDocument>(
  'SELECT id, name, kind, text, encoding, bom, original, sha256 FROM documents WHERE id = ?',
);

export function storedDocument(
  db: ProjectDatabase,
  documentId: number,
): StoredDocument | undefined {
  return byId.get(db, documentId);
}

const curated = prepare<[documentId: number], { n: number }>(
  `SELECT count(*) AS n FROM articles WHERE document_id = ? AND (status <> 'new' OR revision > 1)`,
);

/** How many of the document's articles a curator has touched (status or revision moved). */
export function curatedArticleCount(db: ProjectDatabase, documentId: number): number {
  return curated.get(db, documentId)?.n ?? 0;
}

const replaceText = prepare<
  [
    text: string,
    sha256: string,
    encoding: string,
    bom: number,
    charCount: number,
    original: Buffer,
    documentId: number,
  ]
>(
  `UPDATE documents SET text = ?, sha256 = ?, encoding = ?, encoding_confidence = 1, bom = ?, char_count = ?,
     original = coalesce(original, ?) WHERE id = ?`,
);

/**
 * The document's text as decoded again with a named encoding. The bytes it was read from are
 * kept (`original` is only filled when it was empty).
 */
export function replaceDocumentText(
  db: ProjectDatabase,
  documentId: number,
  decoded: {
    text: string;
    sha256: string;
    encoding: string;
    bom: boolean;
    charCount: number;
    original: Buffer;
  },
): void {
  replaceText.run(
    db,
    decoded.text,
    decoded.sha256,
    decoded.encoding,
    decoded.bom ? 1 : 0,
    decoded.charCount,
    decoded.original,
    documentId,
  );
}

const deleteArticles = prepare<[documentId: number]>('DELETE FROM articles WHERE document_id = ?');

export function deleteArticlesOfDocument(db: ProjectDatabase, documentId: number): void {
  deleteArticles.run(db, documentId);
}
