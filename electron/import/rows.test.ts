import { describe, expect, it } from 'vitest';
import { guessTextColumn, readRows, RowsError, rowsToArticles } from './rows';

function thrown(action: () => unknown): RowsError {
  try {
    action();
  } catch (error) {
    if (error instanceof RowsError) return error;
    throw error;
  }
  throw new Error('expected a RowsError');
}

describe('readRows: CSV', () => {
  it('parses quotes, doubled quotes, embedded newlines, CRLF and a BOM', () => {
    const csv =
      '\uFEFF标题,正文,来源\r\n' +
      '"第一篇","第一段，有逗号\r\n第二段有""引号""",报纸\r\n' +
      '第二篇,"单行",\r\n' +
      '\r\n' +
      '第三篇,末行没有换行,网站';
    const { columns, rows } = readRows(csv, 'csv');
    expect(columns).toEqual(['标题', '正文', '来源']);
    expect(rows).toEqual([
      { 标题: '第一篇', 正文: '第一段，有逗号\r\n第二段有"引号"', 来源: '报纸' },
      { 标题: '第二篇', 正文: '单行', 来源: '' },
      { 标题: '第三篇', 正文: '末行没有换行', 来源: '网站' },
    ]);
  });

  it('reads a CSV whose records end with a lone CR, as old Mac spreadsheets write them', () => {
    const csv = '标题,正文\r第一篇,"两行\r正文"\r第二篇,单行\r';
    expect(readRows(csv, 'csv')).toEqual({
      columns: ['标题', '正文'],
      rows: [
        { 标题: '第一篇', 正文: '两行\r正文' },
        { 标题: '第二篇', 正文: '单行' },
      ],
      rowLines: [2, 4],
    });
    const open = thrown(() => readRows('a,b\r1,2\r3,"x\ry\r', 'csv', 'mac.csv'));
    expect(open.message).toBe('mac.csv: the quoted field opened on line 3 is never closed');
  });

  it('drops rows whose every field is empty, as spreadsheets append them', () => {
    const csv = '标题,正文\n第一篇,正文一\n,\n,\r\n第二篇,正文二\n' + ',\n'.repeat(10_000);
    const { rows } = readRows(csv, 'csv', 'news.csv');
    expect(rows).toEqual([
      { 标题: '第一篇', 正文: '正文一' },
      { 标题: '第二篇', 正文: '正文二' },
    ]);
  });

  it('names blank and repeated header cells so no value is lost', () => {
    expect(readRows('a,,a\n1,2,3\n', 'csv').columns).toEqual(['a', 'column 2', 'a (2)']);
  });

  it('reports an unclosed quote, naming its line', () => {
    const open = thrown(() => readRows('a,b\n1,"2\n3,4\n', 'csv', 'news.csv'));
    expect(open.message).toBe('news.csv: the quoted field opened on line 2 is never closed');
  });

  it('keeps the good rows of a file with ragged rows and reports each bad one by line (issue 16)', () => {
    // Row 2 spans lines 3-4 (a quoted line break); row 3 has a cell too many, row 5 one too few.
    const csv =
      'title,text\n甲,正文一\n乙,"正文\n二"\n丙,正文三,多余\n丁,正文四\n戊\n己,正文六,,\n';
    const table = readRows(csv, 'csv', 'news.csv');
    expect(table.rows.map((row) => row.title)).toEqual(['甲', '乙', '丁', '己']);
    // Good rows keep their own numbers: the article of 丁 is still row 4 of the file.
    expect(table.rowNumbers).toEqual([1, 2, 4, 6]);
    expect(table.rejected).toEqual([
      {
        row: 3,
        line: 5,
        message:
          'news.csv: line 5 (row 3) has 3 fields but the header has 2 columns; that row was not imported',
      },
      {
        row: 5,
        line: 7,
        message:
          'news.csv: line 7 (row 5) has 1 field but the header has 2 columns; that row was not imported',
      },
    ]);
    expect(
      rowsToArticles(table, { textColumn: 'text', metadataColumns: [] }, 'news.csv').articles.map(
        (a) => a.row,
      ),
    ).toEqual([1, 2, 4, 6]);
  });
});

describe('readRows: JSONL', () => {
  it('reads every line of files joined one after another, each opening with a BOM', () => {
    const joined = ['\uFEFF{"text":"正文一"}\r\n', '\uFEFF{"text":"正文二"}\n', '\uFEFF\n'].join(
      '',
    );
    const table = readRows(joined, 'jsonl', 'joined.jsonl');
    expect(table.rows).toEqual([{ text: '正文一' }, { text: '正文二' }]);
    expect(table.rejected ?? []).toEqual([]);
  });

  it('reads one object per line, skipping blank lines, and lists every key', () => {
    const jsonl =
      '{"title":"甲","text":"正文一\\n第二行","n":3}\r\n\n  \n{"text":"正文二","tags":["a"],"x":null}\n';
    const { columns, rows } = readRows(jsonl, 'jsonl');
    expect(columns).toEqual(['title', 'text', 'n', 'tags', 'x']);
    expect(rows).toEqual([
      { title: '甲', text: '正文一\n第二行', n: '3' },
      { text: '正文二', tags: '["a"]', x: '' },
    ]);
  });

  it('keeps the good lines and reports a line of invalid JSON or a non-object by its number (issue 16)', () => {
    const table = readRows('{"a":"1"}\n\n{"a":\n[1,2]\n{"a":"4"}\n', 'jsonl', 'feed.jsonl');
    expect(table.rows).toEqual([{ a: '1' }, { a: '4' }]);
    expect(table.rowNumbers).toEqual([1, 4]);
    expect(table.rejected!.map((r) => [r.row, r.line])).toEqual([
      [2, 3],
      [3, 4],
    ]);
    expect(table.rejected![0]!.message).toMatch(
      /^feed\.jsonl: line 3 is not valid JSON \(.*\); that row was not imported$/,
    );
    expect(table.rejected![1]!.message).toBe(
      'feed.jsonl: line 4 is not a JSON object; that row was not imported',
    );
  });

  it('refuses a file with no good row at all, naming its first bad line', () => {
    expect(thrown(() => readRows('[1,2]\nnot json\n', 'jsonl', 'feed.jsonl')).message).toBe(
      'feed.jsonl: line 1 is not a JSON object (and 1 other row)',
    );
    expect(thrown(() => readRows('a,b\n1\n', 'csv', 'news.csv')).message).toBe(
      'news.csv: line 2 (row 1) has 1 field but the header has 2 columns',
    );
  });
});

describe('guessTextColumn', () => {
  const rows = [
    {
      id: '1',
      标题: '短标题',
      正文: '这是一篇比较长的文章正文，有很多字。',
      摘要: '这是一篇比较长的文章的摘要，字数也不少，几乎一样长。',
    },
    {
      id: '2',
      标题: '另一个标题',
      正文: '第二篇文章的正文内容同样很长很长很长。',
      摘要: '第二篇的摘要也很长，甚至比正文更长一点点，真的。',
    },
  ];

  it('prefers a column named like the text when it is reasonably long', () => {
    expect(guessTextColumn(['id', '标题', '正文', '摘要'], rows)).toBe('正文');
  });

  it('otherwise picks the column with the longest values', () => {
    const renamed = rows.map(({ 正文, ...rest }) => ({ ...rest, b: 正文 }));
    expect(guessTextColumn(['id', '标题', 'b', '摘要'], renamed)).toBe('摘要');
    expect(guessTextColumn(['Content', 'html'], [{ Content: 'x', html: '<p>'.repeat(50) }])).toBe(
      'html',
    );
  });

  it('returns null without columns or text', () => {
    expect(guessTextColumn([], [])).toBeNull();
    expect(guessTextColumn(['a'], [{ a: '' }])).toBeNull();
  });
});

describe('rowsToArticles', () => {
  const rows = [
    { title: ' 第一篇 ', text: '正文一', source: '报纸', date: '2024-01-01' },
    { title: '', text: '正文二', source: '网站', date: '2024-01-02' },
  ];

  it('maps text, title and metadata columns', () => {
    expect(
      rowsToArticles(
        { rows },
        { textColumn: 'text', titleColumn: 'title', metadataColumns: ['source'] },
      ),
    ).toEqual({
      articles: [
        { row: 1, text: '正文一', title: '第一篇', metadata: { source: '报纸' } },
        { row: 2, text: '正文二', title: null, metadata: { source: '网站' } },
      ],
      rejected: [],
    });
  });

  it('leaves out a row with no text and reports it by line, with the ragged rows (issue 16)', () => {
    // Row 2 has a blank text cell, row 3 is ragged, row 4 spans lines 5-6, row 5 is only spaces.
    const csv = 'title,text\n甲,正文一\n乙,\n丙,正文三,多余\n丁,"正文\n四"\n戊,"  "\n己,正文六\n';
    const table = readRows(csv, 'csv', 'news.csv');
    const { articles, rejected } = rowsToArticles(
      table,
      { textColumn: 'text', titleColumn: 'title', metadataColumns: [] },
      'news.csv',
    );
    expect(articles.map((a) => [a.row, a.title])).toEqual([
      [1, '甲'],
      [4, '丁'],
      [6, '己'],
    ]);
    expect(rejected.map((r) => [r.row, r.line])).toEqual([
      [2, 3],
      [3, 4],
      [5, 7],
    ]);
    expect(rejected[0]!.message).toBe(
      'news.csv: line 3 (row 2) has an empty "text" column (the text column); that row was not imported',
    );
  });

  it('leaves out a JSONL object without the text key, naming its line', () => {
    const table = readRows('{"text":"正文一"}\n\n{"title":"x"}\n', 'jsonl', 'a.jsonl');
    const { articles, rejected } = rowsToArticles(
      table,
      { textColumn: 'text', metadataColumns: [] },
      'a.jsonl',
    );
    expect(articles.map((a) => a.text)).toEqual(['正文一']);
    expect(rejected).toEqual([
      {
        row: 2,
        line: 3,
        message:
          'a.jsonl: line 3 (row 2) has no "text" column (the text column); that row was not imported',
      },
    ]);
  });

  it('refuses a file with no text in any row whole, naming the file, row and column', () => {
    const empty = thrown(() =>
      rowsToArticles(
        readRows('title,body\n甲,\n乙,  \n', 'csv', 'b.csv'),
        { textColumn: 'body', metadataColumns: [] },
        'b.csv',
      ),
    );
    expect(empty.message).toBe(
      'b.csv: line 2 (row 1) has an empty "body" column (the text column) (and 1 other row)',
    );
    expect(empty.location).toEqual({ fileName: 'b.csv', line: 2, row: 1 });
  });
});
