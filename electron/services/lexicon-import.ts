import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';
import { ApiError } from '../../shared/contract/errors';
import { isLearnableField, learnedKey } from '../../shared/extraction/learned';
import { WORD_LIST_TEXT_MAX, WORD_LIST_VALUE_MAX } from '../../shared/schema';
import { auditedWrite } from '../database/audited-write';
import type { ProjectDatabase } from '../database/open-project';
import { parseCsv } from '../import/csv';
import { decodeBytes } from '../import/decode';
import { readRegularFile } from '../import/regular-file';
import { readXlsxRows, XlsxError } from '../import/xlsx-rows';
import { parseFieldText } from './field-text-parser';
import { saveWordList } from './field-word-list';
import { fieldOf } from './value-write';

/** A row of a lexicon file that was not taken, and why. */
export interface SkippedLexiconRow {
  row: number;
  reason: string;
}

/** Far larger than any word list; a bigger file is refused rather than read into memory. */
const maxWordListBytes = 64 * 1024 * 1024;

/** Header cells that name the columns rather than hold an entry. */
const HEADERS = new Set(['text', 'alias', 'value', '文字', '别名', '名称', '值', '标准名称']);

/**
 * Reads a field's word list into the lexicon: a CSV or text file (any encoding the import
 * reads) whose rows are `text` or `text,value`, or `text = value` in one cell (`协和医院 =
 * 北京协和医院`: the first is found in articles, the second suggested), or an Excel workbook's
 * first sheet of the same rows. The rows join the field's word list in the schema (a text
 * already there takes the file's value), saved as the schema's next version: suggested whatever
 * the rejections; a value the field's type cannot parse skips its row, named. One audited
 * transaction: all the file's good rows or none.
 */
export function importLexicon(
  db: ProjectDatabase,
  input: { fieldKey: string; path: string },
  actor: string,
): { imported: number; skipped: SkippedLexiconRow[] } {
  const field = fieldOf(db, input.fieldKey);
  const name = path.basename(input.path);
  if (!isLearnableField(field)) {
    throw apiError('lexicon-field-not-learnable', {
      fieldEn: field.labels.en,
      fieldZh: field.labels['zh-CN'],
      fieldKey: field.key,
      type: field.type,
    });
  }
  if (!/\.(csv|txt|tsv|xlsx)$/iu.test(name)) {
    throw apiError('lexicon-file-kind', { name });
  }
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(input.path, maxWordListBytes);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw apiError('lexicon-file-unreadable', {
      file: input.path,
      reason: (error as Error).message,
    });
  }
  const rows = rowsOfFile(bytes, name);

  return auditedWrite(db, actor, (write) => {
    // Read in the transaction: the word list this import adds to is the one it replaces.
    const current = fieldOf(db, field.key);
    const words = new Map((current.lexicon ?? []).map((w) => [w.text, w]));
    const skipped: SkippedLexiconRow[] = [];
    let imported = 0;
    rows.forEach(({ row, cells }, index) => {
      const [first = '', second = ''] = cells.map((c) => c.trim());
      const [text = '', valueText = ''] =
        second === '' && first.includes('=')
          ? first.split('=', 2).map((c) => c.trim())
          : [first, second];
      if (!text || (index === 0 && HEADERS.has(text.toLowerCase()))) return;
      const key = learnedKey(text);
      if (key === '') return;
      // A row longer than a word list holds (a file without line breaks is one "row") is named
      // and skipped: stored, it made a schema its own reader refused, and nothing opened again.
      const tooLong = tooLongReason(key, valueText);
      if (tooLong) {
        skipped.push({ row, reason: tooLong });
        return;
      }
      try {
        const value = valueText ? parseFieldText(field, valueText) : null;
        const same = value === null || (typeof value === 'string' && learnedKey(value) === key);
        words.set(key, same ? { text: key } : { text: key, value: valueText });
        imported++;
      } catch (error) {
        skipped.push({ row, reason: (error as Error).message });
      }
    });
    const saved = saveWordList(db, write, current, [...words.values()]);
    write.audit({
      entity: 'project',
      entityId: null,
      action: 'learned-lexicon-import',
      after: {
        field: field.key,
        file: name,
        imported,
        skipped: skipped.length,
        schemaVersion: saved.version,
      },
    });
    return { imported, skipped };
  });
}

function tooLongReason(text: string, valueText: string): string | null {
  if ([...text].length > WORD_LIST_TEXT_MAX)
    return `the text is ${[...text].length} characters long; a word list holds texts of up to ${WORD_LIST_TEXT_MAX}`;
  if ([...valueText].length > WORD_LIST_VALUE_MAX)
    return `the value is ${[...valueText].length} characters long; a word list holds values of up to ${WORD_LIST_VALUE_MAX}`;
  return null;
}

/** The file's rows with their numbers as the user's editor shows them (a sheet's own numbers). */
function rowsOfFile(bytes: Uint8Array, name: string): { row: number; cells: string[] }[] {
  if (/\.xlsx$/iu.test(name)) {
    try {
      return readXlsxRows(bytes, name).rows;
    } catch (error) {
      if (error instanceof XlsxError) throw workbookError(error, name);
      throw error;
    }
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) throw apiError('lexicon-file-undecodable', { name, reason: decoded.message });
  const rows = /\.tsv$/iu.test(name)
    ? decoded.text.split(/\r?\n/u).map((line) => line.split('\t'))
    : parseCsv(decoded.text, name);
  return rows.map((cells, index) => ({ row: index + 1, cells }));
}

/** The workbook's problem as an error in the user's language, naming the file, sheet and cell. */
function workbookError(error: XlsxError, file: string): Error {
  const { sheet = '', cell = '', row = 0, limit = 0 } = error.where;
  switch (error.kind) {
    case 'not-workbook':
      return apiError('lexicon-workbook-not-workbook', { file });
    case 'no-sheet':
      return apiError('lexicon-workbook-no-sheet', { file });
    case 'empty':
      return apiError('lexicon-workbook-empty', { file, sheet });
    case 'formula':
      return apiError('lexicon-workbook-formula', { file, sheet, cell });
    case 'error-cell':
      return apiError('lexicon-workbook-error-cell', { file, sheet, cell });
    case 'too-big':
      return apiError('lexicon-workbook-too-big', { file, message: error.message });
    case 'too-many-rows':
      return apiError('lexicon-workbook-too-many-rows', { file, sheet, row, limit });
    case 'damaged':
      return apiError('lexicon-workbook-invalid', { message: error.message });
  }
}
