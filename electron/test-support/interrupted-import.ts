import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { gleanerBin, runGleaner as runGleanerProcess, type GleanerRun } from './gleaner-cli';

// Running `gleaner import` as a real process and interrupting it (kill -9, Ctrl+C), for the crash
// test (electron/cli/import-command.test.ts) and its long version (npm run stress:import-kill).

/** Pages that each give several suggestions (hospital, money, beds, area, people, dates). */
export function writeCorpus(dir: string, files: number): void {
  const cities = ['阜新市', '大连市', '沈阳市', '锦州市', '丹东市'];
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const line = `${cities[i % 5]}第${(i % 9) + 1}人民医院投资${1000 + i}万元建设新院区，新增床位${200 + i}张，建筑面积${3000 + i}平方米。\n院长王${i}表示，${2000 + (i % 20)}年医院将开展新技术${(i % 7) + 1}项。\n`;
    fs.writeFileSync(path.join(dir, `f${String(i).padStart(5, '0')}.txt`), line.repeat(4));
  }
}

export function startImport(corpus: string, project: string): ChildProcess {
  return spawn(process.execPath, [gleanerBin, 'import', corpus, '--project', project], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** `gleaner ARGS…` to its end, with room for a whole import on a loaded machine. */
export function runGleaner(...args: string[]): GleanerRun {
  return runGleanerProcess(args, 300_000);
}

export interface ImportCounts {
  documents: number;
  articles: number;
  extracted: number;
}

/**
 * Opens the project to read it. A first import into a new file writes through a rollback journal
 * (database/bulk-load.ts): killed in the middle of a step, it leaves a journal that a read-only
 * connection cannot roll back, so then the file is opened writable, as Gleaner opens it.
 */
function openToRead(project: string): Database.Database {
  const db = new Database(project, { readonly: true, fileMustExist: true });
  try {
    db.pragma('user_version');
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code !== 'SQLITE_READONLY_ROLLBACK') throw error;
    return new Database(project, { fileMustExist: true });
  }
}

/** Reads the project as another process writes it, or null before it has the tables. */
export function importCounts(project: string): ImportCounts | null {
  if (!fs.existsSync(project)) return null;
  try {
    const db = openToRead(project);
    try {
      return db
        .prepare(
          `SELECT (SELECT count(*) FROM documents) AS documents, count(*) AS articles,
                  count(extracted_at) AS extracted FROM articles`,
        )
        .get() as ImportCounts;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Polls until `ready` holds for the project; throws if the process ended first. */
export async function waitFor(
  child: ChildProcess,
  project: string,
  ready: (counts: ImportCounts) => boolean,
): Promise<void> {
  while (child.exitCode === null) {
    const counts = importCounts(project);
    if (counts && ready(counts)) return;
    await new Promise((r) => setTimeout(r, 15));
  }
  throw new Error(`the import ended (exit ${child.exitCode}) before the moment to stop it`);
}

export function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

/**
 * Articles that are not done: never extracted, or extracted without a single suggestion
 * (every generated page has several), or holding suggestions without being marked extracted
 * (half-written: must never happen).
 */
export function unfinishedArticles(project: string): {
  notExtracted: number;
  noSuggestions: number;
  halfWritten: number;
} {
  const db = openToRead(project);
  try {
    return db
      .prepare(
        `SELECT coalesce(sum(extracted_at IS NULL), 0) AS notExtracted,
                coalesce(sum(NOT EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id)), 0) AS noSuggestions,
                coalesce(sum(extracted_at IS NULL AND EXISTS (SELECT 1 FROM field_values v WHERE v.article_id = a.id)), 0) AS halfWritten
           FROM articles a`,
      )
      .get() as { notExtracted: number; noSuggestions: number; halfWritten: number };
  } finally {
    db.close();
  }
}
