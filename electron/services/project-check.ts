import { CodePointIndex } from '../../shared/text/codepoints';
import {
  articleCountOfDocument,
  articleRangesOfDocument,
  eachDocument,
  integrityProblems,
  valueSpansOfDocument,
} from '../database/check-queries';
import type { ProjectDatabase } from '../database/open-project';
import { valuesNotJson } from '../database/stored-value-json';
import {
  auditChainProblems,
  type AuditChainSummary,
  type NotedAuditHead,
} from './audit-chain-check';
import { unextractedArticleProblems } from './check-extraction';
import { deadExportPartials } from './export-partials-check';
import { segmentationProblems } from './segmentation-check';
import { sha256OfText } from './store-document';
import { valueShapeProblems } from './value-shape-check';

export interface CheckProblem {
  kind:
    | 'file'
    | 'integrity'
    | 'structure'
    | 'document-hash'
    | 'range'
    | 'span'
    | 'value'
    | 'audit'
    | 'not-extracted'
    | 'export-partial';
  message: string;
}

export interface CheckReport {
  documents: number;
  articles: number;
  spans: number;
  /** Temporary files of exports killed midway that the check removed (export-partials-check.ts). */
  removedPartials?: string[];
  /** How many audit rows were verified, and the chain's head to note down (see audit-chain.ts). */
  audit?: AuditChainSummary;
  problems: CheckProblem[];
}

/**
 * `gleaner check`: SQLite's own integrity check, then Gleaner's invariants — every document's
 * hash matches its text, every article range lies inside its document, and every span's stored
 * text is exactly the document's text at its code-point offsets; last, the audit log's hash
 * chain (audit-chain-check.ts).
 */
export function checkProject(
  db: ProjectDatabase,
  options: {
    maxProblems?: number;
    /** The caller already ran PRAGMA integrity_check (check-project-file.ts); skip the rerun. */
    integrityChecked?: boolean;
    /** A head printed by an earlier check: the chain must still pass through it. */
    notedAuditHead?: NotedAuditHead | undefined;
  } = {},
): CheckReport {
  const maxProblems = options.maxProblems ?? 100;
  const problems: CheckProblem[] = [];
  const add = (problem: CheckProblem): void => {
    if (problems.length < maxProblems) problems.push(problem);
  };
  const integrity = options.integrityChecked ? [] : integrityProblems(db);
  for (const message of integrity) add({ kind: 'integrity', message });

  let documents = 0;
  let articles = 0;
  let spans = 0;
  for (const doc of eachDocument(db)) {
    documents++;
    articles += articleCountOfDocument(db, doc.id);
    // A document restored from an export keeps its original hash: only its articles' text is known.
    const restored = doc.metadata !== null && doc.metadata.includes('"text_outside_articles"');
    if (!restored && sha256OfText(doc.text) !== doc.sha256) {
      add({
        kind: 'document-hash',
        message: `${doc.name}: the stored text does not match its sha256`,
      });
    }
    const index = new CodePointIndex(doc.text);
    for (const r of articleRangesOfDocument(db, doc.id)) {
      if (r.end > index.length)
        add({
          kind: 'range',
          message: `${doc.name}: article ${r.articleId} range ${r.start}–${r.end} is past the end (${index.length})`,
        });
    }
    for (const s of valueSpansOfDocument(db, doc.id)) {
      spans++;
      const actual = s.end <= index.length ? index.slice(s.start, s.end) : null;
      if (actual !== s.text) {
        add({
          kind: 'span',
          message: `${doc.name}: article ${s.articleId}, field ${s.field}, value ${s.valueId}: span ${s.start}–${s.end} should read "${s.text}" but reads "${actual ?? '(past the end)'}"`,
        });
      }
    }
  }
  for (const value of valuesNotJson(db, maxProblems - problems.length))
    add({
      kind: 'value',
      message: `article ${value.articleId}, field ${value.fieldKey}, value ${value.id}: its value is not JSON`,
    });
  for (const message of valueShapeProblems(db, maxProblems - problems.length))
    add({ kind: 'value', message });
  for (const problem of unextractedArticleProblems(db, maxProblems - problems.length)) add(problem);
  for (const problem of segmentationProblems(db)) add(problem);
  const partials = deadExportPartials(db);
  partials.problems.forEach(add);
  const audit = auditChainProblems(db, options.notedAuditHead);
  audit.problems.forEach(add);
  return {
    documents,
    articles,
    spans,
    ...(partials.removed.length > 0 ? { removedPartials: partials.removed } : {}),
    audit: audit.summary,
    problems,
  };
}
