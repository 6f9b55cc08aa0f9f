import type { en } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const zhCN: Strings<typeof en> = {
  app: { name: '拾穗', tagline: '从文章中整理结构化数据' },
  articles: {
    title: '文章',
    count_one: '共 {{count}} 篇',
    count_other: '共 {{count}} 篇',
    flagged: '重复段',
    empty: '还没有文章。导入文件即可开始。',
    untitled: '无标题文章',
    part: '第 {{n}} 篇',
    loading: '正在加载文章…',
  },
  status: {
    new: '新建',
    in_progress: '处理中',
    submitted: '已提交',
    approved: '已通过',
    changes_requested: '需修改',
  },
  reader: {
    title: '阅读',
    none: '在左侧选择一篇文章开始阅读。',
    source: '来源：{{name}} · {{length}} 字',
    encoding: '文件编码',
    mode: '显示的文本',
    original: '原文',
    reading: '阅读视图',
    repeatFlag_one: '本页有段落重复',
    repeatFlag_other: '本页有 {{count}} 处段落重复',
    repeatTitle: '这一段在本页前文已出现过',
    chromeTitle: '网页框架（导航、页脚等），不属于文章',
    signals_one: '分篇依据（1 条）',
    signals_other: '分篇依据（{{count}} 条）',
    redecoded: '已按 {{encoding}} 重新读取',
    gap: '此处略去本页其他文章的内容',
  },
  fields: {
    title: '字段',
    empty: '暂无字段值：抽取后，这里会列出建议的值及其出处。',
  },
  settings: {
    language: '语言',
    theme: '主题',
    light: '浅色',
    dark: '深色',
  },
  import: {
    button: '导入',
    title: '导入文章',
    intro:
      '支持文本（.txt、.md）、网页（.html）和表格（.csv、.jsonl，每行一篇文章），任意编码。也可以把文件直接拖到窗口中。',
    chooseFiles: '选择文件…',
    pathsLabel: '本机上的文件或文件夹',
    pathsHint: '每行一个路径；文件夹会连同其中所有文件一起导入。',
    start: '导入',
    cancel: '取消',
    stop: '停止',
    progress: '正在导入 {{done}} / {{total}}',
    reportTitle: '导入完成',
    summary:
      '已导入 {{files}} 个文件（{{articles}} 篇文章），重复 {{duplicates}} 个，跳过 {{skipped}} 个。',
    wasCancelled: '导入已停止；停止前的文件已导入。',
    failed: '导入失败：{{message}}',
    skipped: '已跳过',
    duplicates: '项目中已有',
    duplicateOf: '{{name}} 与 {{matched}} 内容相同',
    close: '关闭',
    dropHere: '松开即可导入文件',
  },
  errors: {
    title: '出错了',
    dismiss: '关闭',
  },
};
