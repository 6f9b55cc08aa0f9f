import { createHash } from 'node:crypto';
import { appendAudit } from '../database/audit-repository';
import { insertArticle } from '../database/articles-repository';
import {
  findDocumentBySha256,
  insertDocument,
  type DocumentKind,
} from '../database/documents-repository';
import type { ProjectDatabase } from '../database/open-project';
import { codePointLength, type CodePointRange } from '../../shared/text/codepoints';

export interface DecodedDocument {
  name: string;
  sourcePath: string | null;
  kind: DocumentKind;
  text: string;
  encoding: string;
  encodingConfidence: number;
  /** The bytes as read, kept when the stored text is not a plain decode of them (HTML). */
  original: Uint8Array | null;
}

export interface ArticlePlan {
  title: string | null;
  ranges: CodePointRange[];
}

/** Splits a document into articles; until segmentation is configured a document is one article. */
export type Segmenter = (text: string) => ArticlePlan[];

export const wholeDocumentSegmenter: Segmenter = (text) => [
  { title: null, ranges: [{ start: 0, end: codePointLength(text) }] },
];

export type StoreResult =
  | { status: 'imported'; documentId: number; articleIds: number[] }
  | { status: 'duplicate'; matchedDocumentId: number; matchedName: string };

export function sha256OfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Stores one decoded document and its articles in a single transaction (all or nothing per
 * file), unless the same decoded text is already in the project, in which case the match is
 * reported and nothing is written.
 */
export function storeDocument(
  db: ProjectDatabase,
  doc: DecodedDocument,
  options: { actor: string; segmenter?: Segmenter; at?: string },
): StoreResult {
  const at = options.at ?? new Date().toISOString();
  const sha256 = sha256OfText(doc.text);
  const segmenter = options.segmenter ?? wholeDocumentSegmenter;
  return db.transaction((): StoreResult => {
    const existing = findDocumentBySha256(db, sha256);
    if (existing)
      return { status: 'duplicate', matchedDocumentId: existing.id, matchedName: existing.name };
    const charCount = codePointLength(doc.text);
    const documentId = insertDocument(db, { ...doc, sha256, charCount }, at);
    const plans = segmenter(doc.text);
    const articleIds = plans.map((plan, ordinal) =>
      insertArticle(db, { documentId, ordinal, ...plan }, at),
    );
    appendAudit(
      db,
      {
        actor: options.actor,
        entity: 'document',
        entityId: documentId,
        action: 'import',
        after: { name: doc.name, sha256, encoding: doc.encoding, articles: articleIds.length },
      },
      at,
    );
    return { status: 'imported', documentId, articleIds };
  })();
}
