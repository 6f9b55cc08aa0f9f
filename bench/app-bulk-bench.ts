// The app's bulk ✓ (the field grid's ✓ over a selection) on a copy of the 10,000-article scale
// project: every suggestion of the first N articles, sent in the grid's order and in calls of
// MAX_GRID_BULK values, through setGridStates (set-based), beside the per-value path it replaced
// (the access rule, revision and article state checked and written value by value, as main's
// field-grid.ts did before 2026-12-07) and one bare UPDATE per call of the rows the two wrote.
// Each runs on its own copy of the same file; the rows the two paths leave are compared.
//
//   npx tsx bench/app-bulk-bench.ts [--articles 5000]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Profile } from '../shared/contract/profiles';
import { MAX_GRID_BULK } from '../shared/contract/grid';
import { ApiError } from '../shared/contract/errors';
import { authorize } from '../electron/services/access-rules';
import { setGridStates } from '../electron/services/field-grid';
import { createProfile } from '../electron/services/profiles';
import { Project } from '../electron/services/project';
import { Session } from '../electron/services/session';
import { setValueState } from '../electron/services/value-review';
import { copyOfScaleProject } from './scale-project';

type Item = { valueId: number; revision: number; state: 'accepted' };

function articlesArg(argv: string[]): number {
  if (argv.length === 0) return 5_000;
  const value = Number(argv[1]?.replaceAll('_', ''));
  if (argv[0] !== '--articles' || argv.length !== 2 || !Number.isInteger(value) || value <= 0)
    throw new Error('Usage: npx tsx bench/app-bulk-bench.ts [--articles N]');
  return value;
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

function timed<T>(run: () => T): { result: T; seconds: number; cpu: number } {
  const started = performance.now();
  const cpuStarted = cpuSeconds();
  const result = run();
  return { result, seconds: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpuStarted };
}

function chunks<T>(all: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

/** The per-value path as main ran it: one transaction per call, a savepoint per value. */
function perValue(project: Project, items: readonly Item[], session: Session): number {
  let done = 0;
  project.db.transaction(() => {
    for (const item of items) {
      try {
        authorize(project.db, 'values.setState', item, session);
        setValueState(project.db, item, session.actor);
        done++;
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
      }
    }
  })();
  return done;
}

function openAsAdmin(file: string, admin: Profile) {
  const project = Project.open(file, { actor: 'bench' });
  const session = new Session('bench');
  session.profile = admin;
  return { project, session };
}

const rowsOf = (file: string) => {
  const db = new Database(file, { readonly: true });
  const rows = db.prepare('SELECT id, state, revision FROM field_values ORDER BY id').all();
  const articles = db.prepare('SELECT id, status, revision FROM articles ORDER BY id').all();
  db.close();
  return JSON.stringify([rows, articles]);
};

function main(): void {
  const articles = articlesArg(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-app-bulk-bench-'));
  try {
    const file = copyOfScaleProject(10_000, workDir);
    const setup = Project.open(file, { actor: 'bench' });
    const admin = createProfile(setup.db, { name: 'bench', role: 'admin' }, new Session('bench'));
    const items = setup.db
      .prepare(
        `SELECT id AS valueId, revision, 'accepted' AS state FROM field_values
          WHERE state = 'suggested' AND article_id <= ? ORDER BY field_key, article_id, id`,
      )
      .all(articles) as Item[];
    setup.db.pragma('wal_checkpoint(TRUNCATE)');
    setup.close();
    const copies = ['per-value', 'bare'].map((name) => {
      const copy = path.join(workDir, `${name}.gleaner`);
      fs.copyFileSync(file, copy);
      return copy;
    });
    const calls = chunks(items, MAX_GRID_BULK);
    console.log(
      `${items.length} suggested values of articles 1–${articles} (statuses spread over the workflow), ${calls.length} calls`,
    );

    const bulk = openAsAdmin(file, admin);
    const set = timed(() =>
      calls.reduce(
        (n, call) => n + setGridStates(bulk.project.db, call, bulk.session).done.length,
        0,
      ),
    );
    bulk.project.close();

    const old = openAsAdmin(copies[0]!, admin);
    const one = timed(() =>
      calls.reduce((n, call) => n + perValue(old.project, call, old.session), 0),
    );
    old.project.close();

    const written = new Database(file, { readonly: true })
      .prepare(
        `SELECT id FROM field_values WHERE state = 'accepted' AND id IN (SELECT value FROM json_each(?))`,
      )
      .pluck()
      .all(JSON.stringify(items.map((i) => i.valueId))) as number[];
    const bareDb = new Database(copies[1]!);
    bareDb.pragma('journal_mode = WAL');
    const update = bareDb.prepare(
      `UPDATE field_values SET state = 'accepted', revision = revision + 1
        WHERE id IN (SELECT value FROM json_each(?))`,
    );
    const bare = timed(() =>
      chunks(written, MAX_GRID_BULK).reduce(
        (n, ids) => n + bareDb.transaction(() => update.run(JSON.stringify(ids)).changes)(),
        0,
      ),
    );
    bareDb.close();

    const same = rowsOf(file) === rowsOf(copies[0]!);
    const row = (name: string, r: { result: number; seconds: number; cpu: number }) =>
      `| ${name.padEnd(34)} | ${String(r.result).padStart(7)} | ${r.seconds.toFixed(2).padStart(7)} | ${r.cpu.toFixed(2).padStart(7)} | ${(r.cpu / bare.cpu).toFixed(1).padStart(10)} |`;
    console.log(
      '| run                                | written | seconds |   CPU s | × bare CPU |',
    );
    console.log(
      '| ---------------------------------- | ------: | ------: | ------: | ---------: |',
    );
    console.log(row('bare UPDATE per call (no audit)', bare));
    console.log(row('grid ✓, per value (main before)', one));
    console.log(row('grid ✓, as a set (setGridStates)', set));
    console.log(`Values and articles identical after both paths: ${same ? 'yes' : 'NO'}`);
    console.log(
      `Load average: ${os
        .loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')}`,
    );
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
