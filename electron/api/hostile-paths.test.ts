import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-hostile-paths-');

/** Every name in `dir`, to show nothing was left beside the asked path. */
const namesIn = (dir: string) => fs.readdirSync(dir).sort();

function expectKeyed(error: ApiError, key: string): void {
  expect(error.code, error.message).not.toBe('internal');
  expect(error.reason?.key, error.message).toBe(key);
}

// Found by the attack pass (docs/security.md): paths that the operating system refuses made the
// path-taking methods answer `internal` with Node's English ("The argument 'path' must be a
// string … without null bytes", "ENAMETOOLONG: name too long, lstat …"), relative paths were
// written into the server's working folder, and a failed package left its .partial file behind.
describe('the methods that take a path', () => {
  it('refuse NUL, broken characters and relative paths by the field, before touching a file', async () => {
    const { admin } = await reviewProject(tempDir());
    const dir = tempDir();
    const cases = [
      ['history.export', { out: path.join(dir, 'a\u0000b.jsonl') }],
      ['history.export', { out: path.join(dir, '\ud800x.jsonl') }],
      ['history.export', { out: 'relative.jsonl' }],
      ['packages.create', { out: path.join(dir, 'a\u0000b.gleaner'), articleIds: [1] }],
      ['packages.create', { out: '../up.gleaner', articleIds: [1] }],
      ['packages.merge', { file: 'pkg.gleaner' }],
      ['export.start', { format: 'jsonl', out: path.join(dir, 'x\u0000.jsonl') }],
      ['import.start', { paths: [path.join(dir, 'a\u0000b.txt')] }],
      ['import.inspectTables', { paths: ['\udc00.csv'] }],
      ['lexicon.import', { fieldKey: 'hospital', path: path.join(dir, 'a\u0000.txt') }],
    ] as const;
    for (const [method, input] of cases) {
      const error = await failure(admin.call(method, input as never));
      expectKeyed(error, 'input-invalid');
    }
    expect(namesIn(dir)).toEqual([]);
  });

  it('name the file when the operating system refuses it, and leave nothing behind', async () => {
    const { admin } = await reviewProject(tempDir());
    const dir = tempDir();
    const aFile = path.join(dir, 'plain.txt');
    fs.writeFileSync(aFile, 'not a folder');
    const tooLong = path.join(dir, `${'长'.repeat(200)}.gleaner`);

    expectKeyed(
      await failure(admin.call('history.export', { out: tooLong })),
      'file-name-too-long',
    );
    expectKeyed(
      await failure(admin.call('packages.create', { out: tooLong, articleIds: [1] })),
      'file-name-too-long',
    );
    const underFile = path.join(aFile, 'pkg.gleaner');
    expectKeyed(
      await failure(admin.call('packages.create', { out: underFile, articleIds: [1] })),
      'file-parent-not-folder',
    );
    expectKeyed(
      await failure(admin.call('history.export', { out: path.join(aFile, 'h.jsonl') })),
      'file-parent-not-folder',
    );
    // A folder where a file is expected, even when the user confirmed replacing it.
    const folder = path.join(dir, 'folder.gleaner');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'keep.txt'), 'kept');
    for (const [method, input] of [
      ['packages.create', { out: folder, overwrite: true, articleIds: [1] }],
      ['history.export', { out: folder, overwrite: true }],
    ] as const) {
      const error = await failure(admin.call(method, input as never));
      expect(error.code, error.message).not.toBe('internal');
      expect(error.reason?.key, error.message).toMatch(/^file-/);
    }
    expect(namesIn(folder)).toEqual(['keep.txt']);
    expectKeyed(await failure(admin.call('packages.merge', { file: dir })), 'file-is-folder');
    expect(namesIn(dir)).toEqual(['folder.gleaner', 'plain.txt']);
    expect(fs.readFileSync(aFile, 'utf8')).toBe('not a folder');
  });
});
