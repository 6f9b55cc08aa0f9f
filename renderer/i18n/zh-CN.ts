import type { en } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

export const zhCN: Strings<typeof en> = {
  app: { name: '拾穗', tagline: '从文章中整理结构化数据' },
  articles: {
    title: '文章',
    count: '共 {{count}} 篇',
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
    source: '来源：{{name}} · {{encoding}} · {{length}} 字',
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
  errors: {
    title: '出错了',
    dismiss: '关闭',
  },
};
