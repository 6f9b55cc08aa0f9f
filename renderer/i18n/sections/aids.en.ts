import { auditEn } from './audit.en';
import { guidelinesEn } from './guidelines.en';

/** The audit log's and the per-field guidelines' strings, as top-level sections. */
export const aidsEn = { audit: auditEn, guidelines: guidelinesEn };
