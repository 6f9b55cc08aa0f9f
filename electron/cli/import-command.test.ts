import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const bin = path.join(appRoot, 'bin', 'gleaner.mjs');

/** Pages that each give several suggestions (hospital, money, beds, area, people, dates). */
function writeCorpus(dir: string, files: number): void {
  const cities = ['阜新市', '大连市', '沈阳市', '锦州市', '丹东市'];
  fs.mkdirSync(dir);
  for (let i = 0; i < files; i++) {
    const line = `${cities[i % 5]}第${(i % 9) + 1}人民医院投资${1000 + i}万元建设新院区，新增床位${200 + i}张，建筑面积${3000 + i}平方米。\n院长王${i}表示，${2000 + (i % 20)}年医院将开展新技术${(i % 7) + 1}项。\n`;
    fs.writeFileSync(path.join(dir, `f${String(i).padStart(5, '0')}.txt`), line.repeat(4));
  }
}

function startImport(corpus: string, project: string): ChildProcess {
  return spawn(process.execPath, [bin, 'import', corpus, '--project', project], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function importToEnd(corpus: string, project: string) {
  const result = spawnSync(process.execPath, [bin, 'import', corpus, '--project', project], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Reads the project as another process writes it (WAL), or null before it has the tables. */
function counts(
  project: string,
): { documents: number; articles: number; extracted: number } | null {
  if (!fs.existsSync(project)) return null;
  try {
    const db = new Database(project, { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare(
          `SELECT (SELECT count(*) FROM documents) AS documents, count(*) AS articles,
                  count(extracted_at) AS extracted FROM articles`,
        )
        .get() as { documents: number; articles: number; extracted: number };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Polls until `ready` holds for the project (or the process ended), then returns the counts. */
async function waitFor(
  child: ChildProcess,
  project: string,
  ready: (c: { documents: number; articles: number; extracted: number }) => boolean,
): Promise<void> {
  while (child.exitCode === null) {
    const c = counts(project);
    if (c && ready(c)) return;
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error(`the import ended (exit ${child.exitCode}) before the moment to stop it`);
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

function articlesWithoutSuggestions(project: string): number {
  const db = new Database(project, { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT count(*) AS n FROM articles a
            WHERE a.extracted_at IS NULL
               OR NOT EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id)`,
        )
        .get() as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

// Real processes killed for real: each test runs the command line three or four times.
describe('gleaner import, interrupted', { timeout: 240_000 }, () => {
  it('after kill -9 during the import and then during extraction, the next import completes every article', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    const project = path.join(dir, 'p.gleaner');
    writeCorpus(corpus, 500);

    // Killed while storing files: some documents are in, none extracted.
    const first = startImport(corpus, project);
    await waitFor(first, project, (c) => c.documents >= 30);
    first.kill('SIGKILL');
    await exited(first);
    const afterFirst = counts(project)!;
    expect(afterFirst.documents).toBeLessThan(500);
    expect(afterFirst.extracted).toBe(0);

    // Killed while extracting: every file is stored, some articles extracted, not all.
    const second = startImport(corpus, project);
    await waitFor(second, project, (c) => c.extracted > 0);
    second.kill('SIGKILL');
    await exited(second);
    const afterSecond = counts(project)!;
    expect(afterSecond.extracted).toBeLessThan(afterSecond.articles);
    expect(afterSecond.documents).toBe(500);
    const listed = spawnSync(process.execPath, [bin, 'check', '--project', project], {
      encoding: 'utf8',
    });
    expect(listed.status).toBe(1);
    expect(listed.stdout).toMatch(/problem \(not-extracted\): f\d+\.txt: article \d+/);

    // The files are all duplicates now, yet their articles get extracted, and the report says so.
    const third = importToEnd(corpus, project);
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/Extracted \d+ articles an earlier import had stored/);
    expect(third.stdout).toContain('Imported 0 files (0 articles), 500 duplicates, 0 skipped.');
    const done = counts(project)!;
    expect(done).toEqual({ documents: 500, articles: 500, extracted: 500 });
    expect(articlesWithoutSuggestions(project)).toBe(0);

    const check = spawnSync(process.execPath, [bin, 'check', '--project', project], {
      encoding: 'utf8',
    });
    expect(check.stdout).toContain('No problems found.');
  });

  it('Ctrl+C while importing, then while extracting, stops at the next step, keeps what was done and says so', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    const project = path.join(dir, 'p.gleaner');
    writeCorpus(corpus, 800);

    /** Starts an import, presses Ctrl+C once `when` holds, and returns what it printed. */
    const interrupted = async (when: Parameters<typeof waitFor>[2]) => {
      const child = startImport(corpus, project);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await waitFor(child, project, when);
      child.kill('SIGINT');
      const code = await exited(child);
      return { code, stdout, stderr, counts: counts(project)! };
    };

    const importing = await interrupted((c) => c.documents >= 30);
    expect(importing.code).toBe(130);
    expect(importing.stderr).toContain('Stopping after the current step');
    expect(importing.stdout).toContain('Stopped while importing');
    expect(importing.counts.documents).toBeLessThan(800);
    expect(importing.counts.extracted).toBe(0);

    const extracting = await interrupted((c) => c.extracted > 0);
    expect(extracting.code).toBe(130);
    expect(extracting.stdout).toContain('Stopped while extracting');
    const stopped = extracting.counts;
    expect(stopped.documents).toBe(800);
    expect(stopped.extracted).toBeGreaterThan(0);
    expect(stopped.extracted).toBeLessThan(800);

    const again = importToEnd(corpus, project);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `Extracted ${800 - stopped.extracted} articles an earlier import had stored`,
    );
    expect(articlesWithoutSuggestions(project)).toBe(0);
  });
});
