/**
 * Parquet export: the canonical records as flat tables, for pandas, Polars, DuckDB or Spark.
 *
 * - `values` table (`writeParquet`, and `values.parquet` in a dataset): one row per value. An
 *   article without any value has no row here; a single-file Parquet export is about the values.
 * - `articles` table (`articles.parquet` in a dataset, see dataset.ts): one row per article, with
 *   its text, so articles without values are still represented and the values can be joined on
 *   `article_id`.
 *
 * Offsets (`span_start`, `span_end`, and those inside `spans_json`) are Unicode code points of
 * the document text (Python's `text[start:end]`); `spans_json` also carries the UTF-16 offsets.
 *
 * Streaming: rows are buffered ROW_GROUP_SIZE at a time, encoded as one row group and handed to
 * the atomic output, which waits for the disk; memory stays flat however many records there are.
 * The file carries no timestamp (`created_by` is fixed), so the same records give the same bytes.
 */
import {
  ByteWriter,
  ParquetWriter,
  schemaFromColumnData,
  type BasicType,
  type ColumnSource,
  type Writer,
} from 'hyparquet-writer';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import { valueText } from '../../shared/export/value-text';
import type { FieldSchema } from '../../shared/schema';
import { openAtomicOutput, type AtomicOutput } from './atomic-output';

/**
 * Rows per row group. The writer keeps every group's metadata for the footer until the end:
 * about 24 KB a group of 15 columns, so 1,000-row groups held some 65 MB more at 100,000
 * articles and ten times that at a million. 10,000-row groups keep that to a tenth; the group
 * being encoded is then the larger part of the memory, and it does not grow with the export.
 */
export const ROW_GROUP_SIZE = 10_000;

/** The articles table carries each article's whole text: its groups hold fewer rows. */
export const ARTICLE_ROW_GROUP_SIZE = 1000;

/** Written as the file's `created_by`; no version or date, so output is reproducible. */
const CREATED_BY = 'Gleaner (hyparquet-writer)';

type Cell = string | number | bigint | null;

export interface ParquetColumn {
  name: string;
  type: Extract<BasicType, 'STRING' | 'INT32' | 'INT64' | 'DOUBLE'>;
  nullable: boolean;
  /**
   * Whether each row group records the column's min and max, which readers use to skip groups
   * (`WHERE status = 'approved'`). Not for free text or JSON: nobody filters a range of those,
   * and comparing every long string cost a fifth of the encoding.
   */
  statistics: boolean;
}

/** Columns of the values table, in file order. */
export const VALUE_COLUMNS: readonly ParquetColumn[] = [
  { name: 'article_id', type: 'INT64', nullable: false, statistics: true },
  { name: 'document_name', type: 'STRING', nullable: false, statistics: false },
  { name: 'document_sha256', type: 'STRING', nullable: false, statistics: false },
  { name: 'status', type: 'STRING', nullable: false, statistics: true },
  { name: 'title', type: 'STRING', nullable: true, statistics: false },
  { name: 'field', type: 'STRING', nullable: false, statistics: true },
  { name: 'value_json', type: 'STRING', nullable: false, statistics: false },
  { name: 'value_text', type: 'STRING', nullable: false, statistics: false },
  { name: 'raw', type: 'STRING', nullable: false, statistics: false },
  { name: 'state', type: 'STRING', nullable: false, statistics: true },
  { name: 'origin', type: 'STRING', nullable: false, statistics: true },
  { name: 'confidence', type: 'DOUBLE', nullable: true, statistics: true },
  { name: 'spans_json', type: 'STRING', nullable: false, statistics: false },
  { name: 'span_start', type: 'INT32', nullable: true, statistics: true },
  { name: 'span_end', type: 'INT32', nullable: true, statistics: true },
];

/** Columns of the articles table, in file order. */
export const ARTICLE_COLUMNS: readonly ParquetColumn[] = [
  { name: 'article_id', type: 'INT64', nullable: false, statistics: true },
  { name: 'document_id', type: 'INT64', nullable: false, statistics: true },
  { name: 'document_name', type: 'STRING', nullable: false, statistics: false },
  { name: 'document_sha256', type: 'STRING', nullable: false, statistics: false },
  { name: 'document_encoding', type: 'STRING', nullable: false, statistics: true },
  { name: 'status', type: 'STRING', nullable: false, statistics: true },
  { name: 'title', type: 'STRING', nullable: true, statistics: false },
  { name: 'segments_json', type: 'STRING', nullable: false, statistics: false },
  { name: 'text', type: 'STRING', nullable: false, statistics: false },
  { name: 'value_count', type: 'INT32', nullable: false, statistics: true },
  { name: 'schema_id', type: 'STRING', nullable: false, statistics: true },
  { name: 'schema_version', type: 'INT32', nullable: false, statistics: true },
];

/** The values table rows of one record, fields in schema order, values in record order. */
export function valueRowsOf(record: CanonicalRecord): Cell[][] {
  const rows: Cell[][] = [];
  const articleId = BigInt(record.id);
  for (const [field, values] of Object.entries(record.fields)) {
    for (const v of values) {
      const first = v.spans[0];
      rows.push([
        articleId,
        record.document.name,
        record.document.sha256,
        record.status,
        record.title,
        field,
        JSON.stringify(v.value) ?? 'null',
        valueText(v.value),
        v.raw,
        v.state,
        v.origin,
        v.confidence,
        JSON.stringify(v.spans),
        first ? first.start : null,
        first ? first.end : null,
      ]);
    }
  }
  return rows;
}

export function articleRowOf(record: CanonicalRecord): Cell[] {
  let values = 0;
  for (const list of Object.values(record.fields)) values += list.length;
  return [
    BigInt(record.id),
    BigInt(record.document.id),
    record.document.name,
    record.document.sha256,
    record.document.encoding,
    record.status,
    record.title,
    JSON.stringify(record.segments),
    record.text,
    values,
    record.schema.id,
    record.schema.version,
  ];
}

/**
 * A hyparquet-writer Writer that hands each finished row group to the atomic output. The
 * library calls `flush` after every row group and awaits the promise before the next one, so the
 * in-memory buffer never holds more than one row group (plus, at the end, the footer).
 */
function outputWriter(output: AtomicOutput): Writer {
  const writer: ByteWriter & Writer = new ByteWriter();
  const flush = async (): Promise<void> => {
    if (writer.index === 0) return;
    // Copy: the buffer is reused for the next row group while the stream may still hold this one.
    const chunk = new Uint8Array(writer.buffer, 0, writer.index).slice();
    writer.index = 0;
    await output.write(chunk);
  };
  writer.flush = flush;
  writer.finish = flush;
  return writer;
}

/** A Parquet table written row by row into an atomic output, one row group per `rowGroupSize`. */
export class ParquetTableWriter {
  private readonly parquet: ParquetWriter;
  /** The pending row group, column by column (what the encoder takes), not row by row. */
  private pending: Cell[][];
  private pendingRows = 0;
  private written = 0;

  constructor(
    private readonly output: AtomicOutput,
    private readonly columns: readonly ParquetColumn[],
    private readonly rowGroupSize = ROW_GROUP_SIZE,
  ) {
    const columnData: ColumnSource[] = columns.map((c) => ({
      name: c.name,
      data: [],
      type: c.type,
      nullable: c.nullable,
    }));
    this.parquet = new ParquetWriter({
      writer: outputWriter(output),
      schema: schemaFromColumnData({ columnData }),
      createdBy: CREATED_BY,
    });
    this.pending = columns.map(() => []);
  }

  /** Rows appended so far. */
  get rows(): number {
    return this.written + this.pendingRows;
  }

  async append(rows: readonly Cell[][]): Promise<void> {
    for (const row of rows) {
      for (let i = 0; i < this.pending.length; i++) this.pending[i]!.push(row[i] ?? null);
      if (++this.pendingRows >= this.rowGroupSize) await this.flushRowGroup();
    }
  }

  /** Writes the last row group and the footer; the caller then commits the output. */
  async finish(): Promise<void> {
    await this.flushRowGroup();
    await this.parquet.finish();
  }

  private async flushRowGroup(): Promise<void> {
    if (this.pendingRows === 0) return;
    const cells = this.pending;
    const rows = this.pendingRows;
    this.pending = this.columns.map(() => []);
    this.pendingRows = 0;
    const columnData: ColumnSource[] = this.columns.map((c, i) => ({
      name: c.name,
      data: cells[i]!,
      statistics: c.statistics,
    }));
    await this.parquet.write({ columnData, rowGroupSize: rows });
    this.written += rows;
  }
}

export interface ParquetResult {
  path: string;
  bytes: number;
  sha256: string;
  /** Rows in the file (values for the values table). */
  rows: number;
  articles: number;
}

/**
 * Writes the values table of `records` to `outPath` (replaced only on success; on any error,
 * including one thrown by the records iterator, no file is left). `schema` is accepted for the
 * symmetry with the other writers; the rows follow the records, whose fields are in schema order.
 */
export async function writeParquet(
  records: Iterable<CanonicalRecord>,
  _schema: FieldSchema,
  outPath: string,
  onRecord?: (record: CanonicalRecord, values: number) => Promise<void> | void,
): Promise<ParquetResult> {
  const output = openAtomicOutput(outPath);
  try {
    const table = new ParquetTableWriter(output, VALUE_COLUMNS);
    let articles = 0;
    for (const record of records) {
      const rows = valueRowsOf(record);
      await table.append(rows);
      articles++;
      await onRecord?.(record, rows.length);
    }
    await table.finish();
    const committed = await output.commit();
    return { ...committed, rows: table.rows, articles };
  } catch (error) {
    await output.abort();
    throw error;
  }
}
