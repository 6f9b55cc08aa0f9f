import type { MethodName } from './contract';

/**
 * The contract's method names as plain data, for the preload: it must stay a tiny bundle without
 * zod. The type checks below make this list fail to compile when it drifts from the contract.
 */
export const methodNames = [
  'project.info',
  'articles.list',
  'articles.get',
  'articles.fields',
  'values.setState',
  'documents.redecode',
  'articles.split',
  'articles.merge',
  'articles.moveRange',
  'articles.undoCorrection',
  'import.start',
  'import.upload',
  'import.inspectTables',
  'extraction.rerun',
  'export.start',
  'exports.list',
  'jobs.get',
  'jobs.list',
  'jobs.cancel',
  'schema.get',
  'schema.update',
  'schema.history',
  'values.edit',
  'values.revert',
  'values.setStates',
  'values.revertMany',
  'values.add',
  'values.remove',
  'values.attachSpan',
  'values.detachSpan',
  'values.reorder',
  'searches.list',
  'searches.save',
  'searches.delete',
  'profiles.list',
  'profiles.create',
  'profiles.update',
  'session.get',
  'session.signIn',
  'session.signOut',
  'articles.transition',
  'articles.assign',
  'comments.list',
  'comments.add',
  'review.diff',
  'history.list',
  'history.export',
  'dashboard.stats',
  'backups.list',
  'backups.create',
  'backups.restore',
] as const satisfies readonly MethodName[];

type Listed = (typeof methodNames)[number];
type Missing = Exclude<MethodName, Listed>;
export const methodNamesAreComplete: [Missing] extends [never] ? true : { missing: Missing } = true;
