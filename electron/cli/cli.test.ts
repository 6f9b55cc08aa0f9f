import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { gleanerBin, runGleaner } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

/** Runs the real `gleaner` command in a child process, as a script would. */
const gleaner = (...args: string[]) => runGleaner(args);

// Each test starts the command line several times (about 2.5 s of CPU each under tsx), so a
// loaded machine needs more than the default 30 s.
describe('gleaner command line', { timeout: 180_000 }, () => {
  it('imports the seeds into a new project file and reports what it did', () => {
    const project = path.join(tempDir(), 'cli.gleaner');
    const first = gleaner(
      'import',
      ...fs
        .readdirSync(bundledSeedsDir)
        .filter((n) => n.endsWith('.txt'))
        .map((n) => path.join(bundledSeedsDir, n)),
      '--project',
      project,
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Imported 5 files (9 articles), 0 duplicates, 0 skipped.');
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 9 });
    db.close();

    const again = gleaner('import', bundledSeedsDir, '--project', project);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('5 duplicates');
  });

  it('exits 3 when some files were skipped, naming them', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ok.txt'), '医院新闻');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const result = gleaner('import', dir, '--project', path.join(dir, 'p.gleaner'));
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/skipped \(empty\): .*empty\.txt/);
  });

  it('imports with --encoding, and refuses an unknown encoding name before reading anything', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    fs.writeFileSync(path.join(dir, 'short.txt'), iconv.encode('院', 'big5'));
    const detected = gleaner('import', dir, '--project', project);
    expect(detected.code).toBe(3);
    expect(detected.stdout).toMatch(/skipped \(low-confidence\): short\.txt: .*--encoding/);

    const unknown = gleaner('import', dir, '--project', project, '--encoding', 'gb-1234');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('gleaner: --encoding: unknown encoding "gb-1234"');

    const chosen = gleaner('import', dir, '--project', project, '--encoding', 'Big5');
    expect(chosen.code).toBe(0);
    const db = new Database(project, { readonly: true });
    expect(db.prepare('SELECT text, encoding FROM documents').all()).toEqual([
      { text: '院', encoding: 'big5' },
    ]);
    db.close();
  });

  it('exits 2 with one clear line on wrong usage', () => {
    const noProject = gleaner('import', bundledSeedsDir);
    expect(noProject.code).toBe(2);
    expect(noProject.stderr.trim()).toBe('gleaner: import needs --project FILE');
    const unknown = gleaner('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(gleaner('import', '--help').stdout).toContain('Usage: gleaner import PATH...');
  });

  it('exits 1 with the file named when the project file is not a project', () => {
    const dir = tempDir();
    const notProject = path.join(dir, 'notes.txt');
    fs.writeFileSync(notProject, 'just notes '.repeat(100));
    const result = gleaner('import', bundledSeedsDir, '--project', notProject);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(notProject);
  });

  it('imports a table with the text, title and metadata columns named on the command line', () => {
    const dir = tempDir();
    const csv = path.join(dir, 'news.csv');
    fs.writeFileSync(
      csv,
      '编号,标题,正文,来源\n1,医院新闻,阜新市第二人民医院开启了高质量发展新征程。,阜新日报\n',
    );
    const project = path.join(dir, 'p.gleaner');
    const result = gleaner(
      'import',
      csv,
      '--project',
      project,
      '--text-column',
      '正文',
      '--title-column',
      '标题',
      '--metadata-columns',
      '来源',
    );
    expect(result.code).toBe(0);
    const db = new Database(project, { readonly: true });
    const stored = db.prepare('SELECT text, metadata FROM documents').get() as {
      text: string;
      metadata: string;
    };
    expect(stored.text).toBe('阜新市第二人民医院开启了高质量发展新征程。');
    expect(JSON.parse(stored.metadata)).toEqual({ 来源: '阜新日报' });
    expect(db.prepare('SELECT title FROM articles').get()).toEqual({ title: '医院新闻' });
    db.close();
  });

  it('skips a table lacking a named column, naming the file and the column', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), 'title,text\n一篇,医院新闻\n');
    const result = gleaner(
      'import',
      dir,
      '--project',
      path.join(dir, 'p.gleaner'),
      '--text-column',
      'text',
      '--metadata-columns',
      'source',
    );
    expect(result.code).toBe(3);
    expect(result.stdout).toMatch(/skipped \(failed\): news\.csv: .*"source"/);
    const missingText = gleaner(
      'import',
      dir,
      '--project',
      path.join(dir, 'p.gleaner'),
      '--title-column',
      'title',
    );
    expect(missingText.code).toBe(2);
    expect(missingText.stderr).toContain('need --text-column');
    expect(gleaner('import', '--help').stdout).toContain('--metadata-columns A,B');
  });

  it('exits quietly with its own code when the reader of its output has gone (| head -1)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ok.txt'), '医院新闻');
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const child = spawn(
      process.execPath,
      [gleanerBin, 'import', dir, '--project', path.join(dir, 'p.gleaner')],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    // Close our end of its stdout at once, like `head` exiting: every line it prints is EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    // 3: done, one file skipped (the empty one), as if the output had been read.
    expect(code).toBe(3);
    const db = new Database(path.join(dir, 'p.gleaner'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keeps one report line per file when file names hold newlines or escape sequences', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'ok.txt'), '医院新闻');
    fs.writeFileSync(path.join(dir, 'copy\nof ok.txt'), '医院新闻');
    fs.writeFileSync(path.join(dir, 'empty\n\u001b[31mred.txt'), '');
    const result = gleaner('import', dir, '--project', path.join(dir, 'p.gleaner'));
    expect(result.code).toBe(3);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // Code-unit order imports "copy\nof ok.txt" first, so ok.txt is the duplicate.
    expect(lines).toContain(
      `duplicate: ${path.join(dir, 'ok.txt')} (same text as copy\\nof ok.txt)`,
    );
    expect(lines.find((line) => line.startsWith('skipped (empty): '))).toContain(
      'empty\\n\\u001b[31mred.txt',
    );
    expect(result.stdout).not.toContain('\u001b');
  });
});
