/** 导入报告中：提取跳过或未保存的内容。 */
export const extractionReportZhCN = {
  patternsSkipped: '已跳过的字段模式（太慢）',
  patternSkippedItem:
    '字段“{{field}}”的模式“{{pattern}}”超出了运行时限，在 {{count}} 篇文章上被跳过：{{articles}}。请在“字段…”中给它的重复加上界限（{1,20}），然后重新运行提取。',
  fieldsLeftOut: {
    title: '提取期间改动过的字段',
    retired: '字段“{{field}}”的 {{count}} 个建议值没有保存：提取期间它被停用了。',
    removed: '字段“{{field}}”的 {{count}} 个建议值没有保存：提取期间它被从字段方案中删除了。',
    changed:
      '字段“{{field}}”的 {{count}} 个建议值没有保存：提取期间它的类型或个数被改了。请重新运行提取，按它现在的定义查找。',
    'other-schema':
      '字段“{{field}}”的 {{count}} 个建议值没有保存：提取期间项目换用了另一套字段方案。',
  },
};
