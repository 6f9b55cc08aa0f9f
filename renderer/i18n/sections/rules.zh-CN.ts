import type { rulesEn } from './rules.en';
import type { Strings } from '../strings';

export const rulesZhCN: Strings<typeof rulesEn> = {
  hospital: '医院名称',
  subject: '主体机构',
  place: '省、市、县',
  title: '标题',
  column: '栏目',
  byline: '署名（记者、通讯员）',
  people: '人物与职务',
  honors: '荣誉',
  investment: '投资',
  area: '面积',
  beds: '床位数',
  founded: '建院年份',
  partners: '合作机构',
  centers: '诊疗中心',
  metrics: '数据指标',
  events: '事件',
  pattern: '模式“{{name}}”',
  lexicon: '词表“{{name}}”',
  version: '{{label}}（第 {{version}} 版）',
};
