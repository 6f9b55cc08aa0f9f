import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { readRows, rowsToArticles } from './rows';

const tempDir = useTempDir('gleaner-prototype-columns-');

// A table's column names are whatever its file says; these are the names of Object.prototype.
const first = '南山区人民医院今年新建住院大楼，开放床位一千张。';
const second = '西湖区第一医院投资五亿元建设新院区。';

describe('columns named like JavaScript built-ins (seventh sweep)', () => {
  it('reads a JSONL row lacking a column called toString as lacking it, not the whole file as failed', () => {
    const jsonl = [
      JSON.stringify({ toString: first, id: '1' }),
      JSON.stringify({ id: '2' }),
      JSON.stringify({ toString: second, id: '3' }),
    ].join('\n');
    const table = readRows(jsonl, 'jsonl', 'rows.jsonl');
    // Before: "text.trim is not a function" for row 2, and the file was skipped whole.
    const { articles, rejected } = rowsToArticles(
      table,
      { textColumn: 'toString', metadataColumns: ['id', 'constructor'] },
      'rows.jsonl',
    );
    expect(articles.map((a) => [a.text, a.metadata])).toEqual([
      [first, { id: '1' }],
      [second, { id: '3' }],
    ]);
    expect(rejected.map((r) => r.message)).toEqual([
      'rows.jsonl: line 2 (row 2) has no "toString" column (the text column); that row was not imported',
    ]);
  });

  it('keeps a column named __proto__, in CSV and JSONL, as text and as metadata', () => {
    const csv = readRows(`正文,__proto__\n${first},甲\n`, 'csv');
    // Written out: an object literal's `__proto__` would set its prototype, not a key.
    const jsonl = readRows(`{"正文":"${second}","__proto__":"乙"}`, 'jsonl');
    expect(jsonl.columns).toEqual(['正文', '__proto__']);
    const mapping = { textColumn: '正文', metadataColumns: ['__proto__'] };
    // Before: the cell was assigned to a plain object's prototype and lost without a word.
    expect(JSON.stringify(rowsToArticles(csv, mapping).articles[0]!.metadata)).toBe(
      '{"__proto__":"甲"}',
    );
    expect(JSON.stringify(rowsToArticles(jsonl, mapping).articles[0]!.metadata)).toBe(
      '{"__proto__":"乙"}',
    );
    const asText = rowsToArticles(jsonl, { textColumn: '__proto__', metadataColumns: [] });
    expect(asText.articles.map((a) => a.text)).toEqual(['乙']);
  });

  it('imports such a file into a project, storing its metadata whole', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'rows.jsonl');
    fs.writeFileSync(
      file,
      [
        `{"toString":"${first}","__proto__":"甲"}`,
        '{"__proto__":"乙"}',
        `{"toString":"${second}","__proto__":"丙"}`,
      ].join('\n'),
    );
    const project = Project.open(path.join(dir, 'p.gleaner'));
    try {
      const report = await importPaths(project.db, [file], {
        actor: 'importer',
        columnMapping: { textColumn: 'toString', metadataColumns: ['__proto__'] },
      });
      expect(report.skipped.map((s) => s.message)).toEqual([
        expect.stringContaining('(row 2) has no "toString" column'),
      ]);
      const metadata = project.db
        .prepare('SELECT metadata FROM documents ORDER BY id')
        .pluck()
        .all() as string[];
      expect(metadata.map((m) => JSON.parse(m) as unknown)).toEqual([
        JSON.parse('{"__proto__":"甲"}'),
        JSON.parse('{"__proto__":"丙"}'),
      ]);
    } finally {
      project.close();
    }
  });
});
