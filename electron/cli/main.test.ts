import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { holdWriteLock } from '../test-support/write-lock-holder';
import { exitCodes } from './main';

const run = useInProcessCli();
const tempDir = useTempDir();

describe('the command table', () => {
  const names = [
    'init',
    'import',
    'export',
    'accept',
    'check',
    'backup',
    'serve',
    'package',
    'schema',
    'suggest',
  ];

  it('lists every command in gleaner --help, each with its summary line', async () => {
    const { code, out } = await run('--help');
    expect(code).toBe(exitCodes.ok);
    const listed = out
      .split('\n')
      .filter((line) => /^ {2}[a-z]+ {2,}\S/.test(line))
      .map((line) => line.trim().split(/\s+/)[0]);
    expect(listed).toEqual(names);
  });

  it('answers each command’s own --help with its usage and exit 0', async () => {
    for (const name of names) {
      const { code, out } = await run(name, '--help');
      expect(code, name).toBe(exitCodes.ok);
      expect(out, name).toMatch(new RegExp(`^Usage: gleaner ${name}\\b`));
    }
  });

  it('refuses an unknown command or a missing one as wrong usage, on stderr', async () => {
    const unknown = await run('frobnicate');
    expect(unknown.code).toBe(exitCodes.usage);
    expect(unknown.err).toBe(
      'gleaner: unknown command "frobnicate". Run "gleaner --help" for the list.',
    );
    const none = await run();
    expect(none.code).toBe(exitCodes.usage);
    expect(none.err).toMatch(/^Usage: gleaner <command>/);
  });

  it('asks every command that opens a project for --project before doing anything', async () => {
    for (const name of ['init', 'import', 'export', 'accept', 'check', 'backup', 'schema']) {
      const { code, err } = await run(name, ...(name === 'import' ? ['somewhere'] : []));
      expect(code, name).toBe(exitCodes.usage);
      expect(err, name).toBe(`gleaner: ${name} needs --project FILE`);
    }
  });
});

describe('a command on a project another program keeps locked', () => {
  it('waits, then names the project file and says to try again', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project, { seedsDir: bundledSeedsDir }).close();
    // Past the five seconds a write waits for another program's lock.
    const lock = await holdWriteLock(project, 6500);
    const { code, err } = await run('accept', '--project', project, '--field', 'hospital');
    await lock.released;
    expect(code).toBe(exitCodes.failure);
    expect(err).toContain(project);
    expect(err).toMatch(/another program .* locked/);
  });
});
