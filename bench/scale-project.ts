// The scale benchmarks' projects: the seeded project grown in SQL to 10k / 100k / 1M articles
// (bench/replicate-project.ts), built once and kept in a cache folder, because a million
// articles take minutes to build on a small machine and several benchmarks read them.
//
// Their copies are not in the search index (see below). The articles' statuses are spread over the workflow (id mod 5), so that a status filter
// selects a fifth of the project as it would in a project that is being curated.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { latestSchemaVersion, migrate, schemaVersionOf } from '../electron/database/migrate';
import { Project } from '../electron/services/project';
import { replicateArticles } from './replicate-project';

/** Where built projects are kept between runs (override with GLEANER_SCALE_CACHE). */
export const scaleCacheDir = (): string =>
  process.env.GLEANER_SCALE_CACHE ?? path.join(os.tmpdir(), 'gleaner-scale');

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const STATUS_SPREAD_SQL = `UPDATE articles SET status = CASE id % 5
  WHEN 0 THEN 'new' WHEN 1 THEN 'in_progress' WHEN 2 THEN 'submitted' WHEN 3 THEN 'approved'
  ELSE 'changes_requested' END`;

/**
 * The path of a cached project of exactly `articles` articles, building it first when it is
 * missing. A build goes to a temporary name and is renamed when complete, so an interrupted
 * build is never taken for a finished one. Callers that write to the project work on a copy.
 */
export function scaleProject(articles: number, log: (line: string) => void = console.log): string {
  return migrated(cachedScaleProject(articles, log), log);
}

/** The cached project as it was built (or last migrated), built first when it is missing. */
function cachedScaleProject(articles: number, log: (line: string) => void): string {
  const dir = scaleCacheDir();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `articles-${articles}.gleaner`);
  if (fs.existsSync(file)) return file;
  const building = `${file}.building-${process.pid}`;
  const started = performance.now();
  const project = Project.open(building, {
    seedsDir: path.join(repoRoot, 'seeds'),
    actor: 'bench',
  });
  try {
    replicateArticles(project.db, articles);
    project.db.exec(STATUS_SPREAD_SQL);
    // The copies are not search-indexed: indexing a million articles takes longer than every
    // other benchmark together and is measured on its own (bench/search-bench.ts). Left queued,
    // the first import into the project would index them all in its last phase.
    project.db.exec('DELETE FROM search_pending');
    project.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    project.close();
  }
  fs.renameSync(building, file);
  log(
    `Built ${file} (${articles} articles, ${(fs.statSync(file).size / 1e6).toFixed(0)} MB) in ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return file;
}

/**
 * Brings a cached project built by an older Gleaner to the current schema, without the backup
 * that opening it would first write (a copy of gigabytes, for a cache that can be rebuilt).
 */
function migrated(file: string, log: (line: string) => void): string {
  const db = new Database(file);
  try {
    if (schemaVersionOf(db) < latestSchemaVersion) {
      const started = performance.now();
      db.pragma('journal_mode = WAL');
      migrate(db, file);
      // A migration that rebuilds the search index queues every article: the copies stay out of
      // the index, as when they were built (see scaleProject).
      db.exec('DELETE FROM search_pending');
      db.pragma('wal_checkpoint(TRUNCATE)');
      log(`Migrated ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    db.close();
  }
  return file;
}

/**
 * A private copy of a cached project, for a benchmark that writes to it. The copy is migrated,
 * not the cache: a branch with a new migration must not leave a shared cache that the code of
 * other branches refuses as too new.
 */
export function copyOfScaleProject(
  articles: number,
  into: string,
  log: (line: string) => void = console.log,
): string {
  const copy = path.join(into, `articles-${articles}.gleaner`);
  fs.copyFileSync(cachedScaleProject(articles, log), copy);
  return migrated(copy, log);
}

// `npx tsx bench/scale-project.ts 10000 100000 1000000` builds the cache ahead of the benchmarks.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map((raw) => Number(raw.replaceAll('_', '')));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error('Usage: npx tsx bench/scale-project.ts ARTICLES…');
  for (const size of sizes) console.log(scaleProject(size));
}
