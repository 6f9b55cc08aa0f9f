import Database from 'better-sqlite3';
import { installFieldGridIndexes } from './field-grid-indexes';
import { migrate, schemaVersionOf } from './migrate';
import { migrations } from './migrations';

/**
 * A project file is a SQLite file anyone can change with the sqlite3 shell, and one made by
 * someone else (a project shared with you, a work package, a backup copied into the backups
 * folder) may hold triggers and views Gleaner never wrote. A trigger runs inside every write
 * Gleaner makes: one added by another program could rewrite each value a curator accepts after
 * Gleaner wrote it (found by the fifth attack sweep: `gleaner accept` then stored "EVIL" for
 * every hospital, and `gleaner check` said "No problems found"). So a file's triggers, views and
 * Gleaner's own tables must be exactly those its migrations make at the file's schema version:
 * anything added, changed or removed is refused before the first write (even the migration of
 * an older file would run a foreign trigger). Extra tables are left alone: they hold data and
 * run nothing Gleaner writes.
 *
 * An index on one of Gleaner's tables runs inside Gleaner's writes as a trigger does: its
 * expressions and its WHERE are evaluated for each row written, and a UNIQUE one refuses rows.
 * The ninth sweep added `CREATE INDEX zz ON field_values(json(raw)) WHERE state = 'accepted'`:
 * from then on every accept failed with SQLite's bare "malformed JSON", and `gleaner check` said
 * "No problems found". So Gleaner's own indexes must be as its migrations make them, and
 * another index on its tables is allowed only if it is the field grid's or a plain one (named
 * columns, not UNIQUE, no WHERE), which can only make reads faster.
 */

type ObjectType = 'table' | 'view' | 'trigger' | 'index';

interface SchemaObject {
  type: ObjectType;
  name: string;
  table: string;
  sql: string;
}

export interface StructureDifference {
  /** added: Gleaner makes no such trigger or view; changed: its definition differs; removed: gone. */
  change: 'added' | 'changed' | 'removed';
  type: ObjectType;
  name: string;
  /** The table a trigger is on (a table's or view's own name otherwise). */
  table: string;
}

/** What each schema version's migrations make, built once per process and version (~15 ms). */
const madeByVersion = new Map<number, Map<string, SchemaObject>>();

/**
 * Definitions compared without their double quotes and runs of white space: SQLite rewrites a
 * definition when a table it names is renamed (`"value_spans"`), and a later SQLite may quote
 * or space it differently; neither changes what it does.
 */
function normalised(sql: string): string {
  return sql.replaceAll('"', '').replace(/\s+/g, ' ').trim();
}

/** Triggers live in a namespace of their own; tables and views share one. */
function keyOf(object: { type: string; name: string }): string {
  return `${object.type === 'trigger' ? 'trigger' : 'relation'}:${object.name.toLowerCase()}`;
}

function objectsOf(db: Database.Database): Map<string, SchemaObject> {
  const rows = db
    .prepare(
      `SELECT type, name, tbl_name AS "table", sql FROM main.sqlite_schema
        WHERE type IN ('table', 'view', 'trigger', 'index') AND sql IS NOT NULL
          AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
    )
    .all() as { type: ObjectType; name: string; table: string; sql: string | null }[];
  return new Map(rows.map((row) => [keyOf(row), { ...row, sql: normalised(row.sql ?? '') }]));
}

function madeAt(version: number, nativeBinding: string | undefined): Map<string, SchemaObject> {
  let made = madeByVersion.get(version);
  if (!made) {
    const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      db.pragma('foreign_keys = ON');
      migrate(db, ':memory:', migrations.slice(0, version));
      made = objectsOf(db);
    } finally {
      db.close();
    }
    madeByVersion.set(version, made);
  }
  return made;
}

/** The field grid's indexes' definitions (installed by its benchmark and tests, not a migration). */
let gridIndexes: Set<string> | undefined;

function fieldGridIndexes(nativeBinding: string | undefined): Set<string> {
  if (!gridIndexes) {
    const db = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
    try {
      migrate(db, ':memory:', migrations);
      const before = new Set(objectsOf(db).keys());
      installFieldGridIndexes(db);
      gridIndexes = new Set(
        [...objectsOf(db)].filter(([key]) => !before.has(key)).map(([, index]) => index.sql),
      );
    } finally {
      db.close();
    }
  }
  return gridIndexes;
}

/** `CREATE INDEX name ON table(column, column DESC)`: no UNIQUE, no expression, no WHERE. */
const PLAIN_INDEX =
  /^CREATE INDEX (?:IF NOT EXISTS )?[\w$]+ ON [\w$]+ ?\((?:[\w$]+(?: ASC| DESC)?(?:, ?|\)$))+$/i;

/** Whether an index Gleaner's migrations do not make is one that runs nothing of its own. */
function isHarmlessIndex(
  object: SchemaObject,
  made: Map<string, SchemaObject>,
  nativeBinding: string | undefined,
): boolean {
  const onGleanerTable = made.get(keyOf({ type: 'table', name: object.table }))?.type === 'table';
  return (
    !onGleanerTable ||
    PLAIN_INDEX.test(object.sql) ||
    fieldGridIndexes(nativeBinding).has(object.sql)
  );
}

/**
 * How the file's structure differs from what Gleaner's migrations make at its schema version.
 * Only reads `sqlite_schema`; a file from a newer Gleaner must be refused before this is asked.
 */
export function structureDifferences(
  db: Database.Database,
  options: { nativeBinding?: string | undefined } = {},
): StructureDifference[] {
  const version = schemaVersionOf(db);
  if (version > migrations.length) return [];
  const made = madeAt(version, options.nativeBinding);
  const found = objectsOf(db);
  const differences: StructureDifference[] = [];
  for (const [key, object] of found) {
    const ours = made.get(key);
    if (!ours) {
      const runsCode =
        object.type === 'index'
          ? !isHarmlessIndex(object, made, options.nativeBinding)
          : object.type !== 'table';
      if (runsCode) differences.push({ change: 'added', ...describe(object) });
    } else if (
      ours.type !== object.type ||
      ours.table !== object.table ||
      (ours.sql !== object.sql &&
        (object.type !== 'index' || !isHarmlessIndex(object, made, options.nativeBinding)))
    ) {
      differences.push({ change: 'changed', ...describe(object) });
    }
  }
  for (const [key, ours] of made) {
    // An index of Gleaner's dropped only makes reads slower: nothing runs, nothing is refused.
    if (!found.has(key) && ours.type !== 'index')
      differences.push({ change: 'removed', ...describe(ours) });
  }
  return differences;
}

function describe(object: SchemaObject): Omit<StructureDifference, 'change'> {
  return { type: object.type, name: object.name, table: object.table };
}

const SIGN: Record<StructureDifference['change'], string> = {
  added: '+',
  changed: '~',
  removed: '−',
};

/**
 * One difference in words that need no translation (`+trigger zz on field_values`); the
 * messages that carry it say what + ~ − mean in the reader's language.
 */
export function differenceText(difference: StructureDifference): string {
  const on =
    (difference.type === 'trigger' || difference.type === 'index') && difference.table
      ? ` on ${difference.table}`
      : '';
  return `${SIGN[difference.change]}${difference.type} ${difference.name}${on}`;
}

/** At most this many differences are named in a refusal; `gleaner check` lists all of them. */
const NAMED_IN_REFUSAL = 5;

/** The differences as one parameter of a message: the first few, then how many more. */
export function differencesList(differences: readonly StructureDifference[]): string {
  const named = differences.slice(0, NAMED_IN_REFUSAL).map(differenceText).join(', ');
  const more = differences.length - NAMED_IN_REFUSAL;
  return more > 0 ? `${named} … (+${more})` : named;
}
