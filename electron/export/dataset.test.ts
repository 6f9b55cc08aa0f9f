import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { writeDataset, type DatasetManifest, type DatasetMeta } from './dataset';
import { exportDataset, exportToFile } from './export-formats';
import { selectArticlesForExport, type ExportSelection } from './select-articles';

const tempDir = useTempDir('gleaner-dataset-');

const meta: DatasetMeta = {
  title: '医院新闻 · Hospital news',
  exportedAt: '2026-02-01T08:00:00.000Z',
  selection: 'all statuses',
};

function seeded(): { project: Project; dir: string; selection: ExportSelection } {
  const dir = tempDir();
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  return { project, dir, selection: selectArticlesForExport(project.db, { status: 'any' }) };
}

/** What sits in the folder besides the project file and its SQLite journal files. */
function entriesBesideProject(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('p.gleaner'))
    .sort();
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function parquetRows(file: string): Record<string, unknown>[] {
  const table = tableFromIPC(readParquet(fs.readFileSync(file)).intoIPCStream());
  return table.toArray().map((row: { toJSON(): Record<string, unknown> }) => row.toJSON());
}

describe('writeDataset', () => {
  it('writes the six files, and the manifest describes them exactly', async () => {
    const { project, dir, selection } = seeded();
    try {
      const out = path.join(dir, 'dataset');
      const result = await writeDataset(() => selection, selection.schema, out, meta);
      expect(fs.readdirSync(out).sort()).toEqual([
        'README.md',
        'articles.parquet',
        'data.jsonl',
        'manifest.json',
        'schema.json',
        'values.parquet',
      ]);
      // No staging folder or temporary file left next to it.
      expect(entriesBesideProject(dir)).toEqual(['dataset']);

      const manifest = JSON.parse(
        fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'),
      ) as DatasetManifest;
      expect(manifest).toEqual(result.manifest);
      expect(manifest.files.map((f) => f.path)).toEqual(
        fs
          .readdirSync(out)
          .filter((f) => f !== 'manifest.json')
          .sort(),
      );
      for (const entry of manifest.files) {
        const file = path.join(out, entry.path);
        expect(entry.sha256).toBe(sha256(file));
        expect(entry.bytes).toBe(fs.statSync(file).size);
      }
      const stored = project.db.prepare('SELECT count(*) AS n FROM field_values').get() as {
        n: number;
      };
      expect(manifest.articles).toBe(9);
      expect(manifest.values).toBe(stored.n);
    } finally {
      project.close();
    }
  });

  it('has the same data.jsonl bytes as the JSONL export', async () => {
    const { project, dir, selection } = seeded();
    try {
      const dataset = await writeDataset(
        () => selection,
        selection.schema,
        path.join(dir, 'ds'),
        meta,
      );
      const jsonl = await exportToFile(project.db, 'jsonl', {
        out: path.join(dir, 'export.jsonl'),
        filter: { status: 'any' },
        actor: 'tester',
      });
      const data = dataset.manifest.files.find((f) => f.path === 'data.jsonl')!;
      expect(data.sha256).toBe(jsonl.sha256);
    } finally {
      project.close();
    }
  });

  it('represents articles without values in articles.parquet and counts values per field', async () => {
    const { project, dir, selection } = seeded();
    try {
      const out = path.join(dir, 'ds');
      const result = await writeDataset(() => selection, selection.schema, out, meta);
      const records = [...selection];
      const articles = parquetRows(path.join(out, 'articles.parquet'));
      expect(articles.map((a) => Number(a.article_id))).toEqual(records.map((r) => r.id));
      expect(articles.map((a) => a.text)).toEqual(records.map((r) => r.text));
      expect(parquetRows(path.join(out, 'values.parquet'))).toHaveLength(result.manifest.values);

      const perField = (key: string): number =>
        records.reduce((n, r) => n + (r.fields[key]?.length ?? 0), 0);
      for (const field of selection.schema.fields) {
        expect(result.fieldCounts[field.key]!.values).toBe(perField(field.key));
      }
      const readme = fs.readFileSync(path.join(out, 'README.md'), 'utf8');
      expect(readme).toContain(`# ${meta.title}`);
      expect(readme).toContain(meta.exportedAt);
      expect(readme).toContain('code points');
      const hospital = selection.schema.fields.find((f) => f.key === 'hospital')!;
      expect(readme).toContain(
        `| \`hospital\` | ${hospital.labels['zh-CN']} | ${hospital.labels.en} | ${hospital.type} | ${hospital.cardinality} | ${perField('hospital')} |`,
      );
      expect(JSON.parse(fs.readFileSync(path.join(out, 'schema.json'), 'utf8'))).toEqual(
        selection.schema,
      );
    } finally {
      project.close();
    }
  });

  it('gives byte-identical files when written twice', async () => {
    const { project, dir, selection } = seeded();
    try {
      const a = await writeDataset(() => selection, selection.schema, path.join(dir, 'a'), meta);
      const b = await writeDataset(() => selection, selection.schema, path.join(dir, 'b'), meta);
      expect(b.manifest).toEqual(a.manifest);
      for (const name of ['manifest.json', 'data.jsonl', 'values.parquet', 'README.md']) {
        expect(fs.readFileSync(path.join(dir, 'b', name))).toEqual(
          fs.readFileSync(path.join(dir, 'a', name)),
        );
      }
    } finally {
      project.close();
    }
  });

  it('leaves no folder when the records fail midway, and keeps an earlier dataset', async () => {
    const { project, dir, selection } = seeded();
    try {
      const out = path.join(dir, 'ds');
      const first = await writeDataset(() => selection, selection.schema, out, meta);
      function* failing(): Generator<CanonicalRecord> {
        let n = 0;
        for (const record of selection) {
          if (++n === 5) throw new Error('disk full');
          yield record;
        }
      }
      await expect(
        writeDataset(failing, selection.schema, out, { ...meta, title: 'second' }),
      ).rejects.toThrow('disk full');
      expect(entriesBesideProject(dir)).toEqual(['ds']);
      const manifest = fs.readFileSync(path.join(out, 'manifest.json'), 'utf8');
      expect(JSON.parse(manifest)).toEqual(first.manifest);

      await expect(
        writeDataset(failing, selection.schema, path.join(dir, 'new'), meta),
      ).rejects.toThrow('disk full');
      expect(fs.existsSync(path.join(dir, 'new'))).toBe(false);
    } finally {
      project.close();
    }
  });

  it('replaces an earlier dataset at the same place when the new one is complete', async () => {
    const { project, dir, selection } = seeded();
    try {
      const out = path.join(dir, 'ds');
      await writeDataset(() => selection, selection.schema, out, meta);
      fs.writeFileSync(path.join(out, 'data.jsonl'), 'an older dataset’s records');
      await writeDataset(() => selection, selection.schema, out, { ...meta, title: '第二版' });
      expect(fs.readFileSync(path.join(out, 'data.jsonl'), 'utf8')).toMatch(/^\{/);
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(/^# 第二版\n/);
      expect(entriesBesideProject(dir)).toEqual(['ds']);
    } finally {
      project.close();
    }
  });

  it('two exports to one new folder at once: one writes it, the other is refused, none replaced', async () => {
    const { project, dir } = seeded();
    try {
      const out = path.join(dir, 'together');
      const run = (title: string) =>
        exportDataset(project.db, {
          out,
          title,
          filter: { status: 'any' },
          overwrite: false,
          actor: 'test',
        });
      // Both pass the early check (nothing is there yet); the name is claimed only at the end.
      const results = await Promise.allSettled([run('第一份'), run('第二份'), run('第三份')]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r) => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(refused.map((r) => (r.reason as { code?: string }).code)).toEqual([
        'file-exists',
        'file-exists',
      ]);
      const winner = ['第一份', '第二份', '第三份'][results.indexOf(won[0]!)]!;
      expect(fs.readFileSync(path.join(out, 'README.md'), 'utf8')).toMatch(
        new RegExp(`^# ${winner}\n`),
      );
      const manifest = JSON.parse(
        fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'),
      ) as DatasetManifest;
      for (const file of manifest.files)
        expect(sha256(path.join(out, file.path)), file.path).toBe(file.sha256);
      // No staging folder is left behind by the refused ones.
      expect(entriesBesideProject(dir)).toEqual(['together']);
    } finally {
      project.close();
    }
  });
});
