import {
  documentFingerprint,
  textAndFingerprintOfDocument,
} from '../database/document-text-repository';
import type { ProjectDatabase } from '../database/open-project';
import { CodePointIndex } from '../../shared/text/codepoints';

/**
 * The code-point index of the last document extraction read. A document's text is never
 * rewritten, but its id could name another document after a delete, so each batch checks the
 * fingerprint it was read with before using it again.
 */
export class PageCache {
  private page: { id: number; sha256: string; index: CodePointIndex } | null = null;
  /** How many times a document's text was read, for tests. */
  reads = 0;

  indexOf(db: ProjectDatabase, documentId: number, checked: Set<number>): CodePointIndex {
    const page = this.page;
    if (page?.id === documentId) {
      if (checked.has(documentId)) return page.index;
      if (documentFingerprint(db, documentId) === page.sha256) {
        checked.add(documentId);
        return page.index;
      }
    }
    const { text, sha256 } = textAndFingerprintOfDocument(db, documentId);
    this.reads++;
    this.page = { id: documentId, sha256, index: new CodePointIndex(text) };
    checked.add(documentId);
    return this.page.index;
  }
}
