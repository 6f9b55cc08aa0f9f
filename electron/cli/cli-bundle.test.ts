import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The same code bin/gleaner.mjs runs before it loads anything else.
import { CLI_BUNDLE_SOURCES, freshCliBundle, sourcesDigest } from '../../bin/cli-bundle.mjs';
import { useTempDir } from '../test-support/temp-dir';
import { bundledWorkerPath, runningFromCliBundle } from '../jobs/source-worker-launcher';

const tempDir = useTempDir('gleaner-cli-bundle-');

const fresh = freshCliBundle;

/** A root with two sources and a record of the bundle built from them. */
function builtRoot(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'src'));
  fs.mkdirSync(path.join(root, 'dist-electron'));
  fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'src', 'b.ts'), 'export const b = 2;\n');
  fs.writeFileSync(path.join(root, 'dist-electron', 'cli.mjs'), '');
  const sources = ['src/a.ts', 'src/b.ts'];
  const record = {
    digest: sourcesDigest(root, sources),
    sources,
  };
  fs.writeFileSync(path.join(root, CLI_BUNDLE_SOURCES), JSON.stringify(record));
  return root;
}

describe('the command line starts from its bundle only while the bundle matches the sources', () => {
  it('uses the bundle built from the sources there are', () => {
    const root = builtRoot();
    expect(fresh(root, {})).toBe(path.join(root, 'dist-electron', 'cli.mjs'));
  });

  it('runs the sources once one is edited, even to the same length, or removed', () => {
    const edited = builtRoot();
    fs.writeFileSync(path.join(edited, 'src', 'b.ts'), 'export const b = 3;\n');
    expect(fresh(edited, {})).toBeNull();
    const removed = builtRoot();
    fs.rmSync(path.join(removed, 'src', 'a.ts'));
    expect(fresh(removed, {})).toBeNull();
  });

  it('runs the sources when no bundle was built, its record is damaged, or the user asks', () => {
    expect(fresh(tempDir(), {})).toBeNull();
    const damaged = builtRoot();
    fs.writeFileSync(path.join(damaged, CLI_BUNDLE_SOURCES), '{"digest": 1');
    expect(fresh(damaged, {})).toBeNull();
    expect(fresh(builtRoot(), { GLEANER_CLI_FROM_SOURCES: '1' })).toBeNull();
  });

  it('knows the bundle from the sources by the module it runs in', () => {
    expect(runningFromCliBundle()).toBe(false);
    expect(runningFromCliBundle('file:///opt/gleaner/dist-electron/cli.mjs')).toBe(true);
  });

  it('starts the workers built beside the bundle it runs in, whatever the sources are', () => {
    expect(bundledWorkerPath('file:///opt/gleaner/dist-electron/cli.mjs')).toBe(
      path.join('/opt/gleaner/dist-electron', 'import-worker.cjs'),
    );
  });
});
