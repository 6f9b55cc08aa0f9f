import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../test-support/temp-dir';
import { autogroupFile, parseAutogroupNiceness, sessionPriority } from './session-priority';

const tempDir = useTempDir();

/** A stand-in for /proc/self/autogroup: the kernel's line, replaced by what is written. */
function standIn(niceness: number): string {
  const file = path.join(tempDir(), 'autogroup');
  fs.writeFileSync(file, `/autogroup-42 nice ${niceness}\n`);
  return file;
}

const written = (file: string): string => fs.readFileSync(file, 'utf8');

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

describe('parseAutogroupNiceness', () => {
  it('reads the kernel line and refuses anything else', () => {
    expect(parseAutogroupNiceness('/autogroup-3345 nice 0\n')).toBe(0);
    expect(parseAutogroupNiceness('/autogroup-7 nice -5')).toBe(-5);
    expect(parseAutogroupNiceness('')).toBeNull();
  });
});

describe('sessionPriority', () => {
  it('lowers the session while a job holds it and puts it back after the last one', () => {
    const file = standIn(0);
    const priority = sessionPriority({ file, niceness: 10, platform: 'linux' });
    const first = priority.hold();
    expect(written(file)).toBe('10');
    fs.writeFileSync(file, '/autogroup-42 nice 10\n');
    const second = priority.hold();
    first();
    // Another job still runs.
    expect(written(file)).toBe('/autogroup-42 nice 10\n');
    first();
    expect(written(file)).toBe('/autogroup-42 nice 10\n');
    second();
    expect(written(file)).toBe('0');
  });

  it('leaves a session that is already lower alone, and never raises it', () => {
    const file = standIn(15);
    const release = sessionPriority({ file, niceness: 10, platform: 'linux' }).hold();
    release();
    expect(written(file)).toBe('/autogroup-42 nice 15\n');
  });

  it('does nothing where there are no autogroups', () => {
    const file = standIn(0);
    sessionPriority({ file, platform: 'darwin' }).hold();
    sessionPriority({ file: path.join(tempDir(), 'missing'), platform: 'linux' }).hold()();
    expect(written(file)).toBe('/autogroup-42 nice 0\n');
  });

  it('puts the session back when the process exits during a job', () => {
    const file = standIn(3);
    const modulePath = new URL('./session-priority.ts', import.meta.url).pathname;
    // A real process that starts holding and exits without releasing (Ctrl+C during an import).
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const fs = await import('node:fs');
         const { sessionPriority } = await import(${JSON.stringify(modulePath)});
         sessionPriority({ file: ${JSON.stringify(file)}, niceness: 10, platform: 'linux' }).hold();
         process.exit(fs.readFileSync(${JSON.stringify(file)}, 'utf8') === '10' ? 0 : 3);`,
      ],
      { stdio: 'pipe' },
    );
    expect(written(file)).toBe('3');
  });

  it.runIf(process.platform === 'linux' && fs.existsSync(autogroupFile))(
    "changes this session's real scheduling group and restores it",
    async (context) => {
      const read = () => parseAutogroupNiceness(fs.readFileSync(autogroupFile, 'utf8'));
      const before = read();
      // Something else (a running `gleaner serve` job in this session) holds it lowered already.
      if (before === null || before >= 10) context.skip();
      const release = sessionPriority({ niceness: 10, retryMs: 50 }).hold();
      await until(() => read() === 10);
      expect(read()).toBe(10);
      release();
      // Unprivileged, the kernel allows one change per 100 ms: the release may be retried.
      await until(() => read() === before);
      expect(read()).toBe(before!);
    },
  );
});
