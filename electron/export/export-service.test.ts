import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { bundledSeedsDir } from '../app-root';
import { listExports } from '../database/exports-repository';
import { activeSchema } from '../database/schema-repository';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { exportToFile } from './export-formats';
import { ExportCancelledError, type ExportRunOptions } from './export-service';

const tempDir = useTempDir('gleaner-export-');

function seededProject(): { project: Project; outDir: string } {
  const dir = tempDir();
  const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(outDir);
  return { project, outDir };
}

/** The review workflow does not exist yet: approve articles directly. */
function approve(project: Project, ids: number[]): void {
  const set = project.db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?");
  for (const id of ids) set.run(id);
}

function articleIds(project: Project): number[] {
  return (project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map(
    (r) => r.id,
  );
}

function readJsonl(file: string): CanonicalRecord[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CanonicalRecord);
}

async function run(project: Project, options: Partial<ExportRunOptions> & { out: string }) {
  return exportToFile(project.db, 'jsonl', { actor: 'tester', ...options });
}

function python(script: string, ...args: string[]): unknown {
  return JSON.parse(execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' }));
}

describe('exportToFile (JSONL)', () => {
  it('refuses an unknown format, naming it and the formats it knows, and writes nothing', async () => {
    const { project, outDir } = seededProject();
    const out = path.join(outDir, 'out.pdf');
    await expect(exportToFile(project.db, 'pdf', { out, actor: 'tester' })).rejects.toThrow(
      'Unknown export format "pdf" (use jsonl, csv, csv-long, xlsx, parquet or dataset).',
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
    expect(listExports(project.db)).toEqual([]);
    project.close();
  });

  it('exports only approved articles by default, and all nine with status any', async () => {
    const { project, outDir } = seededProject();
    const ids = articleIds(project);
    expect(ids).toHaveLength(9);
    approve(project, [ids[1]!, ids[4]!, ids[7]!]);

    const approved = await run(project, { out: path.join(outDir, 'approved.jsonl') });
    const records = readJsonl(approved.path);
    expect(records.map((r) => r.id).sort((a, b) => a - b)).toEqual([ids[1], ids[4], ids[7]]);
    expect(records.every((r) => r.status === 'approved')).toBe(true);
    expect(approved.articles).toBe(3);

    const all = await run(project, {
      out: path.join(outDir, 'all.jsonl'),
      filter: { status: 'any' },
    });
    expect(readJsonl(all.path)).toHaveLength(9);
    expect(all.articles).toBe(9);
    project.close();
  });

  it('puts every field of the schema in each record and counts the values written', async () => {
    const { project, outDir } = seededProject();
    const result = await run(project, {
      out: path.join(outDir, 'a.jsonl'),
      filter: { status: 'any' },
    });
    const keys = activeSchema(project.db)
      .fields.filter((f) => !f.retired)
      .map((f) => f.key);
    const records = readJsonl(result.path);
    for (const record of records) expect(Object.keys(record.fields)).toEqual(keys);
    const written = records.reduce(
      (n, r) => n + Object.values(r.fields).reduce((m, list) => m + list.length, 0),
      0,
    );
    const stored = project.db.prepare('SELECT count(*) AS n FROM field_values').get() as {
      n: number;
    };
    expect(written).toBe(stored.n);
    expect(result.values).toBe(stored.n);
    // Stable order: by document name, then position in the document.
    const order = records.map((r) => `${r.document.name}#${r.id}`);
    expect(order).toEqual([...order].sort());
    project.close();
  });

  it('leaves rejected values out unless includeRejected', async () => {
    const { project, outDir } = seededProject();
    const rejected = project.db
      .prepare(
        "UPDATE field_values SET state = 'rejected' WHERE field_key = 'hospital' RETURNING id",
      )
      .all();
    expect(rejected.length).toBeGreaterThan(0);
    const without = readJsonl(
      (await run(project, { out: path.join(outDir, 'a.jsonl'), filter: { status: 'any' } })).path,
    );
    expect(without.every((r) => r.fields.hospital!.length === 0)).toBe(true);
    const withRejected = readJsonl(
      (
        await run(project, {
          out: path.join(outDir, 'b.jsonl'),
          filter: { status: 'any' },
          includeRejected: true,
        })
      ).path,
    );
    const states = withRejected.flatMap((r) => r.fields.hospital!.map((v) => v.state));
    expect(states).toHaveLength(rejected.length);
    expect(new Set(states)).toEqual(new Set(['rejected']));
    project.close();
  });

  it('gives byte-identical files for the same project state and records each export', async () => {
    const { project, outDir } = seededProject();
    approve(project, articleIds(project).slice(0, 4));
    const first = await run(project, { out: path.join(outDir, 'one.jsonl') });
    const second = await run(project, { out: path.join(outDir, 'two.jsonl') });
    expect(fs.readFileSync(first.path).equals(fs.readFileSync(second.path))).toBe(true);
    expect(first.sha256).toBe(second.sha256);
    const log = listExports(project.db);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      actor: 'tester',
      format: 'jsonl',
      articleCount: 4,
      valueCount: first.values,
      sha256: first.sha256,
      filter: { status: 'approved', includeRejected: false },
    });
    expect(log.map((e) => e.path).sort()).toEqual([first.path, second.path].sort());
    project.close();
  });

  it('leaves no file and no temporary file when cancelled, and records nothing', async () => {
    const { project, outDir } = seededProject();
    const out = path.join(outDir, 'cancelled.jsonl');
    let polls = 0;
    await expect(
      run(project, { out, filter: { status: 'any' }, isCancelled: () => ++polls > 3 }),
    ).rejects.toBeInstanceOf(ExportCancelledError);
    expect(polls).toBeGreaterThan(3);
    expect(fs.readdirSync(outDir)).toEqual([]);
    expect(listExports(project.db)).toEqual([]);
    project.close();
  });

  it('without overwrite, refuses a file that exists, even one that appeared while exporting', async () => {
    const { project, outDir } = seededProject();
    const out = path.join(outDir, 'late.jsonl');
    let polls = 0;
    const someoneElse = () => {
      // Someone saves a file under the same name while the export runs.
      if (++polls === 3) fs.writeFileSync(out, 'saved meanwhile');
      return false;
    };
    await expect(
      run(project, { out, filter: { status: 'any' }, overwrite: false, isCancelled: someoneElse }),
    ).rejects.toMatchObject({ code: 'file-exists', message: expect.stringContaining(out) });
    expect(fs.readFileSync(out, 'utf8')).toBe('saved meanwhile');
    expect(fs.readdirSync(outDir)).toEqual(['late.jsonl']);
    expect(listExports(project.db)).toEqual([]);
    await expect(
      run(project, { out, filter: { status: 'any' }, overwrite: false }),
    ).rejects.toMatchObject({ code: 'file-exists' });
    project.close();
  });

  it('refuses to write provenance that does not match its document, naming article and field', async () => {
    const { project, outDir } = seededProject();
    const bad = project.db
      .prepare(
        `SELECT v.article_id AS articleId, v.field_key AS field, s.value_id AS valueId, s.start
         FROM value_spans s JOIN field_values v ON v.id = s.value_id ORDER BY v.article_id DESC LIMIT 1`,
      )
      .get() as { articleId: number; field: string; valueId: number; start: number };
    project.db
      .prepare("UPDATE value_spans SET text = text || '!' WHERE value_id = ? AND start = ?")
      .run(bad.valueId, bad.start);
    const out = path.join(outDir, 'bad.jsonl');
    await expect(run(project, { out, filter: { status: 'any' } })).rejects.toThrow(
      new RegExp(`article ${bad.articleId}, field "${bad.field}"`),
    );
    expect(fs.readdirSync(outDir)).toEqual([]);
    project.close();
  });

  it('filters by the date an article was last updated', async () => {
    const { project, outDir } = seededProject();
    const ids = articleIds(project);
    project.db.prepare("UPDATE articles SET updated_at = '2026-01-31T23:59:00.000Z'").run();
    project.db
      .prepare("UPDATE articles SET updated_at = '2026-02-01T00:00:00.000Z' WHERE id = ?")
      .run(ids[0]);
    const january = await run(project, {
      out: path.join(outDir, 'jan.jsonl'),
      filter: { status: 'any', updatedFrom: '2026-01-01', updatedTo: '2026-01-31' },
    });
    expect(january.articles).toBe(8);
    const february = await run(project, {
      out: path.join(outDir, 'feb.jsonl'),
      filter: { status: 'any', updatedFrom: '2026-02-01' },
    });
    expect(readJsonl(february.path).map((r) => r.id)).toEqual([ids[0]]);
    await expect(
      run(project, { out: path.join(outDir, 'x.jsonl'), filter: { updatedFrom: 'last week' } }),
    ).rejects.toThrow(/ISO date/);
    project.close();
  });
});

describe('exported files read by outside readers (Python)', () => {
  it("Python's json module reads every line and every span is the document sliced in code points", async () => {
    const { project, outDir } = seededProject();
    const result = await run(project, {
      out: path.join(outDir, 'all.jsonl'),
      filter: { status: 'any' },
    });
    const checked = python(
      `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
texts = dict(db.execute('SELECT id, text FROM documents'))
records = spans = 0
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        record = json.loads(line)
        records += 1
        text = texts[record['document']['id']]
        utf16 = text.encode('utf-16-le')
        for values in record['fields'].values():
            for value in values:
                for span in value['spans']:
                    assert text[span['start']:span['end']] == span['text'], (record['id'], span)
                    assert utf16[2 * span['start_utf16']:2 * span['end_utf16']].decode('utf-16-le') == span['text']
                    spans += 1
        joined = '\\n\\n'.join(text[s['start']:s['end']] for s in record['segments'])
        assert joined == record['text'], record['id']
print(json.dumps({'records': records, 'spans': spans}))
`,
      result.path,
      project.filePath,
    ) as { records: number; spans: number };
    const storedSpans = project.db.prepare('SELECT count(*) AS n FROM value_spans').get() as {
      n: number;
    };
    expect(checked).toEqual({ records: 9, spans: storedSpans.n });
    project.close();
  });

  it("Python's csv module reads the wide and long CSV: Chinese titles intact, formulas neutralised", async () => {
    const { project, outDir } = seededProject();
    const ids = articleIds(project);
    project.db
      .prepare('UPDATE articles SET title = \'=HYPERLINK("http://x","点我")\' WHERE id = ?')
      .run(ids[2]);
    const titles = project.db.prepare('SELECT id, title FROM articles').all() as {
      id: number;
      title: string;
    }[];
    const wide = await exportToFile(project.db, 'csv', {
      out: path.join(outDir, 'wide.csv'),
      filter: { status: 'any' },
      actor: 'tester',
    });
    const raw = fs.readFileSync(wide.path);
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(raw.toString('utf8').split('\r\n')).toHaveLength(9 + 2);
    const rows = python(
      `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
`,
      wide.path,
    ) as Record<string, string>[];
    expect(rows).toHaveLength(9);
    // The schema's own `title` field (the headline as extracted) gets a column of its own.
    const schemaKeys = activeSchema(project.db).fields.map((f) =>
      f.key === 'title' ? 'field:title' : f.key,
    );
    expect(Object.keys(rows[0]!)).toEqual(['id', 'document', 'status', 'title', ...schemaKeys]);
    for (const row of rows) {
      const stored = titles.find((t) => t.id === Number(row.id))!.title;
      if (Number(row.id) === ids[2]) expect(row.title).toBe(`'${stored}`);
      else expect(row.title).toBe(stored);
    }
    expect(rows.some((r) => /[\u4e00-\u9fff]/.test(r.title!))).toBe(true);

    const long = await exportToFile(project.db, 'csv-long', {
      out: path.join(outDir, 'long.csv'),
      filter: { status: 'any' },
      actor: 'tester',
    });
    const summary = python(
      `
import csv, json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
texts = dict(db.execute('SELECT d.name, d.text FROM documents d'))
n = 0
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    for row in csv.DictReader(f):
        spans = json.loads(row['spans'])
        json.loads(row['value_json'])
        text = texts[row['document']]
        assert int(row['span_start']) == spans[0]['start']
        for s in spans:
            assert text[s['start']:s['end']] == s['text']
        n += 1
print(json.dumps({'rows': n}))
`,
      long.path,
      project.filePath,
    ) as { rows: number };
    expect(summary.rows).toBe(long.values);
    expect(long.values).toBe(
      (project.db.prepare('SELECT count(*) AS n FROM field_values').get() as { n: number }).n,
    );
    project.close();
  });
});
