import type { MethodName } from './contract';

/**
 * The contract's method names as plain data, for the preload: it must stay a tiny bundle without
 * zod. The type checks below make this list fail to compile when it drifts from the contract.
 */
export const methodNames = [
  // project
  'project.info',
  'settings.get',
  'settings.update',
  'dashboard.stats',
  // articles
  'articles.list',
  'articles.get',
  'articles.fields',
  'articles.split',
  'articles.merge',
  'articles.moveRange',
  'articles.undoCorrection',
  'articles.transition',
  'articles.assign',
  // values
  'values.setState',
  'values.edit',
  'values.editParts',
  'values.revert',
  'values.setStates',
  'values.revertMany',
  'values.add',
  'values.remove',
  'values.attachSpan',
  'values.detachSpan',
  'values.reorder',
  // review
  'comments.list',
  'comments.add',
  'comments.resolve',
  'review.diff',
  'history.list',
  'history.export',
  // profiles
  'profiles.list',
  'profiles.create',
  'profiles.update',
  'session.get',
  'session.signIn',
  'session.signOut',
  // schema
  'schema.get',
  'schema.update',
  'schema.choose',
  'schema.history',
  'extraction.rerun',
  // import
  'import.start',
  'import.upload',
  'import.inspectTables',
  'documents.redecode',
  // export
  'export.start',
  'exports.list',
  // jobs
  'jobs.get',
  'jobs.list',
  'jobs.cancel',
  // search
  'searches.list',
  'searches.save',
  'searches.delete',
  // backups
  'backups.list',
  'backups.create',
  'backups.restore',
  'packages.create',
  'packages.merge',
  // grid (field grid and confidence queue)
  'grid.list',
  'grid.setStates',
  'grid.edit',
  'agreement.stats',
  'adjudication.list',
  'adjudication.decide',
  'adjudication.undo',
  'versions.list',
  // model (grounded suggestions from a local model)
  'modelSettings.get',
  'modelSettings.update',
  'model.suggest',
  'ungrounded.list',
  // learning (the learned lexicon)
  'lexicon.list',
  'lexicon.edit',
  'evidence.list',
  'lexicon.setThreshold',
  'lexicon.import',
  'patternPreview.get',
] as const satisfies readonly MethodName[];

type Listed = (typeof methodNames)[number];
type Missing = Exclude<MethodName, Listed>;
export const methodNamesAreComplete: [Missing] extends [never] ? true : { missing: Missing } = true;
