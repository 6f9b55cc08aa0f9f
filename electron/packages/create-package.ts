import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ArticleFilter } from '../../shared/contract/articles';
import { apiError } from '../../shared/contract/error-messages';
import { appendAuditRows } from '../database/audit-repository';
import {
  openProjectDatabase,
  type ProjectDatabase,
  inWriteTransaction,
} from '../database/open-project';
import {
  appendRecordedAuditRows,
  articleIdsMatching,
  attachPackage,
  carriedHistory,
  carriedPeople,
  copyCarriedRows,
  copyProfiles,
  detachPackage,
  existingArticleIds,
  fillCarriedDocuments,
  fillIdTable,
  lastAuditId,
  makeSelfContained,
  PACKAGE_SCHEMA,
  readMeta,
  readSide,
  writeMeta,
} from '../database/packages-repository';
import { refuseToReplace } from '../export/no-overwrite';
import { refuseProjectOwnTarget } from '../services/project-own-files';
import { getSavedSearch } from '../services/saved-searches';
import { PROJECT_ID_KEY, STAMP_KEY, stampOf, type PackageStamp } from './package-stamp';
import { partialPathOf, removeDeadPartials } from './dead-partials';

/** Which articles go into a package: a filter, a saved search (both: ANDed), or a list. */
export interface PackageSelection {
  filter?: ArticleFilter | undefined;
  savedSearchId?: number | undefined;
  articleIds?: readonly number[] | undefined;
}

export interface CreatedPackage {
  packageId: string;
  path: string;
  documents: number;
  articles: number;
  values: number;
  auditRows: number;
}

/** Project settings a curator's copy must share, so the package behaves as the project does. */
const SHARED_META_KEYS = ['active_schema', 'allow_self_approval'];

/** The project's identity, made (once, in its meta table) when it is first needed. */
export function ensureProjectId(db: ProjectDatabase): string {
  return inWriteTransaction(db, () => {
    const existing = readMeta(db, 'main', PROJECT_ID_KEY);
    if (existing) return existing;
    const id = randomUUID();
    writeMeta(db, 'main', PROJECT_ID_KEY, id);
    return id;
  });
}

function chosenArticles(db: ProjectDatabase, selection: PackageSelection): number[] {
  if (selection.articleIds) return existingArticleIds(db, selection.articleIds);
  const saved =
    selection.savedSearchId === undefined ? {} : getSavedSearch(db, selection.savedSearchId).filter;
  return articleIdsMatching(db, { ...saved, ...selection.filter });
}

/**
 * Writes a work package: a normal project file holding the chosen articles' pages (every article
 * of each page: segmentation belongs to the page) with their values, spans, states, comments,
 * their history (the project's audit rows about them, re-chained in the package's own log with
 * their original authors and times), the field schemas, the profiles involved, and the stamp
 * (package-stamp.ts). Row ids are kept, so a merge finds each carried row in the project again.
 * The file is written under a temporary name and renamed when whole; the project gets one audit
 * row naming the package.
 */
export function createWorkPackage(
  db: ProjectDatabase,
  input: {
    selection: PackageSelection;
    out: string;
    overwrite?: boolean;
    actor: string;
    /** How the selection was made, in words, kept in the stamp. */
    describe?: string;
  },
): CreatedPackage {
  const out = path.resolve(input.out);
  refuseProjectOwnTarget(out, db.name);
  refuseToReplace(out, input.overwrite ?? false);
  const articleIds = chosenArticles(db, input.selection);
  if (articleIds.length === 0) throw apiError('package-empty-selection');
  const sourceProjectId = ensureProjectId(db);
  const packageId = randomUUID();
  const partial = partialPathOf(out, process.pid);
  removeDeadPartials(out);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
  openProjectDatabase(partial, { quickCheck: false }).close();

  attachPackage(db, partial);
  let created: CreatedPackage;
  try {
    created = inWriteTransaction(db, () =>
      fillPackage(db, { ...input, out, articleIds, packageId, sourceProjectId }),
    );
    // One self-contained file to hand over: no -wal beside it.
    makeSelfContained(db);
  } catch (error) {
    // Nothing half-written stays beside the path the user asked for.
    detachPackage(db);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
    throw error;
  }
  detachPackage(db);
  try {
    fs.renameSync(partial, out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return created;
}

interface FillInput {
  articleIds: number[];
  out: string;
  actor: string;
  selection: PackageSelection;
  describe?: string | undefined;
  packageId: string;
  sourceProjectId: string;
}

/** Copies the chosen pages and their history into the attached package (the caller's transaction). */
function fillPackage(db: ProjectDatabase, input: FillInput): CreatedPackage {
  const { articleIds, packageId, sourceProjectId, out } = input;
  const createdAt = new Date().toISOString();
  fillIdTable(db, 'package_pick', articleIds);
  const documentIds = fillCarriedDocuments(db);
  const counts = copyCarriedRows(db);
  const history = carriedHistory(db);
  appendRecordedAuditRows(db, PACKAGE_SCHEMA, history);
  const people = carriedPeople(db);
  copyProfiles(db, [...people.names, input.actor], people.ids);
  for (const key of SHARED_META_KEYS) {
    const value = readMeta(db, 'main', key);
    if (value !== undefined) writeMeta(db, PACKAGE_SCHEMA, key, value);
  }
  writeMeta(db, PACKAGE_SCHEMA, 'created_at', createdAt);
  const selection = input.describe ?? describeSelection(input.selection, articleIds.length);
  const summary = {
    package: packageId,
    sourceProject: sourceProjectId,
    selection,
    documents: documentIds.length,
    articles: counts.articles ?? 0,
    values: counts.field_values ?? 0,
  };
  appendRecordedAuditRows(db, PACKAGE_SCHEMA, [
    {
      at: createdAt,
      actor: input.actor,
      entity: 'project',
      entityId: null,
      action: 'create-package',
      before: null,
      after: JSON.stringify(summary),
    },
  ]);
  const header: Omit<PackageStamp, 'documents' | 'articles' | 'values' | 'comments'> = {
    format: 1,
    packageId,
    sourceProjectId,
    createdAt,
    createdBy: input.actor,
    selection,
    auditBase: lastAuditId(db, PACKAGE_SCHEMA),
  };
  writeMeta(
    db,
    PACKAGE_SCHEMA,
    STAMP_KEY,
    JSON.stringify(stampOf(readSide(db, 'main', { values: 'all', spans: false }), header)),
  );
  appendAuditRows(
    db,
    [
      {
        actor: input.actor,
        entity: 'project',
        entityId: null,
        action: 'create-package',
        after: { ...summary, file: path.basename(out) },
      },
    ],
    createdAt,
  );
  return {
    packageId,
    path: out,
    documents: documentIds.length,
    articles: counts.articles ?? 0,
    values: counts.field_values ?? 0,
    auditRows: history.length + 1,
  };
}

function describeSelection(selection: PackageSelection, count: number): string {
  if (selection.articleIds) return `${count} chosen articles`;
  const parts: string[] = [];
  if (selection.savedSearchId !== undefined) parts.push(`saved search ${selection.savedSearchId}`);
  if (selection.filter && Object.keys(selection.filter).length > 0)
    parts.push(`filter ${JSON.stringify(selection.filter)}`);
  return `${parts.join(', ') || 'every article'} (${count} articles)`;
}
