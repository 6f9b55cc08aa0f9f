import type { PageMark } from '../../shared/pages/plan-page';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';
import { prepare } from './typed-statement';

export function insertMarks(
  db: ProjectDatabase,
  documentId: number,
  marks: readonly PageMark[],
): void {
  const insert = statement(
    db,
    `INSERT INTO document_marks (document_id, kind, start, end, reason, first_start, first_end, similarity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const mark of marks) {
    if (mark.kind === 'repeat') {
      insert.run(
        documentId,
        mark.kind,
        mark.start,
        mark.end,
        mark.reason,
        mark.first.start,
        mark.first.end,
        mark.similarity,
      );
    } else {
      insert.run(documentId, mark.kind, mark.start, mark.end, mark.reason, null, null, null);
    }
  }
}

const marksOf = prepare<
  [documentId: number],
  {
    kind: 'chrome' | 'repeat';
    start: number;
    end: number;
    reason: string;
    firstStart: number | null;
    firstEnd: number | null;
    similarity: number | null;
  }
>(
  `SELECT kind, start, end, reason, first_start AS firstStart, first_end AS firstEnd, similarity
     FROM document_marks WHERE document_id = ? ORDER BY start`,
);

export function marksOfDocument(db: ProjectDatabase, documentId: number): PageMark[] {
  const rows = marksOf.all(db, documentId);
  return rows.map((r): PageMark =>
    r.kind === 'repeat'
      ? {
          kind: 'repeat',
          start: r.start,
          end: r.end,
          reason: r.reason,
          first: { start: r.firstStart ?? 0, end: r.firstEnd ?? 0 },
          similarity: r.similarity ?? 1,
        }
      : { kind: 'chrome', start: r.start, end: r.end, reason: r.reason },
  );
}

export function deleteMarks(db: ProjectDatabase, documentId: number): void {
  statement(db, 'DELETE FROM document_marks WHERE document_id = ?').run(documentId);
}
