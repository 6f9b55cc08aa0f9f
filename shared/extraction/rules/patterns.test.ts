import { describe, expect, it } from 'vitest';
import { parseFieldSchema } from '../../schema';
import { extractArticle } from '../extract-article';

const schema = parseFieldSchema({
  id: 'patterns-test',
  version: 1,
  labels: { 'zh-CN': '测试', en: 'Test' },
  fields: [
    {
      key: 'level',
      labels: { 'zh-CN': '等级', en: 'Level' },
      type: 'text',
      cardinality: 'one',
      required: false,
      extractors: [],
      patterns: [{ name: '等级', regex: '(?<value>[三二一]级[甲乙丙]等)' }],
    },
    {
      key: 'staff',
      labels: { 'zh-CN': '职工', en: 'Staff' },
      type: 'integer',
      cardinality: 'one',
      required: false,
      extractors: [],
      patterns: [{ name: '职工数', regex: '職工(?<value>[0-9]+)' }],
    },
  ],
});

function run(text: string): Record<string, unknown> {
  const found = extractArticle({
    documentText: text,
    ranges: [{ start: 0, end: [...text].length }],
    schema,
  });
  return Object.fromEntries(found.map((s) => [s.field, s.value]));
}

describe('pattern:<field>', () => {
  it('takes the value group, as text or as a number', () => {
    expect(run('医院是三级甲等医院，有職工1200人。')).toEqual({ level: '三级甲等', staff: 1200 });
  });

  it('matches a traditional article in either script, the value as written', () => {
    expect(run('醫院是三級甲等醫院，有職工850人。')).toEqual({ level: '三級甲等', staff: 850 });
  });
});
