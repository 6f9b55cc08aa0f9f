import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { partialNameFor } from '../database/stale-partials';
import { useTempDir } from '../test-support/temp-dir';
import { readJsonFile, writeJsonFile } from './json-file';

const tempDir = useTempDir('gleaner-json-file-');

/** The id of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], {
    encoding: 'utf8',
  });
  return Number(child.stdout.trim());
}

describe('settings files (eighth sweep)', () => {
  it('a temporary file a crashed app left is removed by the next write, a running one’s kept', () => {
    const dir = tempDir();
    const file = path.join(dir, 'recent-projects.json');
    const crashed = path
      .basename(partialNameFor(file, 'abcdef01'))
      .replace(`-${process.pid}-`, `-${deadPid()}-`);
    const running = path.basename(partialNameFor(file, '12345678'));
    fs.writeFileSync(path.join(dir, crashed), '["/half/writ');
    fs.writeFileSync(path.join(dir, running), '[]');
    writeJsonFile(file, ['/p.gleaner']);
    expect(readJsonFile(file)).toEqual(['/p.gleaner']);
    // Before: named FILE.PID.tmp, it stayed in the settings folder for good.
    expect(fs.readdirSync(dir).sort()).toEqual([running, 'recent-projects.json'].sort());
  });
});
