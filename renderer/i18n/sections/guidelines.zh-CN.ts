import type { Strings } from '../strings';
import type { guidelinesEn } from './guidelines.en';

export const guidelinesZhCN: Strings<typeof guidelinesEn> = {
  guideline: '标注说明',
  guidelineOf: '{{key}} 的标注说明',
  placeholder: '这个字段应该取什么、不取什么',
  hotkey: '快捷键',
  hotkeyOf: '{{key}} 的快捷键（Alt + 一个字母或数字）',
  hotkeyBadge: 'Alt+{{key}}',
  hotkeyTitle: '选中文字后按 Alt+{{key}}，即可添加到“{{field}}”',
};
