import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { withProject } from '../test-support/with-project';
import { thisHost } from '../database/stale-partials';

/**
 * What an export killed with -9 leaves beside its output (a temporary file, a dataset's staging
 * folder) was removed only by the next export to the same folder (fourth sweep); an export folder
 * is anywhere the user chose, so most stayed for good. Now the project notes each export while it
 * is written, and opening the project or `gleaner check` removes what dead ones left, wherever it
 * is: only the names the noted export's own process made, never those of a running export, of an
 * export the project has no note of, or the user's own files (sixth sweep).
 */

const tempDir = useTempDir('gleaner-in-flight-');
const childEntry = path.join(import.meta.dirname, '../test-support/export-project-child.ts');

/** A real export of `project` in its own process, held after its first article. */
async function heldExport(
  project: string,
  out: string,
  format = 'jsonl',
): Promise<{ child: ChildProcess; partial: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', childEntry, project, out, format], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const line = await lines.next();
  if (line.done) throw new Error(`the export to ${out} exited early`);
  expect(line.value).toMatch(/^ready /);
  return { child, partial: line.value.slice('ready '.length) };
}

async function killed(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

const notes = (file: string): number =>
  withProject(
    file,
    (db) =>
      db
        .prepare(`SELECT count(*) FROM meta WHERE key LIKE 'export-in-flight:%'`)
        .pluck()
        .get() as number,
  );

function seeded(): { dir: string; file: string; outDir: string } {
  const dir = tempDir();
  const file = path.join(dir, 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  // Another folder than the project's, as a user exports to one of their own.
  const outDir = path.join(dir, 'elsewhere', 'exports');
  fs.mkdirSync(outDir, { recursive: true });
  return { dir, file, outDir };
}

describe('exports killed midway, found without another export to their folder (sixth sweep)', () => {
  const gleaner = useInProcessCli();

  it(
    'gleaner check removes what they left and names it; a running export and other files stay',
    { timeout: 120_000 },
    async () => {
      const { file, outDir } = seeded();
      // Started first: opening the project sweeps too, and would leave the check nothing.
      const running = await heldExport(file, path.join(outDir, 'tuesday.jsonl'));
      const jsonl = await heldExport(file, path.join(outDir, 'monday.jsonl'));
      const dataset = await heldExport(file, path.join(outDir, 'set'), 'dataset');
      await killed(jsonl.child);
      await killed(dataset.child);
      expect(fs.existsSync(jsonl.partial)).toBe(true);
      expect(fs.statSync(dataset.partial).isDirectory()).toBe(true);

      // A Gleaner temporary name of a dead process the project has no note of (another
      // project's export), and the user's own hidden file: neither is this project's to remove.
      const dead = spawnSync(process.execPath, ['-e', '']).pid!;
      const unnoted = path.join(outDir, `.other.jsonl.${thisHost}-${dead}-0a1b2c3d.partial`);
      fs.writeFileSync(unnoted, 'another project’s export');
      const own = path.join(outDir, '.monday.jsonl.notes.partial');
      fs.writeFileSync(own, 'mine');

      try {
        const { code, out } = await gleaner('check', '--project', file);
        expect(code).toBe(0);
        expect(out).toContain(`removed: ${jsonl.partial} (the temporary file of an export`);
        expect(out).toContain(`removed: ${dataset.partial} (`);
        expect(fs.existsSync(jsonl.partial)).toBe(false);
        expect(fs.existsSync(dataset.partial)).toBe(false);
        expect(fs.existsSync(running.partial)).toBe(true);
        expect(fs.existsSync(unnoted)).toBe(true);
        expect(fs.existsSync(own)).toBe(true);
        // The check is read-only: the next open forgets the dead exports' notes, not the live one's.
        expect(notes(file)).toBe(1);
      } finally {
        await killed(running.child);
      }
    },
  );

  it(
    'opening the project removes what a killed export left, with nothing else run',
    {
      timeout: 120_000,
    },
    async () => {
      const { file, outDir } = seeded();
      const held = await heldExport(file, path.join(outDir, 'wednesday.jsonl'));
      await killed(held.child);
      expect(fs.existsSync(held.partial)).toBe(true);
      Project.open(file, { mustExist: true }).close();
      expect(fs.existsSync(held.partial)).toBe(false);
      expect(fs.readdirSync(outDir)).toEqual([]);
      expect(notes(file)).toBe(0);
    },
  );

  it('a finished export leaves no note behind', async () => {
    const { file, outDir } = seeded();
    const { code } = await gleaner(
      'export',
      '--project',
      file,
      '--format',
      'csv',
      '--status',
      'any',
      '--out',
      path.join(outDir, 'done.csv'),
    );
    expect(code).toBe(0);
    expect(notes(file)).toBe(0);
  });
});
