import path from 'node:path';
import type { ProjectDatabase } from '../database/open-project';
import {
  appendRecordedAuditRows,
  deleteValue,
  insertCommentRow,
  insertValueFromPackage,
  lastAuditId,
  packageAuditSince,
  profileIdNamed,
  resolveThreadFromPackage,
  setArticleState,
  takeValue,
  valueExists,
  writeMeta,
  type SideRows,
} from '../database/packages-repository';
import { isDropped, type MergeConflict, type MergePlan } from './merge-plan';
import { markedMerged, type IdMaps } from './merged-audit-row';
import { MERGED_KEY_PREFIX, type PackageStamp } from './package-stamp';
import { pageIndex, takeSegmentation } from './take-segmentation';

export interface MergeSummary {
  segmentation: number;
  states: number;
  values: number;
  removed: number;
  added: number;
  comments: number;
  /** Package rows with nowhere to go (their article was kept out by a choice of the project's
   * side, or their page is gone from the project): still in the merged history. */
  notApplied: number;
  auditRows: number;
  resolved: number;
}

export interface ApplyInput {
  stamp: PackageStamp;
  plan: MergePlan;
  main: SideRows;
  pkg: SideRows;
  file: string;
  actor: string;
}

/** The audit entity a decided conflict's row is about. */
const conflictEntity: Record<MergeConflict['kind'], string> = {
  value: 'value',
  state: 'article',
  article: 'article',
  segmentation: 'document',
};

/**
 * Writes a conflict-free plan into the project (the caller's transaction): segmentation, states,
 * values, comments, then the package's audit rows, one row per decided conflict and one for the
 * merge, recorded in meta so a second merge changes nothing. Returns the ids the merge gave to
 * rows the package made, and what it did.
 */
export function applyMerge(
  db: ProjectDatabase,
  input: ApplyInput,
): { summary: MergeSummary; ids: IdMaps; notes: string[] } {
  const { plan } = input;
  const ids = carriedIds(input);
  const summary: MergeSummary = {
    segmentation: plan.segmentation.length,
    states: 0,
    values: plan.values.length,
    removed: plan.removed.length,
    added: 0,
    comments: 0,
    notApplied: 0,
    auditRows: 0,
    resolved: plan.resolved.length,
  };
  if (plan.segmentation.length > 0) {
    const index = pageIndex(input.main, input.pkg);
    for (const documentId of plan.segmentation) takeSegmentation(db, documentId, index, ids);
  }
  applyRows(db, input, ids, summary);
  applyComments(db, input, ids, summary);
  appendHistory(db, input, ids, summary);
  const notes = plan.missingDocuments.map(
    (id) => `Page ${id} of the package is no longer in the project: its work was not merged.`,
  );
  if (summary.notApplied > 0)
    notes.push(
      `${summary.notApplied} values or comments of the package were not applied (their article is not in the project's segmentation, or a conflict kept the project's side of it); they stay in the merged history only.`,
    );
  return { summary, ids, notes };
}

/** A carried row keeps its id; a row the package made may share its id with an unrelated row
 * of the project, so only stamped ids map to themselves. */
function carriedIds({ stamp, main, pkg }: ApplyInput): IdMaps {
  const ids: IdMaps = { article: new Map(), value: new Map(), comment: new Map() };
  const mainArticles = new Set(main.articles.map((a) => a.id));
  for (const a of pkg.articles)
    if (stamp.articles[a.id] !== undefined && mainArticles.has(a.id)) ids.article.set(a.id, a.id);
  const mainValues = new Set(main.values.map((v) => v.id));
  for (const v of pkg.values)
    if (stamp.values[v.id] !== undefined && mainValues.has(v.id)) ids.value.set(v.id, v.id);
  return ids;
}

function applyRows(db: ProjectDatabase, input: ApplyInput, ids: IdMaps, summary: MergeSummary) {
  const { plan, main } = input;
  const mainArticles = new Map(main.articles.map((a) => [a.id, a]));
  for (const theirs of plan.states) {
    const ours = mainArticles.get(theirs.id)!;
    const assigneeId =
      theirs.assigneeName === null
        ? null
        : (profileIdNamed(db, theirs.assigneeName) ?? ours.assigneeId);
    setArticleState(db, theirs.id, {
      status: theirs.status,
      assigneeId,
      revision: Math.max(theirs.revision, ours.revision) + 1,
      updatedAt: theirs.updatedAt,
    });
    summary.states++;
  }
  const mainValues = new Set(main.values.map((v) => v.id));
  for (const { id, revision } of plan.values) takeValue(db, id, revision);
  for (const id of plan.removed) if (mainValues.has(id)) deleteValue(db, id);
  for (const theirs of plan.added) {
    const articleId = ids.article.get(theirs.articleId);
    if (articleId === undefined) {
      summary.notApplied++;
      continue;
    }
    ids.value.set(theirs.id, insertValueFromPackage(db, theirs.id, articleId));
    summary.added++;
  }
}

function applyComments(
  db: ProjectDatabase,
  { stamp, plan, pkg }: ApplyInput,
  ids: IdMaps,
  summary: MergeSummary,
) {
  const stampedComments = new Set(stamp.comments);
  const pageOf = new Map(pkg.articles.map((a) => [a.id, a.documentId]));
  for (const c of pkg.comments) {
    if (stampedComments.has(c.id)) continue;
    const articleId = ids.article.get(c.articleId);
    if (articleId === undefined || isDropped(plan, c.articleId, pageOf.get(c.articleId) ?? -1)) {
      summary.notApplied++;
      continue;
    }
    const mapped =
      c.valueId === null
        ? undefined
        : (ids.value.get(c.valueId) ??
          (stamp.values[c.valueId] !== undefined ? c.valueId : undefined));
    const valueId = mapped !== undefined && valueExists(db, mapped) ? mapped : null;
    // A reply joins its thread: one the package made (merged just before, ids ascend) or one
    // the project already had. A reply whose thread did not come along starts a thread of its own.
    const replyTo =
      c.replyTo === null
        ? null
        : (ids.comment.get(c.replyTo) ?? (stampedComments.has(c.replyTo) ? c.replyTo : null));
    ids.comment.set(c.id, insertCommentRow(db, { ...c, articleId, valueId, replyTo }));
    summary.comments++;
  }
  for (const c of pkg.comments) {
    if (!stampedComments.has(c.id) || c.replyTo !== null || c.resolvedAt === null) continue;
    resolveThreadFromPackage(db, c.id, { at: c.resolvedAt, by: c.resolvedBy ?? c.author });
  }
}

function appendHistory(
  db: ProjectDatabase,
  { stamp, plan, file, actor }: ApplyInput,
  ids: IdMaps,
  summary: MergeSummary,
) {
  const at = new Date().toISOString();
  const firstRow = lastAuditId(db, 'main') + 1;
  const stampedComments = new Set(stamp.comments);
  const stamped: Record<keyof IdMaps, (id: number) => boolean> = {
    article: (id) => stamp.articles[id] !== undefined,
    value: (id) => stamp.values[id] !== undefined,
    comment: (id) => stampedComments.has(id),
  };
  const carried = packageAuditSince(db, stamp.auditBase).map((row) =>
    markedMerged(row, stamp.packageId, actor, ids, stamped),
  );
  summary.auditRows += appendRecordedAuditRows(db, 'main', carried);
  summary.auditRows += appendRecordedAuditRows(
    db,
    'main',
    plan.resolved.map(({ conflict, choice }) => ({
      at,
      actor,
      entity: conflictEntity[conflict.kind],
      entityId: conflict.rowId,
      action: 'merge-conflict',
      before: JSON.stringify({ main: conflict.main }),
      after: JSON.stringify({
        package: conflict.package,
        choice,
        merged: { package: stamp.packageId },
      }),
    })),
  );
  const record = {
    at,
    actor,
    file: path.basename(file),
    createdBy: stamp.createdBy,
    createdAt: stamp.createdAt,
    selection: stamp.selection,
    summary: { ...summary, auditRows: summary.auditRows + 1 },
    auditRows: [firstRow, firstRow + summary.auditRows],
    choices: plan.resolved.map(({ conflict, choice }) => [conflict.id, choice]),
  };
  summary.auditRows += appendRecordedAuditRows(db, 'main', [
    {
      at,
      actor,
      entity: 'project',
      entityId: null,
      action: 'merge-package',
      before: null,
      after: JSON.stringify({ package: stamp.packageId, ...record }),
    },
  ]);
  writeMeta(db, 'main', MERGED_KEY_PREFIX + stamp.packageId, JSON.stringify(record));
}
