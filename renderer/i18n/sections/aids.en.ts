import { auditEn } from './audit.en';
import { guidelinesEn } from './guidelines.en';

/** The audit log's and the per-field guidelines' strings, as top-level sections. */
export const aidsEn = {
  audit: auditEn,
  guidelines: guidelinesEn,
  /** A value's span chips, told apart when several hold the same text. */
  spanChips: {
    occurrence: '{{n}}/{{count}}',
    at: '“{{text}}” at character {{start}} of the page ({{n}} of {{count}} with this text)',
  },
};
