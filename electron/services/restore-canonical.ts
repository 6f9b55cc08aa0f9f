import { markArticleExtracted } from '../database/extraction-state';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { SEGMENT_SEPARATOR } from '../../shared/export/canonical-record';
import { canonicalJson } from '../../shared/extraction';
import { codePointLength } from '../../shared/text/codepoints';
import { auditedWrite } from '../database/audited-write';
import { findDocumentBySha256 } from '../database/documents-repository';
import type { ProjectDatabase } from '../database/open-project';
import {
  insertRestoredArticle,
  insertRestoredDocument,
  insertRestoredValue,
} from '../database/restore-repository';

/** Does this JSONL text start with a Gleaner canonical record (an export), not plain rows? */
export function isCanonicalExport(text: string): boolean {
  const firstLine = text
    .slice(0, 1_000_000)
    .split('\n')
    .find((line) => line.trim() !== '');
  if (!firstLine) return false;
  try {
    const row = JSON.parse(firstLine) as Partial<CanonicalRecord>;
    return (
      typeof row === 'object' &&
      row !== null &&
      typeof row.document?.sha256 === 'string' &&
      Array.isArray(row.segments) &&
      typeof row.fields === 'object' &&
      typeof row.schema?.id === 'string'
    );
  } catch {
    return false;
  }
}

/**
 * Rebuilds a document's text from its articles' segments: each segment's characters at their
 * code-point offsets, and a space for every character no article covered (page chrome, gaps).
 * Offsets, segment texts and span texts come back exactly; the uncovered characters cannot.
 */
function rebuildDocumentText(records: CanonicalRecord[]): string {
  let length = 0;
  for (const r of records) {
    for (const s of r.segments) length = Math.max(length, s.end);
    for (const values of Object.values(r.fields))
      for (const v of values) for (const span of v.spans) length = Math.max(length, span.end);
  }
  const chars: string[] = new Array<string>(length).fill(' ');
  for (const record of records) {
    const text = Array.from(record.text);
    let cursor = 0;
    for (const segment of record.segments) {
      for (let i = segment.start; i < segment.end; i++) chars[i] = text[cursor++] ?? ' ';
      cursor += codePointLength(SEGMENT_SEPARATOR);
    }
  }
  return chars.join('');
}

export interface RestoreResult {
  documents: { documentId: number; name: string; articles: number }[];
  duplicates: { name: string; matchedName: string }[];
}

/**
 * Imports a Gleaner JSONL export back into a project (round trip): documents, articles with
 * their segments, titles and statuses, and every value with its spans, origin, confidence and
 * review state. Ids are kept when the project does not use them yet, so exporting the restored
 * project gives the same records. A document whose text is already in the project is reported
 * as a duplicate. Runs inside the caller's transaction.
 */
export function restoreCanonicalRecords(
  db: ProjectDatabase,
  fileName: string,
  text: string,
  actor: string,
): RestoreResult {
  const records = text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter((l) => l.line !== '')
    .map(({ line, number }) => {
      try {
        return JSON.parse(line) as CanonicalRecord;
      } catch (error) {
        throw new Error(
          `${fileName}: line ${number} is not valid JSON (${(error as Error).message})`,
          { cause: error },
        );
      }
    });
  const byDocument = new Map<number, CanonicalRecord[]>();
  for (const record of records) {
    const group = byDocument.get(record.document.id) ?? [];
    group.push(record);
    byDocument.set(record.document.id, group);
  }
  const result: RestoreResult = { documents: [], duplicates: [] };
  auditedWrite(db, actor, (write) => {
    for (const group of byDocument.values()) {
      const first = group[0]!;
      const existing = findDocumentBySha256(db, first.document.sha256);
      if (existing) {
        result.duplicates.push({ name: first.document.name, matchedName: existing.name });
        continue;
      }
      const documentId = restoreDocument(db, fileName, group, write.at);
      write.audit({
        entity: 'document',
        entityId: documentId,
        action: 'restore',
        after: { from: fileName, articles: group.length },
      });
      result.documents.push({ documentId, name: first.document.name, articles: group.length });
    }
  });
  return result;
}

/** Stores one exported document's text, articles and values; returns the document's id. */
function restoreDocument(
  db: ProjectDatabase,
  fileName: string,
  group: CanonicalRecord[],
  at: string,
): number {
  const first = group[0]!;
  const documentText = rebuildDocumentText(group);
  const documentId = insertRestoredDocument(
    db,
    {
      ...first.document,
      text: documentText,
      charCount: codePointLength(documentText),
      // The text outside the exported segments is unknown: its hash is the original one.
      metadata: JSON.stringify({ restored_from: fileName, text_outside_articles: 'unknown' }),
    },
    at,
  );
  group.forEach((record, ordinal) => {
    const articleId = insertRestoredArticle(
      db,
      {
        id: record.id,
        documentId,
        ordinal,
        title: record.title,
        status: record.status,
        signals: [`restored from ${fileName}`],
        segments: record.segments,
      },
      at,
    );
    // Its values came with the export (what curators kept): extracting it again would suggest
    // beside them, so it counts as extracted.
    markArticleExtracted(db, articleId, at);
    for (const [field, values] of Object.entries(record.fields)) {
      values.forEach((value, index) => {
        insertRestoredValue(
          db,
          {
            articleId,
            fieldKey: field,
            ordinal: index,
            valueKey: canonicalJson(value.value),
            schema: record.schema,
            exported: value,
          },
          at,
        );
      });
    }
  });
  return documentId;
}
