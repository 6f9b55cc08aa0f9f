import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { exportHistory } from './history';
import { Project } from './project';

const tempDir = useTempDir('gleaner-history-race-');

// Found by the attack pass (docs/security.md): eight history.export calls to one new path at
// once all answered ok, each replacing the file of the one before; the check that the name was
// free came before the seconds of writing, the rename after.
describe('exports to the same new path at once', () => {
  it('write it once; the others are refused as file-exists, and no temporary file is left', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
    try {
      const out = path.join(dir, 'history.jsonl');
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => exportHistory(project.db, { out, format: 'jsonl' })),
      );
      const written = results.filter((r) => r.status === 'fulfilled');
      const refused = results
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map((r) => (r.reason as ApiError).reason?.key);
      expect(written).toHaveLength(1);
      expect(refused).toEqual(Array.from({ length: 7 }, () => 'file-exists'));
      expect(fs.readdirSync(dir).filter((name) => name.includes('history'))).toEqual([
        'history.jsonl',
      ]);
      // Confirmed replacing still replaces.
      await expect(
        exportHistory(project.db, { out, format: 'csv', overwrite: true }),
      ).resolves.toMatchObject({ path: out });
      expect(fs.readFileSync(out, 'utf8').startsWith('\ufeff')).toBe(true);
    } finally {
      project.close();
    }
  });
});
