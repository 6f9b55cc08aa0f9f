import type { Strings } from '../strings';
import type { aidsEn } from './aids.en';
import { auditZhCN } from './audit.zh-CN';
import { guidelinesZhCN } from './guidelines.zh-CN';

export const aidsZhCN: Strings<typeof aidsEn> = { audit: auditZhCN, guidelines: guidelinesZhCN };
