import { ApiError } from '../../shared/contract/errors';
import { planPage } from '../../shared/pages/plan-page';
import { codePointLength } from '../../shared/text/codepoints';
import { appendAudit } from '../database/audit-repository';
import { insertArticle } from '../database/articles-repository';
import { findSegmentationCorrection } from '../database/corrections-repository';
import { findDocumentBySha256 } from '../database/documents-repository';
import { deleteMarks, insertMarks } from '../database/marks-repository';
import type { ProjectDatabase } from '../database/open-project';
import { decodeBytes } from '../import/decode';
import { readHtmlPage } from '../import/html-page';
import { sha256OfText } from './store-document';

interface StoredDocument {
  id: number;
  name: string;
  kind: string;
  text: string;
  encoding: string;
  bom: number;
  original: Buffer | null;
  sha256: string;
}

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The bytes the document was read from: kept as they were, or rebuilt exactly from UTF-8 text. */
function originalBytes(doc: StoredDocument): Buffer {
  if (doc.original) return doc.original;
  const body = Buffer.from(doc.text, 'utf8');
  return doc.bom ? Buffer.concat([utf8Bom, body]) : body;
}

/**
 * Re-decodes one document with the encoding the curator names ("this is Big5, not GBK"): the
 * text, its marks and its articles are rebuilt in one transaction. Offsets of the old text mean
 * nothing in the new one, so this is refused once the document's articles hold curated work.
 */
export function redecodeDocument(
  db: ProjectDatabase,
  input: { documentId: number; encoding: string },
  actor: string,
): { documentId: number; encoding: string; articleIds: number[]; changed: boolean } {
  const doc = db
    .prepare(
      'SELECT id, name, kind, text, encoding, bom, original, sha256 FROM documents WHERE id = ?',
    )
    .get(input.documentId) as StoredDocument | undefined;
  if (!doc)
    throw new ApiError('not-found', `There is no document ${input.documentId} in this project.`);
  if (doc.kind === 'csv' || doc.kind === 'jsonl') {
    throw new ApiError(
      'conflict',
      `${doc.name} is a row of a table: re-import the table file with its encoding instead.`,
    );
  }
  const decoded = decodeBytes(originalBytes(doc), { forceEncoding: input.encoding });
  if (!decoded.ok)
    throw new ApiError(
      'invalid-input',
      `${doc.name} cannot be read as ${input.encoding}: ${decoded.message}`,
    );
  const page = doc.kind === 'html' ? readHtmlPage(decoded.text) : null;
  const text = page ? page.text : decoded.text;
  if (text === doc.text) {
    const ids = db
      .prepare('SELECT id FROM articles WHERE document_id = ? ORDER BY ordinal')
      .all(doc.id) as { id: number }[];
    return {
      documentId: doc.id,
      encoding: doc.encoding,
      articleIds: ids.map((r) => r.id),
      changed: false,
    };
  }
  const sha256 = sha256OfText(text);
  const at = new Date().toISOString();

  return db.transaction(() => {
    const other = findDocumentBySha256(db, sha256);
    if (other && other.id !== doc.id) {
      throw new ApiError(
        'conflict',
        `Read as ${decoded.encoding}, ${doc.name} has the same text as ${other.name}, which is already in the project.`,
      );
    }
    const curated = db
      .prepare(
        `SELECT count(*) AS n FROM articles WHERE document_id = ? AND (status <> 'new' OR revision > 1)`,
      )
      .get(doc.id) as { n: number };
    if (curated.n > 0) {
      throw new ApiError(
        'conflict',
        `${doc.name} already has curated articles; re-decoding it would move every highlight. Undo the curation first.`,
      );
    }
    db.prepare(
      `UPDATE documents SET text = ?, sha256 = ?, encoding = ?, encoding_confidence = 1, bom = ?, char_count = ?,
         original = coalesce(original, ?) WHERE id = ?`,
    ).run(
      text,
      sha256,
      decoded.encoding,
      decoded.bom ? 1 : 0,
      codePointLength(text),
      originalBytes(doc),
      doc.id,
    );
    db.prepare('DELETE FROM articles WHERE document_id = ?').run(doc.id);
    deleteMarks(db, doc.id);
    const plan = planPage(text, page?.hints);
    insertMarks(db, doc.id, plan.marks);
    const articles = findSegmentationCorrection(db, sha256) ?? plan.articles;
    const articleIds = articles.map((article, ordinal) =>
      insertArticle(db, { documentId: doc.id, ordinal, ...article }, at),
    );
    appendAudit(
      db,
      {
        actor,
        entity: 'document',
        entityId: doc.id,
        action: 'redecode',
        before: { encoding: doc.encoding, sha256: doc.sha256 },
        after: { encoding: decoded.encoding, sha256, articles: articleIds.length },
      },
      at,
    );
    return { documentId: doc.id, encoding: decoded.encoding, articleIds, changed: true };
  })();
}
