import type { Strings } from '../strings';
import type { aidsEn } from './aids.en';
import { auditZhCN } from './audit.zh-CN';
import { guidelinesZhCN } from './guidelines.zh-CN';

export const aidsZhCN: Strings<typeof aidsEn> = {
  audit: auditZhCN,
  guidelines: guidelinesZhCN,
  spanChips: {
    occurrence: '{{n}}/{{count}}',
    at: '“{{text}}”，位于本页第 {{start}} 个字（同样文字的第 {{n}} 处，共 {{count}} 处）',
  },
};
