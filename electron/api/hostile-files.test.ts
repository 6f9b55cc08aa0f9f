import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-hostile-files-');

function makeFifo(file: string): void {
  expect(spawnSync('mkfifo', [file]).status).toBe(0);
}

/**
 * Writes a line into the FIFO after `ms`, so code that (wrongly) blocks reading it is released
 * and the test fails on its assertion instead of hanging the test runner for good.
 */
function releaseLater(fifo: string, ms: number): void {
  spawn('sh', ['-c', `sleep ${ms / 1000}; echo 协和医院 > "$1"`, 'sh', fifo], {
    stdio: 'ignore',
    detached: true,
  }).unref();
}

// Found by the attack pass (docs/security.md): lexicon.import of a FIFO named words.txt blocked
// browser mode's only thread until something wrote to it (every tab hung); a link to /dev/zero
// would read forever; packages.merge of an empty file filled it with a new empty project.
describe.skipIf(process.platform === 'win32')('files that are not what their name says', () => {
  it('refuses a FIFO or a device as a word list at once, naming it', async () => {
    const { admin } = await reviewProject(tempDir());
    const dir = tempDir();
    const fifo = path.join(dir, 'words.txt');
    makeFifo(fifo);
    releaseLater(fifo, 3000);
    const startedAt = Date.now();
    const refused = await failure(
      admin.call('lexicon.import', { fieldKey: 'hospital', path: fifo }),
    );
    expect(refused.reason?.key).toBe('file-not-regular');
    expect(Date.now() - startedAt).toBeLessThan(3000);

    const device = path.join(dir, 'zero.csv');
    fs.symlinkSync('/dev/zero', device);
    const endless = await failure(
      admin.call('lexicon.import', { fieldKey: 'hospital', path: device }),
    );
    expect(endless.reason?.key).toBe('file-not-regular');
    const folder = path.join(dir, 'folder.csv');
    fs.mkdirSync(folder);
    const notFile = await failure(
      admin.call('lexicon.import', { fieldKey: 'hospital', path: folder }),
    );
    expect(notFile.reason?.key).toBe('file-is-folder');
  });

  it('refuses to merge an empty file, a text file or a FIFO as a package, and leaves them as they were', async () => {
    const { admin } = await reviewProject(tempDir());
    const dir = tempDir();
    const empty = path.join(dir, 'empty.gleaner');
    fs.writeFileSync(empty, '');
    const text = path.join(dir, 'notes.gleaner');
    fs.writeFileSync(text, '不是数据库');
    for (const file of [empty, text]) {
      const refused = await failure(admin.call('packages.merge', { file }));
      expect(refused.reason?.key, refused.message).toBe('not-a-project');
    }
    expect(fs.statSync(empty).size).toBe(0);
    expect(fs.readFileSync(text, 'utf8')).toBe('不是数据库');
    expect(fs.readdirSync(dir).sort()).toEqual(['empty.gleaner', 'notes.gleaner']);

    const fifo = path.join(dir, 'pipe.gleaner');
    makeFifo(fifo);
    releaseLater(fifo, 3000);
    const refused = await failure(admin.call('packages.merge', { file: fifo }));
    expect(refused.reason?.key).toBe('file-not-regular');
  });
});
