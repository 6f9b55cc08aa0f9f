import type { Strings } from '../strings';
import type { auditEn } from './audit.en';

export const auditZhCN: Strings<typeof auditEn> = {
  filters: '筛选审计日志',
  person: '人员',
  action: '操作',
  article: '文章编号',
  from: '起始日期',
  to: '截止日期',
  anyone: '所有人',
  anyAction: '所有操作',
  clear: '清除筛选',
  articleLink: '文章 {{id}} · {{title}}',
  articleLinkUntitled: '文章 {{id}}',
  openArticle: '打开文章 {{id}}',
  group_one: '{{action}} · {{count}} 个值',
  group_other: '{{action}} · {{count}} 个值',
  groupOther_one: '{{action}} · {{count}} 项',
  groupOther_other: '{{action}} · {{count}} 项',
  expand: '展开 {{count}} 项修改',
  collapse: '收起',
  actions: { import: '导入', 'sign-in': '登录', delete: '删除', redecode: '按其他编码重新读取' },
};
