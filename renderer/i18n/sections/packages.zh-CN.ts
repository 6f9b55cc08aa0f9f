import type { Strings } from '../strings';
import type { packagesEn } from './packages.en';

/** Chinese strings for work packages; the type keeps them in step with English. */
export const packagesZhCN: Strings<typeof packagesEn> = {
  create: '创建工作包…',
  merge: '合并工作包…',
  createTitle: '创建工作包',
  createIntro:
    '工作包是一个项目文件，包含所选文章（及其页面上的全部文章）、字段值、历史记录和本项目的标记，供整理员离线工作。',
  out: '要写入的工作包文件',
  savedSearch: '已保存的搜索',
  assignee: '分配给',
  status: '状态',
  any: '任意',
  write: '写入工作包',
  created: '已写入 {{path}}：{{documents}} 个页面上的 {{articles}} 篇文章，{{values}} 个值。',
  mergeTitle: '合并工作包',
  mergeIntro:
    '把工作包创建以来的修改应用到本项目，保留原作者和时间。本项目和工作包都改过的内容会并排列出，由您决定。',
  file: '工作包文件',
  mergeNow: '合并',
  apply: '按所选合并',
  conflicts_one: '{{count}} 处冲突：请选择保留哪一方。',
  conflicts_other: '{{count}} 处冲突：请为每一处选择保留哪一方。',
  takeAll: '全部采用工作包',
  keepAll: '全部保留本项目',
  mainSide: '本项目',
  packageSide: '工作包',
  removed: '（已删除）',
  by: '{{actor}} 修改',
  at: '于 {{at}}',
  keys: '快捷键：j / k 下一处 / 上一处冲突 · 1 保留工作包 · 2 保留本项目 · 全部选定后按 Enter 应用。',
  spans: '出处',
  kind_value: '字段 {{field}} 的值',
  kind_state: '文章状态',
  kind_article: '文章在两边以不同方式被修改',
  kind_segmentation: '页面分篇',
  page: '第 {{id}} 页',
  choose: '保留',
  merged:
    '已合并：{{values}} 个值，{{states}} 个文章状态，{{comments}} 条评论；决定了 {{resolved}} 处冲突。',
  alreadyMerged: '此工作包已于 {{mergedAt}} 合并，未做任何更改。',
  close: '关闭',
};
