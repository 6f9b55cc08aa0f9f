// Moved: the contract is grouped by domain now (profiles.ts, articles.ts, review.ts, project.ts).
// This file only keeps old import paths compiling until they are rewritten.
export { profileSchema, roleSchema, roles, type Profile, type Role } from './profiles';
export { workflowActionSchema, workflowActions, type WorkflowAction } from './articles';
export { auditEntrySchema, commentSchema, type AuditEntry, type CommentPayload } from './review';
export { projectSettingsSchema, type ProjectSettings } from './project';
