import { apiError } from '../../shared/contract/error-messages';
import { planPage } from '../../shared/pages/plan-page';
import { codePointLength } from '../../shared/text/codepoints';
import { auditedWrite } from '../database/audited-write';
import { insertArticle } from '../database/articles-repository';
import { findSegmentationCorrection } from '../database/corrections-repository';
import { articleIdsOfDocument } from '../database/article-text-repository';
import {
  curatedArticleCount,
  deleteArticlesOfDocument,
  replaceDocumentText,
  storedDocument,
  type StoredDocument,
} from '../database/document-text-repository';
import { findDocumentBySha256 } from '../database/documents-repository';
import { deleteMarks, insertMarks } from '../database/marks-repository';
import type { ProjectDatabase } from '../database/open-project';
import { decodeBytes } from '../import/decode';
import { readHtmlPage } from '../import/html-page';
import { sha256OfText } from './store-document';

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
  const doc = storedDocument(db, input.documentId);
  if (!doc) throw apiError('document-missing', { documentId: input.documentId });
  if (doc.kind === 'csv' || doc.kind === 'jsonl') {
    throw apiError('redecode-table-row', { name: doc.name });
  }
  const decoded = decodeBytes(originalBytes(doc), { forceEncoding: input.encoding });
  if (!decoded.ok)
    throw apiError('redecode-unreadable', {
      name: doc.name,
      encoding: input.encoding,
      reason: decoded.message,
    });
  const page = doc.kind === 'html' ? readHtmlPage(decoded.text) : null;
  const text = page ? page.text : decoded.text;
  if (text === doc.text) {
    return {
      documentId: doc.id,
      encoding: doc.encoding,
      articleIds: articleIdsOfDocument(db, doc.id),
      changed: false,
    };
  }
  const sha256 = sha256OfText(text);

  return auditedWrite(db, actor, (write) => {
    const other = findDocumentBySha256(db, sha256);
    if (other && other.id !== doc.id) {
      throw apiError('redecode-duplicate', {
        encoding: decoded.encoding,
        name: doc.name,
        other: other.name,
      });
    }
    if (curatedArticleCount(db, doc.id) > 0) {
      throw apiError('redecode-curated', { name: doc.name });
    }
    replaceDocumentText(db, doc.id, {
      text,
      sha256,
      encoding: decoded.encoding,
      bom: decoded.bom,
      charCount: codePointLength(text),
      original: originalBytes(doc),
    });
    deleteArticlesOfDocument(db, doc.id);
    deleteMarks(db, doc.id);
    const plan = planPage(text, page?.hints);
    insertMarks(db, doc.id, plan.marks);
    const articles = findSegmentationCorrection(db, sha256) ?? plan.articles;
    const articleIds = articles.map((article, ordinal) =>
      insertArticle(db, { documentId: doc.id, ordinal, ...article }, write.at),
    );
    write.audit({
      entity: 'document',
      entityId: doc.id,
      action: 'redecode',
      before: { encoding: doc.encoding, sha256: doc.sha256 },
      after: { encoding: decoded.encoding, sha256, articles: articleIds.length },
    });
    return { documentId: doc.id, encoding: decoded.encoding, articleIds, changed: true };
  });
}
