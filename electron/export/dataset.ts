/**
 * Dataset export: a folder someone else can pick up without Gleaner.
 *
 *   data.jsonl        the canonical records, one per line: the same bytes as the JSONL export
 *   values.parquet    one row per value (see parquet.ts)
 *   articles.parquet  one row per article, with its text: articles without values are here too
 *   schema.json       the field schema the records follow
 *   README.md         a dataset card: what, when, counts, the fields, what the offsets mean
 *   manifest.json     every other file with its size and SHA-256, so a copy can be verified
 *
 * The folder is built under a temporary name next to `outDir` and renamed at the end, so a
 * failure (a throwing source, a full disk) leaves no partial dataset, and an existing dataset at
 * `outDir` is replaced only once the new one is complete. A folder that is not an earlier
 * dataset is never replaced (dataset-folder.ts).
 *
 * The records are read once: every file is written in the same pass. Nothing in the folder
 * depends on the clock (the date in the README is `meta.exportedAt`), so the same records and
 * meta give byte-identical files.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CanonicalRecord } from '../../shared/export/canonical-record';
import type { FieldSchema } from '../../shared/schema';
import { apiError } from '../../shared/contract/error-messages';
import { openAtomicOutput, type AtomicOutput } from './atomic-output';
import { refuseForeignFolder } from './dataset-folder';
import { partialNameFor, removeStalePartials } from '../database/stale-partials';
import {
  ARTICLE_COLUMNS,
  ARTICLE_ROW_GROUP_SIZE,
  ParquetTableWriter,
  VALUE_COLUMNS,
  articleRowOf,
  valueRowsOf,
} from './parquet';

export interface DatasetMeta {
  /** Shown as the README's heading. */
  title: string;
  /** ISO timestamp of the export, written in the README (never taken from the clock here). */
  exportedAt: string;
  /** A paragraph about where the articles come from, if the curator wrote one. */
  description?: string;
  /** How the articles were chosen, e.g. "status approved"; shown in the README. */
  selection?: string;
}

export interface ManifestEntry {
  path: string;
  bytes: number;
  sha256: string;
}

export interface DatasetManifest {
  format: 'gleaner-dataset';
  version: 1;
  title: string;
  articles: number;
  values: number;
  schema: { id: string; version: number };
  files: ManifestEntry[];
}

export interface FieldCount {
  values: number;
  /** Articles with at least one value of the field. */
  articles: number;
}

export interface DatasetResult {
  path: string;
  manifest: DatasetManifest;
  fieldCounts: Record<string, FieldCount>;
}

export interface DatasetOptions {
  /** Called after each record is written (progress, cancel by throwing). */
  onRecord?: (record: CanonicalRecord, values: number) => Promise<void> | void;
  /**
   * Replace an earlier dataset (or an empty folder) already at the path (the user confirmed it;
   * the default); a folder holding anything else is never replaced (dataset-folder.ts). With
   * false, anything at the path, even made by another export while this one was writing, is
   * never replaced: the export fails with `file-exists`.
   */
  replace?: boolean;
}

/**
 * Writes the dataset folder `outDir` (its parent must exist). `records` returns a fresh
 * iterable of the records to write; it is called once.
 */
export async function writeDataset(
  records: () => Iterable<CanonicalRecord>,
  schema: FieldSchema,
  outDir: string,
  meta: DatasetMeta,
  options: DatasetOptions = {},
): Promise<DatasetResult> {
  const target = path.resolve(outDir);
  // A dataset killed midway left its staging folder beside the target (database/stale-partials.ts).
  removeStalePartials(path.dirname(target));
  const staging = partialNameFor(target, randomBytes(4).toString('hex'));
  await fs.promises.mkdir(staging);
  try {
    const written = await writeRecordFiles(records(), schema, staging, options);
    const extra = [
      await writeSmallFile(staging, 'schema.json', `${JSON.stringify(schema, null, 2)}\n`),
      await writeSmallFile(
        staging,
        'README.md',
        datasetCard(schema, meta, written.articles, written.values, written.fieldCounts),
      ),
    ];
    const manifest: DatasetManifest = {
      format: 'gleaner-dataset',
      version: 1,
      title: meta.title,
      articles: written.articles,
      values: written.values,
      schema: { id: schema.id, version: schema.version },
      // Code-unit order, not locale order: the manifest must not depend on the machine's ICU data.
      files: [...written.files, ...extra].sort((a, b) => (a.path < b.path ? -1 : 1)),
    };
    await writeSmallFile(staging, 'manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
    if (options.replace ?? true) await replaceFolder(staging, target);
    else await moveFolderWithoutReplacing(staging, target);
    return { path: target, manifest, fieldCounts: written.fieldCounts };
  } catch (error) {
    await fs.promises.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

interface RecordFiles {
  files: ManifestEntry[];
  articles: number;
  values: number;
  fieldCounts: Record<string, FieldCount>;
}

/** data.jsonl, values.parquet and articles.parquet, in one pass over the records. */
async function writeRecordFiles(
  records: Iterable<CanonicalRecord>,
  schema: FieldSchema,
  folder: string,
  options: DatasetOptions,
): Promise<RecordFiles> {
  const outputs: AtomicOutput[] = [];
  const open = (name: string): AtomicOutput => {
    const output = openAtomicOutput(path.join(folder, name));
    outputs.push(output);
    return output;
  };
  try {
    const jsonl = open('data.jsonl');
    const valueTable = new ParquetTableWriter(open('values.parquet'), VALUE_COLUMNS);
    const articleTable = new ParquetTableWriter(
      open('articles.parquet'),
      ARTICLE_COLUMNS,
      ARTICLE_ROW_GROUP_SIZE,
    );
    const fieldCounts: Record<string, FieldCount> = {};
    for (const field of schema.fields) {
      if (!field.retired) fieldCounts[field.key] = { values: 0, articles: 0 };
    }
    let articles = 0;
    for (const record of records) {
      // The same line as the JSONL export (export-service writeJsonl), so the bytes match.
      await jsonl.write(`${JSON.stringify(record)}\n`);
      const rows = valueRowsOf(record);
      await valueTable.append(rows);
      await articleTable.append([articleRowOf(record)]);
      for (const [key, list] of Object.entries(record.fields)) {
        const count = (fieldCounts[key] ??= { values: 0, articles: 0 });
        count.values += list.length;
        if (list.length > 0) count.articles++;
      }
      articles++;
      await options.onRecord?.(record, rows.length);
    }
    await valueTable.finish();
    await articleTable.finish();
    const files: ManifestEntry[] = [];
    for (const output of outputs) {
      const committed = await output.commit();
      files.push({
        path: path.basename(committed.path),
        bytes: committed.bytes,
        sha256: committed.sha256,
      });
    }
    return { files, articles, values: valueTable.rows, fieldCounts };
  } catch (error) {
    for (const output of outputs) await output.abort();
    throw error;
  }
}

async function writeSmallFile(folder: string, name: string, text: string): Promise<ManifestEntry> {
  const bytes = Buffer.from(text, 'utf8');
  await fs.promises.writeFile(path.join(folder, name), bytes);
  return {
    path: name,
    bytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

/**
 * Moves the finished staging folder to `target` only if nothing has that name. mkdir claims the
 * name exclusively (it fails if anything is there), and renaming a folder onto the empty folder
 * it made replaces it in one step on POSIX: two exports to one new name cannot both win, and
 * neither replaces the other's folder (a check followed by a rename leaves a window for that).
 */
async function moveFolderWithoutReplacing(staging: string, target: string): Promise<void> {
  try {
    await fs.promises.mkdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw apiError('file-exists', { file: target });
    throw error;
  }
  try {
    await fs.promises.rename(staging, target);
  } catch (error) {
    // Windows renames no folder onto another: the claimed empty folder goes first, then the
    // rename (a short window, where POSIX has none).
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EEXIST' && code !== 'ENOTEMPTY') {
      await fs.promises.rmdir(target).catch(() => undefined);
      throw error;
    }
    await fs.promises.rmdir(target);
    await fs.promises.rename(staging, target);
  }
}

/**
 * Moves the finished folder to `target`. A folder cannot be renamed over a non-empty one, so an
 * existing dataset is first moved aside and removed only after the new one is in place (and put
 * back if that fails). Checked again here, not only before the export began: the folder may have
 * been filled while the dataset was written.
 */
async function replaceFolder(staging: string, target: string): Promise<void> {
  refuseForeignFolder(target);
  const existing = await fs.promises.stat(target).catch(() => null);
  if (!existing) {
    await fs.promises.rename(staging, target);
    return;
  }
  if (!existing.isDirectory()) {
    throw new Error(`${target} exists and is not a folder; choose another name for the dataset.`);
  }
  const aside = `${staging}.previous`;
  await fs.promises.rename(target, aside);
  try {
    await fs.promises.rename(staging, target);
  } catch (error) {
    await fs.promises.rename(aside, target);
    throw error;
  }
  await fs.promises.rm(aside, { recursive: true, force: true });
}

/** A Markdown table cell: pipes and line breaks would break the row. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\r?\n/g, ' ');
}

/** The README: enough to use the data without Gleaner or this source code. */
export function datasetCard(
  schema: FieldSchema,
  meta: DatasetMeta,
  articles: number,
  values: number,
  fieldCounts: Record<string, FieldCount>,
): string {
  const fields = schema.fields.filter((f) => !f.retired);
  const lines = [
    `# ${meta.title}`,
    '',
    `Exported by Gleaner (拾穗) on ${meta.exportedAt}.`,
    ...(meta.description ? ['', meta.description] : []),
    ...(meta.selection ? ['', `Selection: ${meta.selection}.`] : []),
    '',
    `- Articles: ${articles}`,
    `- Values: ${values}`,
    `- Field schema: \`${schema.id}\` version ${schema.version} (see \`schema.json\`)`,
    '',
    '## Files',
    '',
    '| File | Contents |',
    '| --- | --- |',
    '| `data.jsonl` | One JSON object per article (UTF-8, LF): document, status, title, segments, text, and every field with its values, provenance spans, origin, confidence and review state. The complete data. |',
    '| `values.parquet` | One row per value: `article_id`, `document_name`, `document_sha256`, `status`, `title`, `field`, `value_json`, `value_text`, `raw`, `state`, `origin`, `confidence` (null when curator-entered), `spans_json`, `span_start`/`span_end` (the first span; null when none). Articles without values have no row here. |',
    '| `articles.parquet` | One row per article, including those without values: ids, document, status, title, `segments_json`, `text`, `value_count`. Join with `values.parquet` on `article_id`. |',
    '| `schema.json` | The field schema: keys, labels in Chinese and English, types, cardinality. |',
    '| `manifest.json` | Size and SHA-256 of every other file. |',
    '',
    '## Fields',
    '',
    '| Key | 中文 | English | Type | Cardinality | Values | Articles with a value |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...fields.map((f) => {
      const count = fieldCounts[f.key] ?? { values: 0, articles: 0 };
      return `| \`${f.key}\` | ${cell(f.labels['zh-CN'])} | ${cell(f.labels.en)} | ${f.type} | ${f.cardinality} | ${count.values} | ${count.articles} |`;
    }),
    '',
    '## Offsets',
    '',
    'Every span is `[start, end)` in **Unicode code points** of the document’s decoded text ' +
      '(not bytes, not UTF-16 units). In Python, `document_text[start:end] == span["text"]`. ' +
      'Each span also gives `start_utf16`/`end_utf16`, the same boundaries in UTF-16 code units, ' +
      'for JavaScript, Java or C# strings; they differ from the code-point offsets after any ' +
      'character outside the Basic Multilingual Plane (e.g. 𠀀 or an emoji). Segment offsets ' +
      '(`segments`) are document offsets too; an article’s `text` is its segments joined by a ' +
      'blank line, so offsets into `text` are not span offsets. Every span’s text was checked ' +
      'against its document before export.',
    '',
    '## Review states',
    '',
    '`suggested` (found by an extractor, not yet reviewed), `accepted`, `edited` (corrected by a ' +
      'curator), `added` (entered by a curator), `rejected` (only present when rejected values ' +
      'were asked for).',
    '',
  ];
  return lines.join('\n');
}
