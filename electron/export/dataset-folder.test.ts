import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { bundledSeedsDir } from '../app-root';
import { createHandlers } from '../api/handlers';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { writeDataset } from './dataset';
import { exportDataset } from './export-formats';
import { selectArticlesForExport } from './select-articles';

const tempDir = useTempDir('gleaner-dataset-folder-');
const cli = useInProcessCli();
const caller = { client: 'window:1' };

/** The seed project, closed, in a folder of its own; and a folder of the user's own files. */
function seeded(): { file: string; mine: string; root: string } {
  const root = tempDir();
  const file = path.join(root, 'p.gleaner');
  Project.open(file, { seedsDir: bundledSeedsDir }).close();
  const mine = path.join(root, 'thesis');
  fs.mkdirSync(path.join(mine, 'chapters'), { recursive: true });
  fs.writeFileSync(path.join(mine, 'draft.docx'), 'three years of work');
  fs.writeFileSync(path.join(mine, 'chapters', 'one.md'), '第一章');
  return { file, mine, root };
}

/** Every file under `folder` with its contents, to show that nothing changed. */
function contentsOf(folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const entry of fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(folder, entry);
    if (fs.statSync(full).isFile()) found[entry] = fs.readFileSync(full, 'utf8');
  }
  return found;
}

const exportArgs = (file: string, out: string): string[] => [
  ...['export', '--format', 'dataset', '--status', 'any'],
  ...['--project', file, '--out', out],
];

describe('a dataset export replaces only an earlier dataset (issue 16, eighth sweep)', () => {
  it('refuses a folder of the user’s own files, confirmed or not, naming what it holds', async () => {
    const { file, mine, root } = seeded();
    const before = contentsOf(mine);
    for (const confirm of [['--overwrite'], []]) {
      const run = await cli(...exportArgs(file, mine), ...confirm);
      expect(run.code, confirm.join(' ')).toBe(1);
      // Before: with --overwrite the folder, draft and chapters, was replaced by the dataset.
      expect(run.err).toContain(`${mine} holds chapters, which no Gleaner dataset wrote there`);
    }
    expect(contentsOf(mine)).toEqual(before);
    // No staging folder left beside it.
    expect(fs.readdirSync(root).filter((name) => name.includes('thesis'))).toEqual(['thesis']);
  });

  it('replaces an earlier dataset, and an empty folder; a file added to a dataset stops it', async () => {
    const { file, root } = seeded();
    const out = path.join(root, 'ds');
    fs.mkdirSync(out);
    expect((await cli(...exportArgs(file, out), '--overwrite')).code).toBe(0);
    fs.writeFileSync(path.join(out, '.DS_Store'), 'finder');
    expect((await cli(...exportArgs(file, out), '--overwrite')).code).toBe(0);
    expect(fs.readdirSync(out)).toContain('manifest.json');

    fs.writeFileSync(path.join(out, 'my-analysis.R'), 'model <- lm(beds ~ year)');
    const refused = await cli(...exportArgs(file, out), '--overwrite');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('holds my-analysis.R, which no Gleaner dataset wrote there');
    expect(fs.readFileSync(path.join(out, 'my-analysis.R'), 'utf8')).toContain('lm(beds');
  });

  it('refuses a manifest that only claims to be a dataset’s, or lists a path outside it', async () => {
    const { file, root } = seeded();
    for (const [name, manifest] of [
      ['other', { format: 'something-else', files: [{ path: 'notes.txt' }] }],
      ['escape', { format: 'gleaner-dataset', files: [{ path: '../notes.txt' }] }],
    ] as const) {
      const out = path.join(root, name);
      fs.mkdirSync(out);
      fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest));
      fs.writeFileSync(path.join(out, 'notes.txt'), 'mine');
      const run = await cli(...exportArgs(file, out), '--overwrite');
      expect(run.code, name).toBe(1);
      expect(fs.readFileSync(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
    }
  });

  it('keeps a file put into the folder while the dataset was being written', async () => {
    const { file, root } = seeded();
    const out = path.join(root, 'ds');
    const project = Project.open(file, { mustExist: true });
    try {
      await exportDataset(project.db, {
        out,
        title: 'first',
        filter: { status: 'any' },
        overwrite: false,
        actor: 'test',
      });
      const selection = selectArticlesForExport(project.db, { status: 'any' });
      function* fillingTheFolder(): Generator<CanonicalRecord> {
        let n = 0;
        for (const record of selection) {
          if (++n === 2) fs.writeFileSync(path.join(out, 'added-meanwhile.txt'), 'keep me');
          yield record;
        }
      }
      await expect(
        writeDataset(fillingTheFolder, selection.schema, out, {
          title: 'second',
          exportedAt: '2026-12-07T00:00:00.000Z',
        }),
      ).rejects.toMatchObject({ reason: { key: 'dataset-folder-foreign' } });
      expect(fs.readFileSync(path.join(out, 'added-meanwhile.txt'), 'utf8')).toBe('keep me');
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/^# first\n/);
      expect(fs.readdirSync(root).filter((name) => name.includes('ds'))).toEqual(['ds']);
    } finally {
      project.close();
    }
  });

  it('the window is refused before it asks to confirm, not only after', async () => {
    const { file, mine } = seeded();
    const project = Project.open(file, { mustExist: true });
    const api = createHandlers({ project, jobs: new JobRunner(sourceWorkerLauncher), actor: 'a' });
    try {
      for (const overwrite of [false, true]) {
        await expect(
          Promise.resolve().then(() =>
            api['export.start'](
              { format: 'dataset', out: mine, status: 'any', includeRejected: false, overwrite },
              caller,
            ),
          ),
        ).rejects.toMatchObject({
          code: 'invalid-input',
          reason: { key: 'dataset-folder-foreign' },
        });
      }
      expect(await api['jobs.list']({}, caller)).toEqual([]);
    } finally {
      project.close();
    }
    expect(fs.readFileSync(path.join(mine, 'draft.docx'), 'utf8')).toBe('three years of work');
  });
});
