import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { getArticle, listArticles } from '../database/articles-repository';
import { marksOfDocument } from '../database/marks-repository';
import { useTempDir } from '../test-support/temp-dir';
import { quickCheck } from './backups';
import { describeFiles, ImportWriteError, importPaths, nameWriteFailure } from './import-pipeline';
import { Project } from './project';

const tempDir = useTempDir();
const seed = (name: string): string => fs.readFileSync(path.join(bundledSeedsDir, name), 'utf8');

function emptyProject(): Project {
  return Project.open(path.join(tempDir(), 'p.gleaner'));
}

describe('importPaths', () => {
  it('imports a folder of real pages, split into articles, with chrome and repeats marked', async () => {
    const project = emptyProject();
    const report = await importPaths(project.db, [bundledSeedsDir], { actor: 'tester' });
    expect(report.skipped).toEqual([]);
    expect(report.imported.map((i) => [i.name, i.articles])).toEqual([
      ['000_7fa368b7fa82f5b8.txt', 2],
      ['001_d07ace27a782ea8e.txt', 2],
      ['002_706bd34281dab565.txt', 3],
      ['003_2369a6ec6ec1c7fc.txt', 1],
      ['004_a2790656f718fd24.txt', 1],
    ]);
    expect(report.articles).toBe(9);

    const webPage = report.imported.find((i) => i.name.startsWith('003'))!;
    const marks = marksOfDocument(project.db, webPage.documentIds[0]!);
    expect(marks.some((m) => m.kind === 'chrome')).toBe(true);
    const repeated = report.imported.find((i) => i.name.startsWith('004'))!;
    expect(
      marksOfDocument(project.db, repeated.documentIds[0]!).filter((m) => m.kind === 'repeat'),
    ).toHaveLength(1);
    project.close();
  });

  it('decodes a GBK file, and reports a re-encoded copy of a page already imported as a duplicate', async () => {
    const project = emptyProject();
    const dir = tempDir();
    const text = seed('004_a2790656f718fd24.txt');
    fs.writeFileSync(path.join(dir, 'a-utf8.txt'), text);
    fs.writeFileSync(path.join(dir, 'b-gbk.txt'), iconv.encode(text, 'gbk'));
    const report = await importPaths(project.db, [dir], { actor: 'tester' });
    expect(report.imported.map((i) => i.name)).toEqual(['a-utf8.txt']);
    expect(report.duplicates).toEqual([
      { path: path.join(dir, 'b-gbk.txt'), name: 'b-gbk.txt', matchedName: 'a-utf8.txt' },
    ]);

    const gbkOnly = emptyProject();
    const gbkReport = await importPaths(gbkOnly.db, [path.join(dir, 'b-gbk.txt')], {
      actor: 'tester',
    });
    expect(gbkReport.imported[0]!.encoding).toBe('gb18030');
    const stored = gbkOnly.db.prepare('SELECT text, encoding, original FROM documents').get() as {
      text: string;
      encoding: string;
      original: Buffer;
    };
    expect(stored.text).toBe(text);
    expect(Buffer.compare(stored.original, iconv.encode(text, 'gbk'))).toBe(0);
    project.close();
    gbkOnly.close();
  });

  it('skips bad files with a reason naming each, and keeps the good ones', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'good.txt'), '阜新市第二人民医院开启了高质量发展新征程。');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(
      path.join(dir, 'image.txt'),
      Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        Buffer.alloc(400, 7),
      ]),
    );
    fs.writeFileSync(path.join(dir, 'big.txt'), '大'.repeat(2000));
    const report = await importPaths(project.db, [dir], { actor: 'tester', maxBytes: 4000 });
    expect(report.imported.map((i) => i.name)).toEqual(['good.txt']);
    const skipped = Object.fromEntries(report.skipped.map((s) => [s.name, s]));
    expect(skipped['empty.txt']!.reason).toBe('empty');
    expect(skipped['image.txt']!.reason).toBe('binary');
    expect(skipped['big.txt']!.reason).toBe('too-large');
    for (const s of report.skipped) expect(s.message).toContain(s.name);
    project.close();
  });

  it('reads every file with the encoding the user chose, and skips the files not valid in it', async () => {
    const dir = tempDir();
    // One hanzi is too little to detect Big5 by; the second file is UTF-8, not Big5.
    fs.writeFileSync(path.join(dir, 'a-short.txt'), iconv.encode('院', 'big5'));
    fs.writeFileSync(path.join(dir, 'b-utf8.txt'), '阜新市第二人民医院开启了高质量发展新征程。');
    const first = emptyProject();
    const detected = await importPaths(first.db, [dir], { actor: 'tester' });
    first.close();
    expect(detected.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['a-short.txt', 'low-confidence'],
    ]);
    expect(detected.skipped[0]!.message).toContain('choose the encoding with --encoding');

    const project = emptyProject();
    const report = await importPaths(project.db, [dir], { actor: 'tester', encoding: 'big5' });
    expect(report.imported.map((i) => [i.name, i.encoding])).toEqual([['a-short.txt', 'big5']]);
    expect(report.skipped).toEqual([
      {
        path: path.join(dir, 'b-utf8.txt'),
        name: 'b-utf8.txt',
        reason: 'undecodable',
        message:
          'b-utf8.txt: the file is not valid big5: byte offset 0 (character 0) is not a character of big5',
      },
    ]);
    const stored = project.db.prepare('SELECT text, encoding FROM documents').all();
    expect(stored).toEqual([{ text: '院', encoding: 'big5' }]);
    project.close();
  });

  it('skips a text that reads as mojibake unless the user chose its encoding', async () => {
    const dir = tempDir();
    const text = `Report ${iconv.decode(iconv.encode('中国人民银行', 'gbk'), 'latin1')}`;
    fs.writeFileSync(path.join(dir, 'old-export.txt'), text);
    const project = emptyProject();
    const detected = await importPaths(project.db, [dir], { actor: 'tester' });
    expect(detected.skipped).toMatchObject([{ name: 'old-export.txt', reason: 'mojibake' }]);
    expect(detected.skipped[0]!.message).toBe(
      'old-export.txt: looks like mojibake when read as utf-8: "ÖÐ¹úÈËÃñÒøÐÐ" at character 7; choose the encoding with --encoding or "Decode as…"',
    );
    const chosen = await importPaths(project.db, [dir], { actor: 'tester', encoding: 'utf-8' });
    expect(chosen.imported.map((i) => i.name)).toEqual(['old-export.txt']);
    project.close();
  });

  it('imports each row of a CSV as an article and remembers the column mapping', async () => {
    const project = emptyProject();
    const dir = tempDir();
    const csv =
      '\ufeff编号,标题,正文\r\n1,"医院新闻","阜新市第二人民医院，院长张丽丽。"\r\n2,第二篇,"准格尔旗中心医院\r\n优化医疗资源"\r\n';
    fs.writeFileSync(path.join(dir, 'news.csv'), csv);
    const report = await importPaths(project.db, [dir], { actor: 'tester' });
    expect(report.imported).toHaveLength(1);
    expect(report.articles).toBe(2);
    const { items } = listArticles(project.db, { offset: 0, limit: 10 });
    expect(items.map((i) => [i.documentName, i.title])).toEqual([
      ['news.csv#1', '医院新闻'],
      ['news.csv#2', '第二篇'],
    ]);
    expect(getArticle(project.db, items[1]!.id).segments[0]!.text).toBe(
      '准格尔旗中心医院\r\n优化医疗资源',
    );
    const metadata = project.db
      .prepare("SELECT metadata FROM documents WHERE name = 'news.csv#1'")
      .get() as { metadata: string };
    expect(JSON.parse(metadata.metadata)).toEqual({ 编号: '1' });
    const mapping = project.db.prepare('SELECT text_column AS t FROM import_mappings').get();
    expect(mapping).toEqual({ t: '正文' });
    project.close();
  });

  it('stores the visible text of an HTML page and keeps its bytes', async () => {
    const project = emptyProject();
    const dir = tempDir();
    const html =
      '<html><head><title>新闻</title><script>alert(1)</script></head><body><p>阜新市第二人民医院</p><p>开启了高质量发展新征程。</p></body></html>';
    fs.writeFileSync(path.join(dir, 'page.html'), html);
    await importPaths(project.db, [dir], { actor: 'tester' });
    const stored = project.db.prepare('SELECT text, kind, original FROM documents').get() as {
      text: string;
      kind: string;
      original: Buffer;
    };
    expect(stored.kind).toBe('html');
    expect(stored.text).toContain('阜新市第二人民医院');
    expect(stored.text).not.toContain('alert');
    expect(stored.original.toString('utf8')).toBe(html);
    project.close();
  });

  it('stops between files when cancelled, keeping what it finished', async () => {
    const project = emptyProject();
    let calls = 0;
    const report = await importPaths(project.db, [bundledSeedsDir], {
      actor: 'tester',
      isCancelled: () => ++calls > 2,
    });
    expect(report.cancelled).toBe(true);
    expect(report.imported).toHaveLength(2);
    expect(project.info().documentCount).toBe(2);
    project.close();
  });
});

describe('importPaths with a broken table', () => {
  it('refuses a CSV with no row to import at all, naming the file and its first bad row', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'rows.csv'), 'title,text\n第一篇,\n第二篇,医院,新闻\n');
    const report = await importPaths(project.db, [dir], {
      actor: 'tester',
      columnMapping: { textColumn: 'text', metadataColumns: [] },
    });
    expect(project.info().documentCount).toBe(0);
    expect(report.imported).toEqual([]);
    expect(report.skipped).toMatchObject([{ name: 'rows.csv', reason: 'failed' }]);
    expect(report.skipped[0]!.message).toBe(
      'rows.csv: line 2 (row 1) has an empty "text" column (the text column) (and 1 other row)',
    );
    project.close();
  });
});

describe('importPaths with a ragged CSV row (issue 16)', () => {
  it('imports the good rows under their own numbers and reports the bad one by file and line', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const dir = tempDir();
    const csv = 'title,text\n第一篇,医院新闻一\n第二篇,医院新闻二,多出一格\n第三篇,医院新闻三\n';
    fs.writeFileSync(path.join(dir, 'rows.csv'), csv);
    const report = await importPaths(project.db, [dir], { actor: 'tester' });
    const names = project.db.prepare('SELECT name FROM documents ORDER BY id').pluck().all();
    expect(names).toEqual(['rows.csv#1', 'rows.csv#3']);
    expect(report.imported).toMatchObject([{ name: 'rows.csv', articles: 2 }]);
    expect(report.skipped).toEqual([
      {
        path: path.join(dir, 'rows.csv'),
        name: 'rows.csv#2',
        reason: 'failed',
        message:
          'rows.csv: line 3 (row 2) has 3 fields but the header has 2 columns; that row was not imported',
      },
    ]);
    project.close();
  });

  it('imports the rows around one with an empty text cell and reports that row by line', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const dir = tempDir();
    const csv = 'title,text\n第一篇,医院新闻一\n第二篇,\n第三篇,医院新闻三\n';
    fs.writeFileSync(path.join(dir, 'rows.csv'), csv);
    const report = await importPaths(project.db, [dir], { actor: 'tester' });
    const names = project.db.prepare('SELECT name FROM documents ORDER BY id').pluck().all();
    expect(names).toEqual(['rows.csv#1', 'rows.csv#3']);
    expect(report.skipped).toEqual([
      {
        path: path.join(dir, 'rows.csv'),
        name: 'rows.csv#2',
        reason: 'failed',
        message:
          'rows.csv: line 3 (row 2) has an empty "text" column (the text column); that row was not imported',
      },
    ]);
    project.close();
  });
});

describe('importPaths on a full disk', () => {
  it('stops with an error naming the file it was storing, and keeps what was imported before', async () => {
    const project = emptyProject();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'first.txt'), seed('004_a2790656f718fd24.txt'));
    const big = path.join(dir, 'big-page.txt');
    fs.writeFileSync(big, `${seed('003_2369a6ec6ec1c7fc.txt')}\n`.repeat(40));
    await importPaths(project.db, [path.join(dir, 'first.txt')], { actor: 'tester' });
    // SQLite's page limit makes the file "full" for real: the next growing write fails with
    // SQLITE_FULL ("database or disk is full"), exactly as on a full disk.
    const pages = project.db.pragma('page_count', { simple: true }) as number;
    project.db.pragma(`max_page_count = ${pages + 4}`);
    const failure = await importPaths(project.db, [big], { actor: 'tester' }).catch(
      (error: unknown) => error as Error & { code?: string },
    );
    expect(failure).toBeInstanceOf(ImportWriteError);
    expect((failure as ImportWriteError).code).toBe('SQLITE_FULL');
    expect((failure as Error).message).toContain(`big-page.txt (${big})`);
    expect((failure as Error).message).toMatch(/disk is full.*Files imported before it are kept/);
    project.db.pragma('max_page_count = 1073741823');
    const names = project.db.prepare('SELECT name FROM documents').all();
    expect(names).toEqual([{ name: 'first.txt' }]);
    expect(quickCheck(project.db)).toEqual([]);
    project.close();
  });

  it('names the files whose search index or suggestions were being written', () => {
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const named = nameWriteFailure(
      full,
      `the search index of ${describeFiles(['a.txt', 'b.txt', 'c.txt'])}`,
    );
    expect((named as Error).message).toBe(
      'Could not save the search index of a.txt and 2 other files: the disk is full (or the file reached its size limit). Files imported before it are kept. (database or disk is full)',
    );
    // Anything that is not a failed write goes through untouched.
    const bug = new TypeError('x is undefined');
    expect(nameWriteFailure(bug, 'a.txt')).toBe(bug);
  });
});
