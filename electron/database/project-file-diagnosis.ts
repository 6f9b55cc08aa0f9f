import fs from 'node:fs';
import Database from 'better-sqlite3';

/** The first 16 bytes of every SQLite database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/**
 * A copy in memory is the last resort for a file SQLite cannot open read-only in place (a
 * WAL-mode file in a folder where its -shm cannot be created); beyond this size, say so instead.
 */
const MAX_IN_MEMORY_COPY_BYTES = 1024 * 1024 * 1024;

export interface HeaderDiagnosis {
  /** What is wrong with the file's first page, in words. */
  problems: string[];
  /** True when SQLite cannot read the file at all, so nothing more can be checked. */
  unreadable: boolean;
}

/**
 * Reads the 100-byte SQLite header (https://www.sqlite.org/fileformat.html#the_database_header)
 * to say what is wrong with a file before SQLite answers only "file is not a database": empty,
 * not SQLite at all, a damaged header, or shorter than the header says it is (truncated).
 */
export function diagnoseHeader(filePath: string): HeaderDiagnosis {
  const size = fs.statSync(filePath).size;
  if (size === 0) return { problems: ['the file is empty (0 bytes)'], unreadable: true };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(filePath, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  const compared = Math.min(read, SQLITE_MAGIC.length);
  if (!header.subarray(0, compared).equals(SQLITE_MAGIC.subarray(0, compared))) {
    return {
      problems: [
        `not a SQLite file: it starts with ${describeBytes(header.subarray(0, Math.min(read, 16)))} instead of "SQLite format 3"`,
      ],
      unreadable: true,
    };
  }
  if (read < HEADER_BYTES) {
    return {
      problems: [
        `truncated: the file has ${size} bytes, fewer than the ${HEADER_BYTES}-byte SQLite header`,
      ],
      unreadable: true,
    };
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) {
    return {
      problems: [`the SQLite header is damaged: its page size ${rawPageSize} is not a valid one`],
      unreadable: true,
    };
  }
  const problems: string[] = [];
  // The page count in the header is only meaningful while the change counter and the
  // "version-valid-for" number agree (older SQLite versions did not maintain it).
  const pages = header.readUInt32BE(28);
  const sizeIsValid = pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92);
  if (sizeIsValid && pages * pageSize > size) {
    problems.push(
      `truncated: the header says ${pages} pages of ${pageSize} bytes (${pages * pageSize} bytes) but the file has ${size} bytes`,
    );
  } else if (size % pageSize !== 0) {
    problems.push(
      `the file has ${size} bytes, not a whole number of ${pageSize}-byte pages: it was cut short or had bytes added`,
    );
  }
  return { problems, unreadable: false };
}

function describeBytes(bytes: Buffer): string {
  const printable = /^[\x20-\x7e]*$/.test(bytes.toString('latin1'));
  return printable
    ? `"${bytes.toString('latin1')}"`
    : `the bytes ${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ')}`;
}

export interface ReadOnlyProject {
  db: Database.Database;
  /** Set when the file could not be opened in place and a copy in memory is checked instead. */
  note?: string;
}

/**
 * Opens a project file read-only: checking a file must never change it, and must work on a file
 * or folder the user cannot write to. A WAL-mode file needs its -shm beside it; when SQLite can
 * neither find nor create it (a read-only folder) and no -wal holds unmerged changes, the file's
 * bytes are read into memory and checked there (with the header's journal mode set to rollback,
 * which is all an in-memory database accepts).
 */
export function openProjectReadOnly(
  filePath: string,
  options: { nativeBinding?: string | undefined } = {},
): ReadOnlyProject {
  const native = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const db = new Database(filePath, { readonly: true, fileMustExist: true, ...native });
  try {
    db.pragma('user_version'); // the first read is where SQLite opens the -shm
    return { db };
  } catch (error) {
    db.close();
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_READONLY_ROLLBACK') {
      // A first import writes through a rollback journal (bulk-load.ts); killed mid-step, it
      // leaves the step's journal, which only a writable open rolls back.
      throw new Error(
        `${filePath} holds an unfinished step of a stopped import (${filePath}-journal): open the project in Gleaner or import into it again, which undoes that step, then check it`,
        { cause: error },
      );
    }
    if (code !== 'SQLITE_CANTOPEN' || fs.existsSync(`${filePath}-wal`)) throw error;
    const size = fs.statSync(filePath).size;
    if (size > MAX_IN_MEMORY_COPY_BYTES) {
      throw new Error(
        `SQLite cannot open ${filePath} read-only in place (it needs to create ${filePath}-shm, and the folder is read-only), and at ${size} bytes it is too large to check from memory; copy it to a folder you can write to`,
        { cause: error },
      );
    }
    const bytes = fs.readFileSync(filePath);
    if (bytes.length >= 20) bytes.fill(1, 18, 20);
    return {
      db: new Database(bytes, { readonly: true, ...native }),
      note: `the folder of ${filePath} is read-only, so a copy of the file in memory was checked`,
    };
  }
}

/**
 * The first problems SQLite's integrity_check lists (it stops after `limit`), in words a user can
 * act on. integrity_check itself gives up with an error on some damage (a damaged record under an
 * expression index, an FTS5 table whose pages are garbage); then each ordinary table is checked
 * on its own, so the answer still names the tables that are damaged.
 */
export function integrityProblems(db: Database.Database, limit = 10): string[] {
  const count = Math.max(1, Math.floor(limit));
  try {
    return findings(db.pragma(`integrity_check(${count})`))
      .slice(0, count)
      .map((finding) => nameTree(db, finding));
  } catch (error) {
    const stopped = `database disk image is malformed: integrity_check stopped (SQLite: ${(error as Error).message}); the damaged tables follow`;
    let tables: string[];
    try {
      tables = db
        .prepare(
          "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage",
        )
        .pluck()
        .all() as string[];
    } catch {
      return [`${stopped}, and the list of tables (sqlite_schema) cannot be read`];
    }
    const problems = [stopped];
    for (const table of tables) {
      if (problems.length > count) break;
      try {
        const quoted = `"${table.replaceAll('"', '""')}"`;
        for (const finding of findings(db.pragma(`integrity_check(${quoted})`)))
          problems.push(`table ${table}: ${finding}`);
      } catch (tableError) {
        problems.push(`table ${table}: ${(tableError as Error).message}`);
      }
    }
    return problems.slice(0, count + 1);
  }
}

/** "Tree 5 page 9: …" becomes "Tree 5 (table audit) page 9: …" when the schema can be read. */
function nameTree(db: Database.Database, finding: string): string {
  const tree = /^Tree (\d+) /.exec(finding);
  if (!tree) return finding;
  try {
    const owner = db
      .prepare('SELECT type, name FROM sqlite_schema WHERE rootpage = ?')
      .get(Number(tree[1])) as { type: string; name: string } | undefined;
    return owner ? finding.replace(tree[0], `${tree[0]}(${owner.type} ${owner.name}) `) : finding;
  } catch {
    return finding;
  }
}

/** integrity_check's rows, one finding a line, without its "*** in database main ***" headings. */
function findings(rows: unknown): string[] {
  return (rows as { integrity_check: string }[])
    .flatMap((r) => r.integrity_check.split('\n'))
    .filter((line) => line !== 'ok' && !/^\*\*\* in database \w+ \*\*\*$/.test(line));
}

/** SQLite's own words for a damaged file, with what they mean. */
export function explainSqliteError(error: Error): string {
  const message = error.message;
  if (/file is not a database/i.test(message))
    return `not a SQLite database, or its first page is damaged (SQLite: ${message})`;
  if (/malformed/i.test(message))
    return `database disk image is malformed: SQLite could not read it far enough to list the damage (SQLite: ${message})`;
  return `SQLite: ${message}`;
}
