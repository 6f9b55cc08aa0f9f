/**
 * All SQL of work packages (issue 20), one module per concern; this one names them all, so
 * electron/packages/ imports its SQL from one place.
 */
// A package carries comments in the same row shape the comments repository stores.
export { insertCommentRow, type CommentRow } from './comments-repository';
export * from './package-agreement-repository';
export * from './package-audit-repository';
export * from './package-schema';
export * from './package-selection-repository';
export * from './package-side-repository';
export * from './package-write-repository';
