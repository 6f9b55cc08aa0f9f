import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../database/articles-repository';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { inspectTables } from './inspect-tables';
import { Project } from './project';

const tempDir = useTempDir();

const newsCsv =
  '编号,标题,正文,来源\r\n' +
  `1,医院新闻,"${'阜新市第二人民医院开启了高质量发展新征程。'.repeat(20)}",阜新日报\r\n` +
  '2,第二篇,准格尔旗中心医院优化医疗资源配置，方便群众就医。,鄂尔多斯日报\r\n' +
  '3,第三篇,锡林郭勒盟中心医院守护草原人民健康。,锡林郭勒日报\r\n' +
  '4,第四篇,通辽市医院新建胸痛中心。,通辽日报\r\n';

function emptyProject(): Project {
  return Project.open(path.join(tempDir(), 'p.gleaner'));
}

function documentMetadata(project: Project): Record<string, string>[] {
  return (
    project.db.prepare('SELECT metadata FROM documents ORDER BY id').all() as { metadata: string }[]
  ).map((row) => JSON.parse(row.metadata) as Record<string, string>);
}

describe('inspectTables', () => {
  it('reports the columns, row count, short samples and a guessed mapping of each table', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), newsCsv);
    fs.writeFileSync(
      path.join(dir, 'feed.jsonl'),
      '{"headline":"一","content":"医院新闻一","views":3}\n{"headline":"二","content":"医院新闻二","tags":["a"]}\n',
    );
    fs.writeFileSync(path.join(dir, 'page.txt'), '不是表格');

    const tables = await inspectTables(project.db, [dir]);
    expect(tables.map((t) => t.name)).toEqual(['feed.jsonl', 'news.csv']);
    const [feed, news] = tables;
    if (news?.kind !== 'table' || feed?.kind !== 'table') throw new Error('expected two tables');
    expect(news.columns).toEqual(['编号', '标题', '正文', '来源']);
    expect(news.rowCount).toBe(4);
    expect(news.sampleRows).toHaveLength(3);
    expect([...news.sampleRows[0]!['正文']!]).toHaveLength(121);
    expect(news.sampleRows[0]!['正文']!.endsWith('…')).toBe(true);
    expect(news.sampleRows[1]!['来源']).toBe('鄂尔多斯日报');
    expect(news.mapping).toEqual({
      textColumn: '正文',
      titleColumn: '标题',
      metadataColumns: ['编号', '来源'],
    });
    expect(news.remembered).toBe(false);
    expect(feed.columns).toEqual(['headline', 'content', 'views', 'tags']);
    expect(feed.mapping.textColumn).toBe('content');
    expect(feed.mapping.titleColumn).toBe('headline');
    project.close();
  });

  it('counts the rows the import will leave out: unreadable ones, and those with an empty cell per column (issue 16)', async () => {
    const project = emptyProject();
    const dir = tempDir();
    // Line 3: no text; line 4: ragged; lines 5-6: one row (a quoted line break) with no title.
    const csv = 'title,text\n一,医院新闻一\n二,\n三,医院,新闻\n,"医院\n新闻四"\n五,  \n';
    fs.writeFileSync(path.join(dir, 'news.csv'), csv);
    const [news] = await inspectTables(project.db, [dir]);
    if (news?.kind !== 'table') throw new Error('expected a table');
    expect(news.rowCount).toBe(4);
    expect(news.leftOut).toEqual({
      unreadable: { count: 1, lines: [4] },
      emptyByColumn: { title: { count: 1, lines: [5] }, text: { count: 2, lines: [3, 7] } },
    });
    project.close();
  });

  it('names a table that cannot be read instead of failing the whole inspection', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.csv'), 'title,text\n一,医院新闻\n');
    // No line of it is a JSON object (one bad line among good ones only leaves that row out).
    fs.writeFileSync(path.join(dir, 'broken.jsonl'), 'not json\n{"text":\n');
    fs.writeFileSync(path.join(dir, 'empty.csv'), '');
    const tables = await inspectTables(project.db, [dir, path.join(dir, 'missing.csv')]);
    const byName = Object.fromEntries(tables.map((t) => [t.name, t]));
    expect(byName['good.csv']?.kind).toBe('table');
    for (const name of ['broken.jsonl', 'empty.csv', 'missing.csv']) {
      const entry = byName[name];
      expect(entry?.kind).toBe('error');
      if (entry?.kind === 'error') expect(entry.message).toContain(name);
    }
    const broken = byName['broken.jsonl'];
    if (broken?.kind === 'error') expect(broken.message).toMatch(/line 1 .*and 1 other row/);
    project.close();
  });
});

describe('importing a table with a chosen mapping', () => {
  it('reads the tables with the encoding chosen for the import', async () => {
    const project = emptyProject();
    const dir = tempDir();
    // One Big5 character: too little for detection, plain once the encoding is given.
    fs.writeFileSync(path.join(dir, 'short.csv'), iconv.encode('id,text\r\n1,院\r\n', 'big5'));
    const [detected] = await inspectTables(project.db, [dir]);
    expect(detected).toMatchObject({ kind: 'error', name: 'short.csv' });
    const [chosen] = await inspectTables(project.db, [dir], { encoding: 'big5' });
    expect(chosen).toMatchObject({ kind: 'table', columns: ['id', 'text'], rowCount: 1 });
    project.close();
  });

  it('stores metadata from the chosen columns only, and the next inspection remembers the choice', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), newsCsv);
    const mapping = { textColumn: '正文', titleColumn: '标题', metadataColumns: ['来源'] };
    const report = await importPaths(project.db, [dir], {
      actor: 'tester',
      columnMapping: mapping,
    });
    expect(report.skipped).toEqual([]);
    expect(report.articles).toBe(4);
    expect(documentMetadata(project)[1]).toEqual({ 来源: '鄂尔多斯日报' });
    const { items } = listArticles(project.db, { offset: 0, limit: 10 });
    expect(items.map((i) => i.title)).toEqual(['医院新闻', '第二篇', '第三篇', '第四篇']);

    // Another file with the same columns, in another order: the choice is remembered for it.
    const next = tempDir();
    fs.writeFileSync(
      path.join(next, 'more.csv'),
      '来源,正文,标题,编号\n某报,某医院新闻,标题五,5\n',
    );
    const [more] = await inspectTables(project.db, [next]);
    expect(more).toMatchObject({ kind: 'table', remembered: true, mapping });
    project.close();
  });

  it('fails a table that lacks a chosen column, naming the file and the column', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), newsCsv);
    const report = await importPaths(project.db, [dir], {
      actor: 'tester',
      columnMapping: { textColumn: '正文', metadataColumns: ['来源', '作者'] },
    });
    expect(project.info().documentCount).toBe(0);
    expect(report.skipped).toHaveLength(1);
    expect(report.skipped[0]!.message).toMatch(/^news\.csv: .*"作者"/);
    project.close();
  });

  it('applies a mapping made for one column set only to tables with those columns', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), newsCsv);
    fs.writeFileSync(
      path.join(dir, 'other.csv'),
      'title,text,author\n一篇,另一家医院的新闻,王五\n',
    );
    const report = await importPaths(project.db, [dir], {
      actor: 'tester',
      columnMapping: {
        textColumn: '正文',
        metadataColumns: [],
        columns: ['来源', '正文', '标题', '编号'],
      },
    });
    expect(report.skipped).toEqual([]);
    const metadata = documentMetadata(project);
    // news.csv: no title, no metadata, as chosen; other.csv: its guessed mapping keeps author.
    expect(metadata.slice(0, 4)).toEqual([{}, {}, {}, {}]);
    expect(metadata[4]).toEqual({ author: '王五' });
    const { items } = listArticles(project.db, { offset: 0, limit: 10 });
    expect(items.map((i) => i.title)[4]).toBe('一篇');
    project.close();
  });
});
