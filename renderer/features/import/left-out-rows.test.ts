import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/test-translator';
import { importableRowCount, leftOutMessage, leftOutSummary } from './left-out-rows';
import type { InspectedTable } from './table-groups';

function table(leftOut: InspectedTable['leftOut']): InspectedTable {
  return {
    kind: 'table',
    path: '/in/news.csv',
    name: 'news.csv',
    columns: ['title', 'text'],
    rowCount: 50,
    sampleRows: [],
    mapping: { textColumn: 'text', metadataColumns: [] },
    remembered: false,
    leftOut,
  };
}

describe('the rows the import will leave out, in the table preview (issue 16)', () => {
  const news = table({
    unreadable: { count: 2, lines: [40, 41] },
    emptyByColumn: { title: { count: 1, lines: [7] }, text: { count: 1, lines: [12] } },
  });

  it('counts the unreadable rows and those with no text in the chosen column', () => {
    expect(leftOutSummary(news, 'text')).toEqual({ count: 3, lines: [12, 40, 41] });
    // Choosing the title as the text column leaves out the row with no title instead.
    expect(leftOutSummary(news, 'title')).toEqual({ count: 3, lines: [7, 40, 41] });
    const clean = table({
      unreadable: { count: 0, lines: [] },
      emptyByColumn: { title: { count: 0, lines: [] }, text: { count: 0, lines: [] } },
    });
    expect(leftOutSummary(clean, 'text')).toBeNull();
  });

  it('counts in the heading only the rows that will become articles', () => {
    // 50 readable rows (the unreadable ones are not among them), one with no text.
    expect(importableRowCount([news], 'text')).toBe(49);
    expect(importableRowCount([news, table(undefined)], 'text')).toBe(99);
  });

  it('says it in English and Chinese, naming the file and the lines', () => {
    const summary = leftOutSummary(news, 'text')!;
    expect(leftOutMessage(translator('en'), 'news.csv', summary)).toBe(
      'news.csv: 3 rows will be left out: line 12, 40, 41',
    );
    expect(leftOutMessage(translator('zh-CN'), 'news.csv', summary)).toBe(
      'news.csv：3 行不会导入：第 12, 40, 41 行',
    );
    expect(leftOutMessage(translator('en'), 'news.csv', { count: 1, lines: [5] })).toBe(
      'news.csv: 1 row will be left out: line 5',
    );
  });

  it('names the first ten lines of many, and marks that there are more', () => {
    const many = table({
      unreadable: { count: 30, lines: Array.from({ length: 20 }, (_, i) => 2 * i + 3) },
      emptyByColumn: {
        text: { count: 25, lines: Array.from({ length: 20 }, (_, i) => 2 * i + 2) },
      },
    });
    const summary = leftOutSummary(many, 'text')!;
    expect(summary).toEqual({ count: 55, lines: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11] });
    expect(leftOutMessage(translator('en'), 'a.csv', summary)).toBe(
      'a.csv: 55 rows will be left out: line 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …',
    );
  });
});
