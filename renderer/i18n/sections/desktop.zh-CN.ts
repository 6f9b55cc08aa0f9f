import type { Strings } from '../strings';
import type { desktopEn } from './desktop.en';

/** Chinese strings for backups, recovery and desktop-only screens; the type keeps them in step with English. */
export const desktopZhCN: Strings<typeof desktopEn> = {
  projectMenu: '项目',
  projectMenuLabel: '项目：备份',
  backUpNow: '立即备份',
  restoreFromBackup: '从备份恢复…',
  backups: {
    title: '备份',
    intro:
      '拾穗把本项目的副本保存在 {{folder}}：项目打开期间每天一份（保留最近 10 份），每次升级文件前一份（全部保留），以及你手动创建的备份。',
    none: '还没有备份。',
    when: '时间',
    kind: '原因',
    size: '大小',
    actions: '操作',
    restore: '恢复…',
    restoreLabel: '恢复 {{when}} 的备份',
    backUpNow: '立即备份',
    made: '已创建备份：{{name}}',
    confirmTitle: '恢复这个备份？',
    confirmText:
      '项目将回到 {{when}} 时的状态。之后的工作不会丢失：恢复前会先另存为“恢复前”备份，你随时可以再恢复它。',
    confirm: '恢复',
    cancel: '取消',
    restored: '已恢复 {{when}} 的备份。恢复前的状态已保存为 {{safety}}。',
    kinds: {
      daily: '每日',
      manual: '手动',
      'pre-migration': '升级前（架构 {{version}}）',
      'pre-restore': '恢复前',
      damaged: '已移开的损坏文件',
    },
  },
  recovery: {
    title: '无法打开这个项目',
    explanation: '项目文件已损坏（磁盘故障、复制中断或同步工具都可能造成）。拾穗没有改动它。',
    restoreNewest: '恢复最新的完好备份',
    restoring: '正在恢复…',
    backupsTitle: '本项目的备份',
    noBackups: '这个项目没有备份。请打开其他项目，或用你另外保存的副本恢复文件。',
    keptAside: '恢复时，损坏的文件会被移到备份文件夹（绝不会删除），再把备份放回原处。',
    openAnotherDesktop: '要打开其他项目，请使用“文件 ▸ 打开项目…”（Ctrl+O）。',
    openAnotherBrowser:
      '要打开其他项目，请停止拾穗，再用以下命令启动：gleaner serve --project 其他文件.gleaner',
  },
  /** 新项目选择字段方案；字段方案导出、导入为 JSON 文件（字段设置… → 导出 / 导入）。 */
  schemaChoice: {
    title: '这个项目要采集什么？',
    intro:
      '这个项目还没有文章。请选择字段方案：每篇文章有哪些字段，以及由哪些规则给出建议。以后可以在“字段设置…”中修改字段。',
    hospitalNews: '医院新闻',
    hospitalNewsNote: '医院、省份、城市、区县、人物、荣誉、投资、床位、合作方……',
    companyNews: '企业新闻',
    companyNewsNote: '公司、省份、城市、人物与职务、投资、产品、合作方、事件',
    empty: '空白',
    emptyNote: '没有字段：在“字段设置…”中自行添加',
    fromFile: '字段方案文件…',
    fromFileNote: '从其他项目导出的字段方案 JSON 文件',
    use: '使用这个方案',
    later: '稍后再定',
    notChosen: '字段方案没有更改',
    exportJson: '导出 JSON',
    importJson: '导入 JSON…',
    suggestedBy: '建议来源',
    byHand: '无（手工填写）',
    notJson: '{{file}} 不是 JSON：{{message}}',
  },
};
