import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { gleanerBin, runGleaner } from '../test-support/gleaner-cli';
import { useTempDir } from '../test-support/temp-dir';
import { partialNameFor } from '../database/stale-partials';
import { Project } from './project';

const tempDir = useTempDir('gleaner-killed-backup-');

/** A project large enough (~24 MB) that its backup takes a moment to copy. */
function largeProject(dir: string): string {
  const file = path.join(dir, 'p.gleaner');
  Project.open(file).close();
  const db = new Database(file);
  db.prepare("INSERT INTO meta (key, value) VALUES ('test-padding', ?)").run('补'.repeat(8e6));
  db.close();
  return file;
}

const isPartialOf = (name: string, out: string): boolean =>
  name.startsWith(`.${path.basename(out)}.`) && name.endsWith('.partial');

/**
 * `gleaner backup` in a process of its own, killed with SIGKILL the moment its copy in the making
 * appears; tried again if the copy finished first. Gives the name the kill left.
 */
async function backupKilledMidway(project: string, out: string): Promise<string> {
  const folder = path.dirname(out);
  for (let attempt = 0; attempt < 8; attempt++) {
    fs.rmSync(out, { force: true });
    const child = spawn(process.execPath, [
      gleanerBin,
      'backup',
      '--project',
      project,
      '--out',
      out,
    ]);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let left: string | undefined;
    while (child.exitCode === null && child.signalCode === null && left === undefined) {
      left = fs.readdirSync(folder).find((name) => isPartialOf(name, out));
      if (left === undefined) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    if (left !== undefined) child.kill('SIGKILL');
    await exited;
    if (left !== undefined && fs.existsSync(path.join(folder, left))) return left;
  }
  throw new Error('the backup always finished before it could be killed');
}

/** The id of a process that has exited (to name a temporary file a dead writer left). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  return Number(child.stdout.trim());
}

describe('a backup killed midway leaves nothing for good (issue 16, eighth sweep)', () => {
  it(
    'gleaner check, and the next backup into that folder, remove what the kill left',
    { timeout: 300_000 },
    async () => {
      const dir = tempDir();
      const project = largeProject(dir);
      const copies = path.join(dir, 'copies');
      fs.mkdirSync(copies);

      // Before: `b.gleaner.tmp-PID`, a partial copy of the whole project, stayed for good.
      const left = await backupKilledMidway(project, path.join(copies, 'b.gleaner'));
      const check = runGleaner(['check', '--project', project]);
      expect(check.stdout).toContain(`removed: ${path.join(copies, left)}`);
      expect(check.stdout).toContain('No problems found.');
      expect(fs.readdirSync(copies)).toEqual([]);

      const again = await backupKilledMidway(project, path.join(copies, 'b.gleaner'));
      // The copy, and SQLite's journal of it if the kill came mid-transaction.
      expect(fs.readdirSync(copies)).toContain(again);
      const next = runGleaner([
        ...['backup', '--project', project, '--out', path.join(copies, 'c.gleaner')],
      ]);
      expect(next.code, next.stderr).toBe(0);
      expect(fs.readdirSync(copies)).toEqual(['c.gleaner']);
      // A finished backup carries no note of an output in the making (its own included).
      const copy = new Database(path.join(copies, 'c.gleaner'), { readonly: true });
      const notes = copy
        .prepare("SELECT count(*) AS n FROM meta WHERE key LIKE 'export-in-flight:%'")
        .get() as { n: number };
      copy.close();
      expect(notes.n).toBe(0);
    },
  );

  it('never removes a running writer’s copy, nor a file of the user’s that only looks like one', () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project).close();
    const folder = path.join(dir, 'copies');
    fs.mkdirSync(folder);
    const dead = deadPid();
    const sqliteHeader = 'SQLite format 3\0';
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const write = (name: string, content: string, old = false): void => {
      fs.writeFileSync(path.join(folder, name), content);
      if (old) fs.utimesSync(path.join(folder, name), twoDaysAgo, twoDaysAgo);
    };
    const running = path.basename(partialNameFor(path.join(folder, 'live.gleaner'), 'abcdef01'));
    write(running, sqliteHeader); // this test's own process: alive
    // An older Gleaner's copies: the name says no host, so only their age tells a dead one.
    write(`old.gleaner.tmp-${dead}`, `${sqliteHeader}pages`, true);
    write(`old.gleaner.tmp-${dead}-journal`, '', true);
    // A process here happens to have the id: the copy, untouched for two days, is no live one.
    write(`reused.gleaner.tmp-${process.pid}`, `${sqliteHeader}pages`, true);
    // Being written now, perhaps by another machine sharing the folder, whose id is free here.
    write(`elsewhere.gleaner.tmp-${dead}`, `${sqliteHeader}pages`);
    write(`empty.gleaner.tmp-${process.pid}`, '');
    write(`notes.tmp-${dead}`, 'my own notes', true);

    const made = runGleaner([
      'backup',
      '--project',
      project,
      '--out',
      path.join(folder, 'b.gleaner'),
    ]);
    expect(made.code, made.stderr).toBe(0);
    // The older Gleaner's temporary copies nobody wrote to for a day go; the rest stay.
    expect(fs.readdirSync(folder).sort()).toEqual(
      [
        running,
        'b.gleaner',
        `elsewhere.gleaner.tmp-${dead}`,
        `empty.gleaner.tmp-${process.pid}`,
        `notes.tmp-${dead}`,
      ].sort(),
    );
  });
});
