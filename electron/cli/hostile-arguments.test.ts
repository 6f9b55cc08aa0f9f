import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { useInProcessCli } from '../test-support/cli-in-process';
import { exitCodes } from './main';

const tempDir = useTempDir('gleaner-cli-hostile-');

const run = useInProcessCli();

// Found by the attack pass (docs/security.md).
describe('the command line given what it does not expect', () => {
  it('says in one line what is wrong with a value that starts with a dash', async () => {
    const { code, err } = await run('serve', '--port', '-1');
    expect(code).toBe(exitCodes.usage);
    // Node's own complaint spans three lines; printed as one it showed "\n" escapes.
    expect(err).not.toContain('\\n');
    expect(err).toContain("'--port=-XYZ'");
  });

  it('checks a folder or a FIFO given as the project file by saying what it is', async () => {
    const dir = tempDir();
    const folder = await run('check', '--project', dir);
    expect(folder.code).toBe(exitCodes.failure);
    expect(folder.out).toContain('is a folder, not a project file');
    expect(folder.err).not.toContain('EISDIR');
    if (process.platform === 'win32') return;
    const fifo = path.join(dir, 'pipe.gleaner');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const piped = await run('check', '--project', fifo);
    expect(piped.code).toBe(exitCodes.failure);
    expect(piped.out).toContain('not a regular file');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('names an unknown option without advice that does not apply', async () => {
    const { code, err } = await run('import', '--bogus');
    expect(code).toBe(exitCodes.usage);
    expect(err).toContain('unknown option --bogus');
    expect(err).not.toContain('positional');
  });

  it('names --from or --to when the date is not one, as wrong usage', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    expect((await run('init', '--project', project)).code).toBe(exitCodes.ok);
    const out = path.join(dir, 'o.jsonl');
    const common = ['export', '--project', project, '--format', 'jsonl', '--out', out];
    const from = await run(...common, '--from', 'yesterday');
    expect(from.code).toBe(exitCodes.usage);
    expect(from.err).toContain('--from must be a date such as 2026-01-31, not "yesterday"');
    const to = await run(...common, '--to', '2026-02-30');
    expect(to.err).toContain('--to must be a date');
    expect(fs.existsSync(out)).toBe(false);
  });
});
