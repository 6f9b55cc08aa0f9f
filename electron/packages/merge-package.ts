import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/contract/errors';
import { openProjectDatabase, type ProjectDatabase } from '../database/open-project';
import {
  appendRecordedAuditRows,
  articlesWithChangedValues,
  attachPackage,
  fillCandidateValues,
  deleteArticle,
  deleteValue,
  detachPackage,
  fillIdTable,
  insertArticleFromPackage,
  insertComment,
  insertValueFromPackage,
  lastAuditId,
  lastArticleAuthor,
  lastAuthor,
  moveCommentTo,
  moveValueTo,
  PACKAGE_SCHEMA,
  packageAuditSince,
  parkOrdinals,
  profileIdNamed,
  readMeta,
  readSide,
  replaceRanges,
  setArticleState,
  takeArticleLayout,
  takeSegmentationCorrection,
  takeValue,
  writeMeta,
  type RecordedAuditRow,
  valueExists,
  type SideRows,
} from '../database/packages-repository';
import {
  isDropped,
  planMerge,
  type MergeConflict,
  type MergeInputs,
  type MergePlan,
  type MergeResolutions,
} from './merge-plan';
import {
  MERGED_KEY_PREFIX,
  parseStamp,
  PROJECT_ID_KEY,
  segmentationKeys,
  type PackageStamp,
} from './package-stamp';

export interface MergeSummary {
  segmentation: number;
  states: number;
  values: number;
  removed: number;
  added: number;
  comments: number;
  /** Package rows with nowhere to go (their article was kept out by a choice of the project's
   * segmentation, or their page is gone from the project): still in the merged history. */
  notApplied: number;
  auditRows: number;
  resolved: number;
}

export type MergeResult =
  | { status: 'conflicts'; packageId: string; conflicts: MergeConflict[] }
  | { status: 'already-merged'; packageId: string; mergedAt: string }
  | { status: 'merged'; packageId: string; summary: MergeSummary; notes: string[] };

/** Ids of rows the merge created: the package's id → the project's. */
interface IdMaps {
  article: Map<number, number>;
  value: Map<number, number>;
  comment: Map<number, number>;
}

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
  if (!fs.existsSync(file)) throw new ApiError('not-found', `There is no work package ${file}.`);
  // Brings an older package up to this schema (and refuses a newer one) before it is attached.
  openProjectDatabase(file).close();
  attachPackage(db, file);
  try {
    const stamp = parseStamp(readMeta(db, PACKAGE_SCHEMA, 'work_package'), file);
    const projectId = readMeta(db, 'main', PROJECT_ID_KEY);
    if (stamp.sourceProjectId !== projectId)
      throw new ApiError(
        'conflict',
        `The work package ${path.basename(file)} was made from another project (${stamp.sourceProjectId}); this project is ${projectId ?? 'one no package was ever made from'}. Merge it into the project it came from.`,
      );
    return db
      .transaction((): MergeResult => {
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
        return apply(db, { stamp, plan, main, pkg, file, actor: input.actor });
      })
      .immediate();
  } finally {
    detachPackage(db);
  }
}

type AuthorEntity = Parameters<MergeInputs['authors']['main']>[0];

/** The audit entity a decided conflict's row is about. */
const conflictEntity: Record<MergeConflict['kind'], string> = {
  value: 'value',
  state: 'article',
  article: 'article',
  segmentation: 'document',
};

function apply(
  db: ProjectDatabase,
  input: {
    stamp: PackageStamp;
    plan: MergePlan;
    main: SideRows;
    pkg: SideRows;
    file: string;
    actor: string;
  },
): MergeResult {
  const { stamp, plan, main, pkg } = input;
  const at = new Date().toISOString();
  const ids: IdMaps = { article: new Map(), value: new Map(), comment: new Map() };
  const mainArticles = new Map(main.articles.map((a) => [a.id, a]));
  // A carried row keeps its id; a row the package made may share its id with an unrelated row
  // of the project, so only stamped ids map to themselves.
  for (const a of pkg.articles)
    if (stamp.articles[a.id] !== undefined && mainArticles.has(a.id)) ids.article.set(a.id, a.id);
  const mainValues = new Set(main.values.map((v) => v.id));
  for (const v of pkg.values)
    if (stamp.values[v.id] !== undefined && mainValues.has(v.id)) ids.value.set(v.id, v.id);
  const stampedComments = new Set(stamp.comments);
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
    const index = pageIndex(main, pkg);
    for (const documentId of plan.segmentation) takeSegmentation(db, documentId, index, ids);
  }

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
    ids.comment.set(c.id, insertComment(db, { ...c, articleId, valueId }));
    summary.comments++;
  }

  const firstRow = lastAuditId(db, 'main') + 1;
  const stamped: Record<keyof IdMaps, (id: number) => boolean> = {
    article: (id) => stamp.articles[id] !== undefined,
    value: (id) => stamp.values[id] !== undefined,
    comment: (id) => stampedComments.has(id),
  };
  const carried = packageAuditSince(db, stamp.auditBase).map((row) =>
    markedMerged(row, stamp.packageId, ids, stamped),
  );
  summary.auditRows += appendRecordedAuditRows(db, 'main', carried);
  summary.auditRows += appendRecordedAuditRows(
    db,
    'main',
    plan.resolved.map(({ conflict, choice }) => ({
      at,
      actor: input.actor,
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
    actor: input.actor,
    file: path.basename(input.file),
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
      actor: input.actor,
      entity: 'project',
      entityId: null,
      action: 'merge-package',
      before: null,
      after: JSON.stringify({ package: stamp.packageId, ...record }),
    },
  ]);
  writeMeta(db, 'main', MERGED_KEY_PREFIX + stamp.packageId, JSON.stringify(record));
  const notes = plan.missingDocuments.map(
    (id) => `Page ${id} of the package is no longer in the project: its work was not merged.`,
  );
  if (summary.notApplied > 0)
    notes.push(
      `${summary.notApplied} values or comments of the package were not applied (their article is not in the project's segmentation, or a conflict kept the project's side of it); they stay in the merged history only.`,
    );
  return { status: 'merged', packageId: stamp.packageId, summary, notes };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(row);
  }
  return groups;
}

/** The rows of both sides grouped once, so each resegmented page reads only its own. */
function pageIndex(main: SideRows, pkg: SideRows) {
  const firstStart = new Map<number, number>();
  for (const s of main.spans) if (!firstStart.has(s.valueId)) firstStart.set(s.valueId, s.start);
  return {
    ourArticles: groupBy(main.articles, (a) => a.documentId),
    theirArticles: groupBy(pkg.articles, (a) => a.documentId),
    theirRanges: groupBy(pkg.ranges, (r) => r.articleId),
    ourValues: groupBy(main.values, (v) => v.articleId),
    ourComments: groupBy(main.comments, (c) => c.articleId),
    theirValues: new Map(pkg.values.map((v) => [v.id, v])),
    theirComments: new Map(pkg.comments.map((c) => [c.id, c])),
    sha: new Map(main.documents.map((d) => [d.id, d.sha256])),
    firstStart,
  };
}
type PageIndex = ReturnType<typeof pageIndex>;

/**
 * Takes the package's articles of a page over the project's: the same ids are updated, new ones
 * inserted, the project's others removed after their values and comments moved out (where the
 * package moved them, else into the article that now holds their first span).
 */
function takeSegmentation(
  db: ProjectDatabase,
  documentId: number,
  index: PageIndex,
  ids: IdMaps,
): void {
  const theirs = index.theirArticles.get(documentId) ?? [];
  const ours = index.ourArticles.get(documentId) ?? [];
  parkOrdinals(db, documentId);
  for (const a of theirs) {
    if (ids.article.has(a.id)) takeArticleLayout(db, a.id);
    else {
      const id = insertArticleFromPackage(db, a.id);
      ids.article.set(a.id, id);
      setArticleState(db, id, {
        status: a.status,
        assigneeId: a.assigneeName === null ? null : profileIdNamed(db, a.assigneeName),
        revision: a.revision,
        updatedAt: a.updatedAt,
      });
    }
  }
  const kept = theirs.map((a) => ids.article.get(a.id)!);
  const ranges = theirs.flatMap((a) =>
    (index.theirRanges.get(a.id) ?? []).map((r) => ({ ...r, articleId: ids.article.get(a.id)! })),
  );
  replaceRanges(db, [...new Set([...ours.map((a) => a.id), ...kept])], ranges);

  const keptSet = new Set(kept);
  const home = (position: number | undefined): number => {
    if (position !== undefined) {
      const range = ranges.find((r) => r.start <= position && position < r.end);
      if (range) return range.articleId;
    }
    return kept[0]!;
  };
  for (const article of ours) {
    for (const v of index.ourValues.get(article.id) ?? []) {
      const there = index.theirValues.get(v.id);
      const target = there ? ids.article.get(there.articleId) : undefined;
      if (target !== undefined && target !== v.articleId) moveValueTo(db, v.id, target);
      else if (target === undefined && !keptSet.has(v.articleId))
        moveValueTo(db, v.id, home(index.firstStart.get(v.id)));
    }
    for (const c of index.ourComments.get(article.id) ?? []) {
      const there = index.theirComments.get(c.id);
      const target = there ? ids.article.get(there.articleId) : undefined;
      if (target !== undefined && target !== c.articleId) moveCommentTo(db, c.id, target);
      else if (target === undefined && !keptSet.has(c.articleId)) moveCommentTo(db, c.id, kept[0]!);
    }
  }
  for (const a of ours) if (!keptSet.has(a.id)) deleteArticle(db, a.id);
  const sha = index.sha.get(documentId);
  if (sha) takeSegmentationCorrection(db, sha);
}

const renumbered: Record<string, keyof IdMaps> = {
  article: 'article',
  value: 'value',
  comment: 'comment',
};

/**
 * A package audit row as the project's log keeps it: rows the package created renamed to their
 * ids in the project (the entity, and `article` inside its JSON, which history lookups read),
 * and `merged: {package, row}` added to its JSON so it reads as merged and can be traced back.
 */
function markedMerged(
  row: RecordedAuditRow & { id: number },
  packageId: string,
  ids: IdMaps,
  stamped: Record<keyof IdMaps, (id: number) => boolean>,
): RecordedAuditRow {
  const map = renumbered[row.entity];
  // A row the package made that was not merged (its article kept out) has no id here: its
  // package id stays in the mark instead of pointing at an unrelated row of the project.
  const resolved =
    map && row.entityId !== null
      ? (ids[map].get(row.entityId) ?? (stamped[map](row.entityId) ? row.entityId : null))
      : row.entityId;
  const entityId = resolved;
  const mark = {
    package: packageId,
    row: row.id,
    ...(resolved === null && row.entityId !== null ? { packageEntityId: row.entityId } : {}),
  };
  const rewrite = (text: string | null, marked: boolean): string | null => {
    if (text === null) return marked ? JSON.stringify({ merged: mark }) : null;
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return marked ? JSON.stringify({ value: parsed, merged: mark }) : text;
    const object = parsed as Record<string, unknown>;
    if (typeof object.article === 'number')
      object.article =
        ids.article.get(object.article) ??
        (stamped.article(object.article) ? object.article : null);
    if (marked) object.merged = mark;
    return JSON.stringify(object);
  };
  // A removal's row has no `after`: its mark goes into `before`, so `after` stays null.
  const markBefore = row.after === null && row.before !== null;
  return {
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId,
    action: row.action,
    before: rewrite(row.before, markBefore),
    after: markBefore ? null : rewrite(row.after, true),
  };
}
