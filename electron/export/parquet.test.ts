import fs from 'node:fs';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { readParquet } from 'parquet-wasm';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { bedsValue, exportRecord, hospitalValue, miniSchema } from '../test-support/export-records';
import { useTempDir } from '../test-support/temp-dir';
import { selectArticlesForExport } from './select-articles';
import { ROW_GROUP_SIZE, writeParquet } from './parquet';

const tempDir = useTempDir('gleaner-parquet-');

/** A document with an astral character, so code points and UTF-16 differ. */
const document = { id: 1, name: '示例.txt', sha256: 'ab'.repeat(32), encoding: 'utf-8' };
const text = '𠀀仁济医院新增床位500张。';

function handMadeRecord(id: number, title: string | null, withValues = true): CanonicalRecord {
  const values = withValues
    ? [hospitalValue(1, '仁济医院', 'accepted'), bedsValue('床位500张')]
    : [];
  return exportRecord({ id, title, status: 'approved' }, { ...document, text }, values);
}

type ValueRow = Record<string, unknown>;

function readWithArrow(file: string): ValueRow[] {
  const table = tableFromIPC(readParquet(fs.readFileSync(file)).intoIPCStream());
  return table.toArray().map((row: { toJSON(): ValueRow }) => row.toJSON());
}

async function readWithHyparquet(file: string): Promise<ValueRow[]> {
  const bytes = fs.readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return (await parquetReadObjects({ file: buffer })) as ValueRow[];
}

describe('writeParquet', () => {
  it('writes one row per value that two independent readers read back alike', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'values.parquet');
    const records = [
      handMadeRecord(1, '=HYPERLINK("http://x")'),
      handMadeRecord(2, null, false),
      handMadeRecord(3, '仁济医院扩建'),
    ];
    const result = await writeParquet(records, miniSchema, out);
    expect(result).toMatchObject({ rows: 4, articles: 3 });
    expect(fs.readdirSync(dir)).toEqual(['values.parquet']);

    for (const rows of [readWithArrow(out), await readWithHyparquet(out)]) {
      expect(rows).toHaveLength(4);
      const hospital = rows.find((r) => r.field === 'hospital' && Number(r.article_id) === 3)!;
      expect(hospital.value_text).toBe('仁济医院');
      expect(hospital.title).toBe('仁济医院扩建');
      expect(JSON.parse(hospital.value_json as string)).toEqual({ name: '仁济医院' });
      expect(hospital.confidence).toBe(0.9);
      // Code points: 𠀀 counts as one, so 仁 starts at 1 (at 2 in UTF-16, kept in spans_json).
      expect(hospital.span_start).toBe(1);
      expect(hospital.span_end).toBe(5);
      const spans = JSON.parse(hospital.spans_json as string) as { start_utf16: number }[];
      expect(spans[0]!.start_utf16).toBe(2);
      const beds = rows.find((r) => r.field === 'beds' && Number(r.article_id) === 1)!;
      expect(beds.confidence).toBeNull();
      expect(beds.span_start).toBeNull();
      expect(beds.value_text).toBe('500');
      expect(beds.title).toBe('=HYPERLINK("http://x")');
      // Article 2 has no value, hence no row.
      expect(rows.some((r) => Number(r.article_id) === 2)).toBe(false);
    }
  });

  it('streams row groups of ROW_GROUP_SIZE and gives the same bytes twice', async () => {
    const dir = tempDir();
    // Two values a record: two full row groups and 600 rows.
    const records = Array.from({ length: ROW_GROUP_SIZE + 300 }, (_, i) =>
      handMadeRecord(i + 1, `标题${i}`),
    );
    const a = await writeParquet(records, miniSchema, path.join(dir, 'a.parquet'));
    const b = await writeParquet(records, miniSchema, path.join(dir, 'b.parquet'));
    expect(a.rows).toBe(2 * ROW_GROUP_SIZE + 600);
    expect(a.sha256).toBe(b.sha256);
    const bytes = fs.readFileSync(a.path);
    const metadata = parquetMetadata(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([
      ROW_GROUP_SIZE,
      ROW_GROUP_SIZE,
      600,
    ]);
    expect(readWithArrow(a.path)).toHaveLength(2 * ROW_GROUP_SIZE + 600);
  });

  it('leaves no file when the records fail midway, and keeps an older file', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'values.parquet');
    fs.writeFileSync(out, 'previous export');
    function* failing(): Generator<CanonicalRecord> {
      for (let i = 1; i <= 2500; i++) {
        if (i === 2100) throw new Error('database went away');
        yield handMadeRecord(i, 't');
      }
    }
    await expect(writeParquet(failing(), miniSchema, out)).rejects.toThrow('database went away');
    expect(fs.readdirSync(dir)).toEqual(['values.parquet']);
    expect(fs.readFileSync(out, 'utf8')).toBe('previous export');
  });

  it('exports every value of the seeded project', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
    try {
      const selection = selectArticlesForExport(project.db, { status: 'any' });
      const result = await writeParquet(
        selection,
        selection.schema,
        path.join(dir, 'seeds.parquet'),
      );
      const stored = project.db.prepare('SELECT count(*) AS n FROM field_values').get() as {
        n: number;
      };
      expect(result.rows).toBe(stored.n);
      const rows = readWithArrow(result.path);
      expect(rows).toHaveLength(stored.n);
      // Same rows, same order, same Chinese text as the canonical records.
      const expected = [...selection].flatMap((record) =>
        Object.entries(record.fields).flatMap(([field, values]) =>
          values.map((v) => [record.id, field, v.raw, record.title]),
        ),
      );
      expect(rows.map((r) => [Number(r.article_id), r.field, r.raw, r.title])).toEqual(expected);
      expect(rows.some((r) => /[\u4e00-\u9fff]/.test(String(r.raw)))).toBe(true);
    } finally {
      project.close();
    }
  });
});
