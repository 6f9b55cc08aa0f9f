// Which Parquet writer Gleaner should use (issue 19, point 4): the export's values table (the
// columns of electron/export/parquet.ts, one row group per 1,000 rows, Snappy) written by
// hyparquet-writer (pure JavaScript, what the export uses) and by parquet-wasm (Rust's parquet
// crate compiled to WebAssembly, fed Arrow record batches), beside JSON lines of the same rows:
// the rows are read from a scale project once, then each writer encodes them in memory.
//
//   npx tsx bench/parquet-writers.ts [--articles 10000] [--rounds 3]
import { performance } from 'node:perf_hooks';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import Database from 'better-sqlite3';
import { ByteWriter, ParquetWriter, schemaFromColumnData } from 'hyparquet-writer';
import {
  Compression,
  Table as WasmTable,
  WriterPropertiesBuilder,
  writeParquet as writeParquetWasm,
} from 'parquet-wasm';
import { ROW_GROUP_SIZE, VALUE_COLUMNS } from '../electron/export/parquet';
import { scaleProject } from './scale-project';

function parseArgs(argv: string[]): { articles: number; rounds: number } {
  const args = { articles: 10_000, rounds: 3 };
  for (let i = 0; i < argv.length; i += 2) {
    const value = Number(argv[i + 1]?.replaceAll('_', ''));
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${argv[i]} needs a whole number`);
    if (argv[i] === '--articles') args.articles = value;
    else if (argv[i] === '--rounds') args.rounds = value;
    else throw new Error(`Unknown argument ${argv[i]} (use --articles N, --rounds N)`);
  }
  return args;
}

type Cell = string | number | bigint | null;

/** The values table's rows as the export builds them (valueRowsOf), straight from SQL. */
function readRows(articles: number): Cell[][] {
  const db = new Database(scaleProject(articles), { readonly: true });
  try {
    return (
      db
        .prepare(
          `SELECT a.id, d.name, d.sha256, a.status, a.title, v.field_key, v.value, v.value, v.raw,
                  v.state, v.origin, v.confidence,
                  (SELECT json_group_array(json_object('start', s.start, 'end', s.end, 'text', s.text))
                     FROM value_spans s WHERE s.value_id = v.id),
                  (SELECT min(s.start) FROM value_spans s WHERE s.value_id = v.id),
                  (SELECT min(s.end) FROM value_spans s WHERE s.value_id = v.id)
           FROM field_values v JOIN articles a ON a.id = v.article_id
           JOIN documents d ON d.id = a.document_id ORDER BY v.article_id, v.id`,
        )
        .raw()
        .all() as Cell[][]
    ).map((row) => {
      row[0] = BigInt(row[0] as number);
      return row;
    });
  } finally {
    db.close();
  }
}

function groups(rows: Cell[][]): Cell[][][] {
  const out: Cell[][][] = [];
  for (let i = 0; i < rows.length; i += ROW_GROUP_SIZE) out.push(rows.slice(i, i + ROW_GROUP_SIZE));
  return out;
}

function hyparquet(rows: Cell[][]): number {
  const writer = new ByteWriter();
  const columnData = VALUE_COLUMNS.map((c) => ({
    name: c.name,
    data: [],
    type: c.type,
    nullable: c.nullable,
  }));
  const parquet = new ParquetWriter({ writer, schema: schemaFromColumnData({ columnData }) });
  for (const group of groups(rows))
    void parquet.write({
      columnData: VALUE_COLUMNS.map((c, i) => ({ name: c.name, data: group.map((r) => r[i]!) })),
      rowGroupSize: group.length,
    });
  void parquet.finish();
  return writer.index;
}

function wasm(rows: Cell[][]): number {
  // writeParquet takes ownership of the properties: a new set per batch.
  const properties = () =>
    new WriterPropertiesBuilder()
      .setCompression(Compression.SNAPPY)
      .setMaxRowGroupSize(ROW_GROUP_SIZE)
      .build();
  let bytes = 0;
  // Each row group as its own Arrow batch, as a streaming export would hand them over.
  for (const group of groups(rows)) {
    const arrays = Object.fromEntries(
      VALUE_COLUMNS.map((c, i) => {
        const column = group.map((r) => r[i]!);
        if (c.type === 'INT64') return [c.name, BigInt64Array.from(column as bigint[])];
        if (c.type === 'DOUBLE')
          return [c.name, column.map((v) => (v === null ? null : Number(v)))];
        if (c.type === 'INT32') return [c.name, column.map((v) => (v === null ? null : Number(v)))];
        return [c.name, column.map((v) => (v === null ? null : String(v)))];
      }),
    );
    const table = WasmTable.fromIPCStream(tableToIPC(tableFromArrays(arrays), 'stream'));
    bytes += writeParquetWasm(table, properties()).length;
  }
  return bytes;
}

function jsonLines(rows: Cell[][]): number {
  let bytes = 0;
  for (const group of groups(rows))
    bytes += Buffer.byteLength(
      group
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)))
        .join('\n'),
    );
  return bytes;
}

function main(): void {
  const { articles, rounds } = parseArgs(process.argv.slice(2));
  const rows = readRows(articles);
  console.log(
    `${rows.length} value rows of ${articles} articles; best of ${rounds} rounds, taken in turns\n`,
  );
  const writers: [string, (rows: Cell[][]) => number][] = [
    ['JSON lines of the same rows (baseline)', jsonLines],
    ['hyparquet-writer (Snappy, 1,000-row groups)', hyparquet],
    ['parquet-wasm (Snappy, 1,000-row batches via Arrow)', wasm],
  ];
  const best = new Map<string, { ms: number; bytes: number }>();
  for (let round = 0; round < rounds; round++)
    for (const [name, write] of writers) {
      const started = performance.now();
      const bytes = write(rows);
      const ms = performance.now() - started;
      if (!best.has(name) || ms < best.get(name)!.ms) best.set(name, { ms, bytes });
    }
  const baseline = best.get(writers[0]![0])!.ms;
  console.log('| writer | seconds | MB | × JSON lines |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [name, { ms, bytes }] of best)
    console.log(
      `| ${name} | ${(ms / 1000).toFixed(2)} | ${(bytes / 1e6).toFixed(1)} | ${(ms / baseline).toFixed(2)} |`,
    );
}

main();
