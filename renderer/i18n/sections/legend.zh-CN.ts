import type { Strings } from '../strings';
import type { legendEn } from './legend.en';

export const legendZhCN: Strings<typeof legendEn> = {
  button: '图例',
  title: '文中标记的含义',
  suggested: '建议',
  decided: '已接受或已修改',
  focused: '选中的值',
  search: '搜索匹配',
};
