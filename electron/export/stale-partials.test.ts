import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { exportToFile } from './export-formats';
import { isStalePartial, thisHost } from '../database/stale-partials';

const tempDir = useTempDir('gleaner-partials-');
const writerEntry = path.join(import.meta.dirname, '../test-support/export-writer-child.ts');

/** An export writer in its own process, stopped after its first chunk; resolves with its temp file. */
async function startWriter(
  out: string,
): Promise<{ child: ChildProcess; tempPath: string; next: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', writerEntry, out], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const line = await lines.next();
    if (line.done) throw new Error(`the writer of ${out} exited early`);
    return line.value;
  };
  const ready = await next();
  expect(ready).toMatch(/^ready /);
  return { child, tempPath: ready.slice('ready '.length), next };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('what an export killed with -9 leaves beside its output (issue 16)', () => {
  it(
    'the next export to that folder removes it, and never the file of an export still running',
    { timeout: 120_000 },
    async () => {
      const dir = tempDir();
      const outDir = path.join(dir, 'exports');
      fs.mkdirSync(outDir);

      // One export killed midway, another still writing, both real processes.
      const killed = await startWriter(path.join(outDir, 'monday.jsonl'));
      killed.child.kill('SIGKILL');
      await exited(killed.child);
      expect(fs.existsSync(killed.tempPath)).toBe(true);
      const running = await startWriter(path.join(outDir, 'tuesday.jsonl'));

      // What older versions and other writers leave: a dataset's staging folder and a file named
      // before the host was in the name (both of a process that has exited), and the file of an
      // export that another machine is writing into this shared folder.
      const dead = spawnSync(process.execPath, ['-e', '']).pid!;
      const staging = path.join(outDir, `.set.${thisHost}-${dead}-0a1b2c3d.partial`);
      fs.mkdirSync(staging);
      fs.writeFileSync(path.join(staging, 'data.jsonl'), 'half a dataset');
      const legacy = path.join(outDir, `.old.csv.${dead}-89abcdef.partial`);
      fs.writeFileSync(legacy, 'half a csv');
      const otherHost = thisHost === '00000000' ? '11111111' : '00000000';
      const elsewhere = path.join(outDir, `.shared.xlsx.${otherHost}-${dead}-12345678.partial`);
      fs.writeFileSync(elsewhere, 'written on another machine');
      // Not a temporary name: the user's own hidden file, and a dataset set aside mid-replace.
      const own = path.join(outDir, '.notes.partial');
      fs.writeFileSync(own, 'mine');
      const previous = `${staging.replace('0a1b2c3d', '44556677')}.previous`;
      fs.mkdirSync(previous);

      const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
      try {
        await exportToFile(project.db, 'jsonl', {
          out: path.join(outDir, 'wednesday.jsonl'),
          actor: 'tester',
          filter: { status: 'any' },
        });
      } finally {
        project.close();
      }

      const left = fs.readdirSync(outDir).sort();
      expect(left).toEqual(
        [
          'wednesday.jsonl',
          path.basename(running.tempPath),
          path.basename(elsewhere),
          path.basename(own),
          path.basename(previous),
        ].sort(),
      );

      // The running export was not disturbed: it finishes its file whole.
      running.child.stdin!.write('commit\n');
      expect(await running.next()).toBe('done');
      await exited(running.child);
      expect(fs.readFileSync(path.join(outDir, 'tuesday.jsonl'), 'utf8')).toBe(
        '{"first":"half of an export"}\n{"second":"the rest"}\n',
      );
    },
  );

  it('takes only temporary names of exports whose process is gone on this machine', () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const alive = process.pid;
    expect(isStalePartial(`.a.jsonl.${thisHost}-${dead}-0123abcd.partial`)).toBe(true);
    expect(isStalePartial(`.a.jsonl.${dead}-0123abcd.partial`)).toBe(true);
    expect(isStalePartial(`.a.jsonl.${thisHost}-${alive}-0123abcd.partial`)).toBe(false);
    expect(isStalePartial(`.a.jsonl.${alive}-0123abcd.partial`)).toBe(false);
    expect(isStalePartial(`.a.jsonl.${thisHost}-${dead}-0123abcd.partial.previous`)).toBe(false);
    expect(isStalePartial(`a.jsonl.${thisHost}-${dead}-0123abcd.partial`)).toBe(false);
    expect(isStalePartial(`.a.jsonl.${thisHost}-0-0123abcd.partial`)).toBe(false);
  });
});
