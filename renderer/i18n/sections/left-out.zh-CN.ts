/** 导入对话框中关于不会导入的表格行的提示。 */
export const leftOutZhCN = {
  title: '有些行不会导入',
  rows_one: '{{name}}：{{count}} 行不会导入：第 {{lines}} 行',
  rows_other: '{{name}}：{{count}} 行不会导入：第 {{lines}} 行',
  hint: '单元格数与表头不符的行、不是 JSON 对象的行，以及正文列为空的行不会导入；其余的行照常导入，导入报告会逐一列出未导入的行。',
};
