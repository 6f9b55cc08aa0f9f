import { filePrefix, RowsError } from './rows-error';

/**
 * RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes ("") and line
 * breaks; records end with CRLF, LF or a lone CR (Excel's "CSV (Macintosh)"). Lenient where no data can be lost (a quote inside an
 * unquoted field is kept as text), strict where it could (an unclosed quote is an error).
 * Line breaks inside quoted fields are kept exactly as written.
 */
export function parseCsv(text: string, fileName?: string): string[][] {
  return parseCsvRecords(text, fileName).map((record) => record.cells);
}

/** A CSV record with the line of the file it starts on (1-based), for messages about it. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** parseCsv, keeping the line each record starts on. */
export function parseCsvRecords(text: string, fileName?: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let record: string[] = [];
  let recordLine = 1;
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    // A blank line is not a record of one empty field, nor is ",,,," (what spreadsheets write for
    // formatted but empty rows): dropping them loses nothing, keeping them fails the whole file.
    if (record.some((value) => value !== '')) records.push({ cells: record, line: recordLine });
    record = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r') {
      endRecord();
      recordLine = ++line;
      if (text[i + 1] === '\n') i++;
    } else if (ch === '\n') {
      endRecord();
      recordLine = ++line;
    } else {
      field += ch;
    }
    i++;
  }
  if (quoted) {
    throw new RowsError(
      `${filePrefix(fileName)}the quoted field opened on line ${quoteLine} is never closed`,
      {
        fileName,
        line: quoteLine,
      },
    );
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}
