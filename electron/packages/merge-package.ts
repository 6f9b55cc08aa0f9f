import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import {
  openProjectDatabase,
  type ProjectDatabase,
  inWriteTransaction,
} from '../database/open-project';
import { diagnoseHeader } from '../database/project-file-diagnosis';
import { assertRegularFile } from '../import/regular-file';
import {
  articlesWithChangedValues,
  attachPackage,
  detachPackage,
  fillCandidateValues,
  fillIdTable,
  lastArticleAuthor,
  lastAuthor,
  PACKAGE_SCHEMA,
  readMeta,
  readSide,
  type SideRows,
} from '../database/packages-repository';
import { recordAnnotation } from './annotations';
import { packageRowProblems } from './package-rows-check';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { applyMerge, type MergeSummary } from './apply-merge';
import {
  planMerge,
  type MergeConflict,
  type MergeInputs,
  type MergeResolutions,
} from './merge-plan';
import { MERGED_KEY_PREFIX, parseStamp, PROJECT_ID_KEY, segmentationKeys } from './package-stamp';

export type { MergeSummary } from './apply-merge';

export type MergeResult =
  | { status: 'conflicts'; packageId: string; conflicts: MergeConflict[] }
  | { status: 'already-merged'; packageId: string; mergedAt: string }
  | { status: 'merged'; packageId: string; summary: MergeSummary; notes: string[] };

/**
 * Merges a work package back into the project it was made from (issue 20): every change made in
 * the package since its stamp is applied, in one transaction, and the package's own audit rows
 * since the stamp are appended to the project's log with their original authors and times, each
 * marked `merged: {package, row}`, rows it created renumbered to their ids in the project. Rows
 * changed differently on both sides are conflicts: without a resolution for each, nothing is
 * written and they are returned. A resolved conflict leaves a `merge-conflict` row holding both
 * sides, so the side not taken stays in the history. Merging the same package again changes
 * nothing; packages of disjoint pages merge in any order to the same rows.
 */
export function mergeWorkPackage(
  db: ProjectDatabase,
  input: { file: string; actor: string; resolutions?: MergeResolutions },
): MergeResult {
  const file = path.resolve(input.file);
  if (!fs.existsSync(file)) throw apiError('package-missing', { file });
  refuseNonDatabase(file);
  // Brings an older package up to this schema (and refuses a newer one) before it is attached.
  refuseForgedAudit(openProjectDatabase(file), file);
  attachPackage(db, file);
  try {
    const stamp = parseStamp(readMeta(db, PACKAGE_SCHEMA, 'work_package'), file);
    const projectId = readMeta(db, 'main', PROJECT_ID_KEY);
    if (stamp.sourceProjectId !== projectId)
      throw apiError('package-from-other-project', {
        file: path.basename(file),
        source: stamp.sourceProjectId,
        project: projectId ?? 'one no package was ever made from',
      });
    return inWriteTransaction(db, (): MergeResult => {
      const merged = readMeta(db, 'main', MERGED_KEY_PREFIX + stamp.packageId);
      if (merged !== undefined)
        return {
          status: 'already-merged',
          packageId: stamp.packageId,
          mergedAt: (JSON.parse(merged) as { at: string }).at,
        };
      fillIdTable(db, 'package_documents', Object.keys(stamp.documents).map(Number));
      fillIdTable(db, 'package_values', []);
      const layout = segmentationKeys(
        readSide(db, PACKAGE_SCHEMA, { values: 'candidates', spans: false }),
      );
      fillCandidateValues(
        db,
        Object.entries(stamp.documents)
          .filter(([id, key]) => layout.get(Number(id)) !== key)
          .map(([id]) => Number(id)),
      );
      const main = readSide(db, 'main', { values: 'candidates', spans: true });
      const pkg = readSide(db, PACKAGE_SCHEMA, { values: 'candidates', spans: true });
      refuseRowsProjectCannotTake(db, file, main, pkg);
      const author =
        (side: 'main' | typeof PACKAGE_SCHEMA) => (entity: AuthorEntity, id: number) =>
          entity === 'article-any'
            ? lastArticleAuthor(db, side, id)
            : lastAuthor(db, side, entity, id);
      const plan = planMerge(
        {
          stamp,
          main,
          pkg,
          changedValues: {
            main: new Set(articlesWithChangedValues(db, 'main')),
            package: new Set(articlesWithChangedValues(db, PACKAGE_SCHEMA)),
          },
          authors: { main: author('main'), package: author(PACKAGE_SCHEMA) },
        },
        input.resolutions ?? {},
      );
      if (plan.conflicts.length > 0)
        return { status: 'conflicts', packageId: stamp.packageId, conflicts: plan.conflicts };
      const applied = applyMerge(db, { stamp, plan, main, pkg, file, actor: input.actor });
      recordAnnotation(db, { stamp, ids: applied.ids, at: new Date().toISOString() });
      return {
        status: 'merged',
        packageId: stamp.packageId,
        summary: applied.summary,
        notes: applied.notes,
      };
    });
  } finally {
    detachPackage(db);
  }
}

type AuthorEntity = Parameters<MergeInputs['authors']['main']>[0];

/**
 * Opening a package migrates it in place, so whatever is not already a SQLite file is refused
 * first: an empty file would otherwise be filled with a new empty project, and a FIFO would
 * block the thread that opened it.
 */
function refuseNonDatabase(file: string): void {
  assertRegularFile(file);
  const header = diagnoseHeader(file);
  if (header.unreadable) {
    throw apiError('not-a-project', { file, reason: header.problems.join('; ') });
  }
}

/**
 * A package's audit rows enter the project's log as the history of its articles, under the names
 * they carry. The package is a project file that was in its curator's hands: a row added or
 * changed there with an SQLite tool (an edit claimed by someone else, an approval nobody gave)
 * breaks its hash chain, and the package is refused naming the first such row, before anything
 * is merged. A package whose chain is whole merges as before; its rows carry who merged them
 * (merged-audit-row.ts), since the chain shows they were made by a Gleaner, not by whom.
 */
function refuseForgedAudit(pkg: ProjectDatabase, file: string): void {
  try {
    const broken = verifyAuditChain(pkg).broken;
    if (broken)
      throw apiError('package-audit-forged', {
        file: path.basename(file),
        problem: broken.message,
      });
  } finally {
    pkg.close();
  }
}

/** A package row the project cannot hold (package-rows-check.ts) refuses the whole merge. */
function refuseRowsProjectCannotTake(
  db: ProjectDatabase,
  file: string,
  main: Pick<SideRows, 'documents'>,
  pkg: SideRows,
): void {
  const mainDocuments = new Set(main.documents.map((d) => d.id));
  const gone = new Set(pkg.documents.map((d) => d.id).filter((id) => !mainDocuments.has(id)));
  const invalid = packageRowProblems(db, pkg, gone);
  if (invalid.length === 0) return;
  throw apiError('package-rows-invalid', {
    file: path.basename(file),
    count: invalid.length,
    problems:
      invalid.slice(0, 3).join('; ') +
      (invalid.length > 3 ? ` (and ${invalid.length - 3} more)` : ''),
  });
}
