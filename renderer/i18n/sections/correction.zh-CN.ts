import type { correctionEn } from './correction.en';
import type { Strings } from '../strings';

/** 确认分篇修正、撤销分篇修正时的中文文案。 */
export const correctionZhCN: Strings<typeof correctionEn> = {
  title: {
    split: '拆分这篇文章？',
    merge: '合并这些文章？',
    move: '移动选中的文字？',
  },
  what: {
    merge: '“{{absorbed}}”并入“{{keeper}}”。',
    split: '从“{{start}}”起的文字成为一篇新文章。',
    move: '“{{text}}”从“{{from}}”移到“{{to}}”。',
  },
  moving_one: '{{count}} 个值随文字移动：{{states}}。',
  moving_other: '{{count}} 个值随文字移动：{{states}}。',
  nothingMoves: '没有值需要移动。',
  staying_one: '{{count}} 个值留在原处。',
  staying_other: '{{count}} 个值留在原处。',
  divided_one: '{{count}} 个值的出处跨两边：两篇文章各保留一份，各带自己的出处。',
  divided_other: '{{count}} 个值的出处跨两边：两篇文章各保留一份，各带自己的出处。',
  comments_one: '{{count}} 条评论移到合并后的文章。',
  comments_other: '{{count}} 条评论移到合并后的文章。',
  stateCount: '{{count}} 个{{state}}',
  separator: '、',
  undoHint: '状态、版本和评论都会保留。按 Ctrl+Z 可将本页原样恢复。',
  confirm: {
    split: '拆分',
    merge: '合并',
    move: '移动',
  },
  cancel: '取消',
  articleGone:
    '这项修改属于第 {{id}} 篇文章，而该文章已不在本项目中（已在别处被合并或拆分），无法撤销。',
};
