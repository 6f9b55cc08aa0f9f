import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();
const cli = useInProcessCli();

/** A real named pipe, as `mkfifo` makes it. */
function fifoIn(dir: string): string {
  const fifo = path.join(dir, 'pipe');
  execFileSync('mkfifo', [fifo]);
  return fifo;
}

describe('FIFOs and devices named on the command line (issue 16, attack sweep)', () => {
  it('at --out: refused by every writing command, even with --overwrite, and the pipe is left as it was', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    const opened = Project.open(project);
    await importPaths(opened.db, [path.join(bundledSeedsDir, '000_7fa368b7fa82f5b8.txt')], {
      actor: 'importer',
    });
    opened.close();
    const fifo = fifoIn(dir);
    const commands = [
      ['schema', 'export'],
      ['export', '--format', 'jsonl', '--status', 'any'],
      ['backup'],
      ['package', 'create', '--articles', '1'],
    ];
    for (const command of commands) {
      // Before: schema export waited for ever for a reader; the others put a plain file there.
      const run = await cli(...command, '--project', project, '--out', fifo, '--overwrite');
      expect(run.code, command.join(' ')).toBe(1);
      expect(run.err).toContain(`${fifo} is not a regular file (a pipe, socket or device)`);
      expect(fs.statSync(fifo).isFIFO(), command.join(' ')).toBe(true);
    }
  });

  it('a schema file that is a FIFO or a device is refused by name, not read for ever', async () => {
    const dir = tempDir();
    const fifo = fifoIn(dir);
    for (const file of [fifo, '/dev/zero']) {
      // Before: init waited for a writer on the FIFO, and read /dev/zero until memory ran out.
      const init = await cli('init', '--project', path.join(dir, 'new.gleaner'), '--schema', file);
      expect(init.code).toBe(1);
      expect(init.err).toContain(`${file} is not a regular file`);
    }
    const project = path.join(dir, 'p.gleaner');
    expect((await cli('init', '--project', project, '--schema', 'hospital-news')).code).toBe(0);
    const imported = await cli('schema', 'import', '--project', project, fifo);
    expect(imported.code).toBe(1);
    expect(imported.err).toContain(`${fifo} is not a regular file`);
  });

  it('a package to compare that is a FIFO is refused by name (it waited for ever)', async () => {
    const fifo = fifoIn(tempDir());
    const run = await cli('package', 'agreement', fifo, fifo);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${fifo} is not a regular file`);
  });

  it('a project that is a FIFO or a folder is refused by what it is', async () => {
    const dir = tempDir();
    const fifo = fifoIn(dir);
    // Before: "Cannot open the project file …: disk I/O error" / "unable to open database file".
    const onFifo = await cli('export', '--project', fifo, '--format', 'jsonl', '--out', '-');
    expect(onFifo.code).toBe(1);
    expect(onFifo.err).toContain(`${fifo} is not a regular file`);
    const onFolder = await cli('export', '--project', dir, '--format', 'jsonl', '--out', '-');
    expect(onFolder.code).toBe(1);
    expect(onFolder.err).toContain(`${dir} is a folder, not a file.`);
    // accept blamed every refusal on --field, as wrong usage (exit 2).
    const accept = await cli('accept', '--project', fifo, '--dry-run');
    expect(accept).toMatchObject({
      code: 1,
      err: `gleaner: ${fifo} is not a regular file (a pipe, socket or device); choose a file.`,
    });
  });
});
