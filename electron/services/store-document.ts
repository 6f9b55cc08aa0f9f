import { createHash } from 'node:crypto';
import { appendAudit } from '../database/audit-repository';
import { insertArticle } from '../database/articles-repository';
import {
  findDocumentBySha256,
  insertDocument,
  type DocumentKind,
} from '../database/documents-repository';
import { insertMarks } from '../database/marks-repository';
import { findSegmentationCorrection } from '../database/corrections-repository';
import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';
import { wholeDocumentPlan, type PagePlan } from '../../shared/pages/plan-page';
import { codePointLength } from '../../shared/text/codepoints';

export interface DecodedDocument {
  name: string;
  sourcePath: string | null;
  kind: DocumentKind;
  text: string;
  encoding: string;
  encodingConfidence: number;
  bom?: boolean;
  /** The bytes as read, kept when they cannot be rebuilt from the text (HTML, non-UTF-8). */
  original: Uint8Array | null;
  /** For a row of a CSV/JSONL file: its 1-based row number and its other columns. */
  sourceRow?: number | null;
  metadata?: Record<string, string> | null;
}

/** Decides the articles and marks of a document's text. */
export type PagePlanner = (text: string) => PagePlan;

export type StoreResult =
  | {
      status: 'imported';
      documentId: number;
      articleIds: number[];
      /** A curator's earlier segmentation of the same text was used instead of the plan. */
      corrected: boolean;
    }
  | { status: 'duplicate'; matchedDocumentId: number; matchedName: string };

export function sha256OfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Stores one decoded document, its marks and its articles in a single transaction (all or
 * nothing per file), unless the same decoded text is already in the project, in which case the
 * match is reported and nothing is written. A curator's earlier segmentation correction of the
 * same text wins over the planner.
 */
export function storeDocument(
  db: ProjectDatabase,
  doc: DecodedDocument,
  options: { actor: string; planner?: PagePlanner; plan?: PagePlan; at?: string },
): StoreResult {
  const at = options.at ?? new Date().toISOString();
  const sha256 = sha256OfText(doc.text);
  const planner = options.planner ?? ((text: string) => wholeDocumentPlan(text));
  return inWriteTransaction(db, (): StoreResult => {
    const existing = findDocumentBySha256(db, sha256);
    if (existing)
      return { status: 'duplicate', matchedDocumentId: existing.id, matchedName: existing.name };
    const documentId = insertDocument(
      db,
      {
        name: doc.name,
        sourcePath: doc.sourcePath,
        kind: doc.kind,
        sha256,
        encoding: doc.encoding,
        encodingConfidence: doc.encodingConfidence,
        bom: doc.bom ?? false,
        text: doc.text,
        charCount: codePointLength(doc.text),
        original: doc.original,
        sourceRow: doc.sourceRow ?? null,
        metadata: doc.metadata ?? null,
      },
      at,
    );
    const plan = options.plan ?? planner(doc.text);
    insertMarks(db, documentId, plan.marks);
    const correction = findSegmentationCorrection(db, sha256);
    const articles = correction ?? plan.articles;
    const articleIds = articles.map((article, ordinal) =>
      insertArticle(db, { documentId, ordinal, ...article }, at),
    );
    appendAudit(
      db,
      {
        actor: options.actor,
        entity: 'document',
        entityId: documentId,
        action: 'import',
        after: {
          name: doc.name,
          sha256,
          encoding: doc.encoding,
          articles: articleIds.length,
          corrected: correction !== null,
        },
      },
      at,
    );
    return { status: 'imported', documentId, articleIds, corrected: correction !== null };
  });
}
