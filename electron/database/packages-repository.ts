import Database from 'better-sqlite3';
import { chainHash, GENESIS_HASH, wellFormed } from './audit-chain';
import { auditRowValues, type AuditRow } from './audit-row';
import { articleFilterSql } from './article-filter';
import type { ArticleFilter } from '../../shared/contract/articles';
import type { ProjectDatabase } from './open-project';
import { statement } from './statement-cache';

/**
 * All SQL of work packages (issue 20). A package file is attached to the project's connection
 * as `pkg`, so rows are copied and compared set-based, table to table, without a round trip
 * through JavaScript per row. Copies name every column both files share (PRAGMA table_info), so
 * a column a later migration adds travels without a change here.
 */

export const PACKAGE_SCHEMA = 'pkg';
type Side = 'main' | typeof PACKAGE_SCHEMA;

export function attachPackage(db: ProjectDatabase, file: string): void {
  db.prepare(`ATTACH DATABASE ? AS ${PACKAGE_SCHEMA}`).run(file);
}

/** Leaves the attached package as one file (rollback journal, no -wal beside it) to hand over. */
export function makeSelfContained(db: ProjectDatabase): void {
  db.pragma(`${PACKAGE_SCHEMA}.journal_mode = DELETE`);
}

export function detachPackage(db: ProjectDatabase): void {
  db.exec(`DETACH DATABASE ${PACKAGE_SCHEMA}`);
}

const columnCache = new WeakMap<ProjectDatabase, Map<string, string[]>>();

/** The columns of `table` both files have (cached per connection: the schema of each is fixed). */
function sharedColumns(
  db: ProjectDatabase,
  table: string,
  except: readonly string[] = [],
): string[] {
  let cache = columnCache.get(db);
  if (!cache) columnCache.set(db, (cache = new Map()));
  let both = cache.get(table);
  if (!both) {
    const names = (side: Side) =>
      (db.prepare(`PRAGMA ${side}.table_info(${table})`).all() as { name: string }[]).map(
        (c) => c.name,
      );
    const theirs = new Set(names(PACKAGE_SCHEMA));
    both = names('main').filter((name) => theirs.has(name));
    cache.set(table, both);
  }
  return both.filter((name) => !except.includes(name));
}

// --- Meta -------------------------------------------------------------------------------

export function readMeta(db: ProjectDatabase, side: Side, key: string): string | undefined {
  const row = db.prepare(`SELECT value FROM ${side}.meta WHERE key = ?`).get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function writeMeta(db: ProjectDatabase, side: Side, key: string, value: string): void {
  db.prepare(
    `INSERT INTO ${side}.meta (key, value) VALUES (?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}

// --- Selection --------------------------------------------------------------------------

/** The ids of the articles a filter selects (the article list's and exports' translation). */
export function articleIdsMatching(db: ProjectDatabase, filter: ArticleFilter): number[] {
  const sql = articleFilterSql(filter);
  return (
    db.prepare(`SELECT a.id FROM articles a ${sql.where} ORDER BY a.id`).all(sql.params) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

export function existingArticleIds(db: ProjectDatabase, ids: readonly number[]): number[] {
  fillIdTable(db, 'package_pick', ids);
  return (
    db
      .prepare('SELECT a.id FROM articles a JOIN temp.package_pick p ON p.id = a.id ORDER BY a.id')
      .all() as { id: number }[]
  ).map((r) => r.id);
}

/** Fills a temporary table of ids, the set later statements join on. */
export function fillIdTable(db: ProjectDatabase, name: string, ids: Iterable<number>): void {
  db.exec(
    `CREATE TEMP TABLE IF NOT EXISTS ${name} (id INTEGER PRIMARY KEY); DELETE FROM temp.${name};`,
  );
  const insert = db.prepare(`INSERT OR IGNORE INTO temp.${name} (id) VALUES (?)`);
  for (const id of ids) insert.run(id);
}

/**
 * Fills temp.package_documents with the documents of the chosen articles (temp.package_pick):
 * segmentation belongs to a whole page, so a package carries every article of each page.
 */
export function fillCarriedDocuments(db: ProjectDatabase): number[] {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS package_documents (id INTEGER PRIMARY KEY);
    DELETE FROM temp.package_documents;
    INSERT INTO temp.package_documents (id)
      SELECT DISTINCT a.document_id FROM articles a JOIN temp.package_pick p ON p.id = a.id;`);
  return (
    db.prepare('SELECT id FROM temp.package_documents ORDER BY id').all() as { id: number }[]
  ).map((r) => r.id);
}

// --- Copying a selection into the package ----------------------------------------------

const carriedWhere: Record<string, string> = {
  documents: 'id IN (SELECT id FROM temp.package_documents)',
  document_marks: 'document_id IN (SELECT id FROM temp.package_documents)',
  articles: 'document_id IN (SELECT id FROM temp.package_documents)',
  article_ranges: `article_id IN (SELECT id FROM main.articles
                     WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  field_values: `article_id IN (SELECT id FROM main.articles
                   WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  value_spans: `value_id IN (SELECT v.id FROM main.field_values v JOIN main.articles a ON a.id = v.article_id
                  WHERE a.document_id IN (SELECT id FROM temp.package_documents))`,
  comments: `article_id IN (SELECT id FROM main.articles
               WHERE document_id IN (SELECT id FROM temp.package_documents))`,
  segmentation_corrections:
    'document_sha256 IN (SELECT sha256 FROM main.documents WHERE id IN (SELECT id FROM temp.package_documents))',
  field_schemas: '1',
};

/** Copies the carried rows (ids kept) and every field schema into the attached package. */
export function copyCarriedRows(db: ProjectDatabase): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [table, where] of Object.entries(carriedWhere)) {
    const columns = sharedColumns(db, table).join(', ');
    counts[table] = db
      .prepare(
        `INSERT INTO ${PACKAGE_SCHEMA}.${table} (${columns}) SELECT ${columns} FROM main.${table} WHERE ${where}`,
      )
      .run().changes;
  }
  return counts;
}

/** Copies the profiles of these names (ids kept: articles' assignees point at them). */
export function copyProfiles(
  db: ProjectDatabase,
  names: Iterable<string>,
  ids: Iterable<number>,
): void {
  fillIdTable(db, 'package_profiles', ids);
  const byName = db.prepare(
    'INSERT OR IGNORE INTO temp.package_profiles (id) SELECT id FROM main.profiles WHERE name = ?',
  );
  for (const name of names) byName.run(name);
  const columns = sharedColumns(db, 'profiles').join(', ');
  db.prepare(
    `INSERT INTO ${PACKAGE_SCHEMA}.profiles (${columns}) SELECT ${columns} FROM main.profiles
     WHERE id IN (SELECT id FROM temp.package_profiles)`,
  ).run();
}

/** Names of everyone who assigned, commented or appears as an actor on the carried history. */
export function carriedPeople(db: ProjectDatabase): { names: string[]; ids: number[] } {
  const ids = (
    db
      .prepare(
        `SELECT DISTINCT assignee_id AS id FROM ${PACKAGE_SCHEMA}.articles WHERE assignee_id IS NOT NULL`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  const names = (
    db
      .prepare(
        `SELECT author AS name FROM ${PACKAGE_SCHEMA}.comments
         UNION SELECT actor FROM ${PACKAGE_SCHEMA}.audit`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
  return { names, ids };
}

// --- Audit ------------------------------------------------------------------------------

/** An audit row as stored, before it has an id in the log it is appended to. */
export type RecordedAuditRow = Omit<AuditRow, 'id'>;

/**
 * The main project's audit rows about the carried rows, oldest first: each article's, value's,
 * comment's and document's own rows, and the rows of values that name a carried article in
 * their JSON (removed values among them). Read through the indexes of migrations 1 and 7.
 */
export function carriedHistory(db: ProjectDatabase): RecordedAuditRow[] {
  const inDocuments = 'SELECT id FROM temp.package_documents';
  const articles = `SELECT id FROM main.articles WHERE document_id IN (${inDocuments})`;
  const values = `SELECT v.id FROM main.field_values v WHERE v.article_id IN (${articles})`;
  const comments = `SELECT c.id FROM main.comments c WHERE c.article_id IN (${articles})`;
  return db
    .prepare(
      `SELECT at, actor, entity, entity_id AS entityId, action, before, after FROM main.audit
       WHERE id IN (
         SELECT id FROM main.audit WHERE entity = 'document' AND entity_id IN (${inDocuments})
         UNION SELECT id FROM main.audit WHERE entity = 'article' AND entity_id IN (${articles})
         UNION SELECT id FROM main.audit WHERE entity = 'value' AND entity_id IN (${values})
         UNION SELECT id FROM main.audit WHERE entity = 'comment' AND entity_id IN (${comments})
         UNION SELECT id FROM main.audit WHERE json_extract(after, '$.article') IN (${articles})
         UNION SELECT id FROM main.audit WHERE json_extract(before, '$.article') IN (${articles}))
       ORDER BY id`,
    )
    .all() as RecordedAuditRow[];
}

/** The package's rows after `afterId`: what was done in it since it was stamped. */
export function packageAuditSince(
  db: ProjectDatabase,
  afterId: number,
): (RecordedAuditRow & { id: number })[] {
  return db
    .prepare(
      `SELECT id, at, actor, entity, entity_id AS entityId, action, before, after
       FROM ${PACKAGE_SCHEMA}.audit WHERE id > ? ORDER BY id`,
    )
    .all(afterId) as (RecordedAuditRow & { id: number })[];
}

export function lastAuditId(db: ProjectDatabase, side: Side): number {
  const row = db.prepare(`SELECT max(id) AS id FROM ${side}.audit`).get() as { id: number | null };
  return row.id ?? 0;
}

/**
 * Appends rows that already happened (another file's, or history carried into a package) with
 * their own time and JSON text, chained exactly as appendAuditRows chains new ones (one hash
 * onto the last). The caller runs it inside its transaction.
 */
export function appendRecordedAuditRows(
  db: ProjectDatabase,
  side: Side,
  rows: Iterable<RecordedAuditRow>,
): number {
  if (!db.inTransaction) throw new Error('appendRecordedAuditRows runs inside a transaction');
  const last = db.prepare(`SELECT id, hash FROM ${side}.audit ORDER BY id DESC LIMIT 1`).get() as
    { id: number; hash: Buffer } | undefined;
  const insert = db.prepare(
    `INSERT INTO ${side}.audit (id, at, actor, entity, entity_id, action, before, after, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let id = last?.id ?? 0;
  let previous = last?.hash ?? GENESIS_HASH;
  for (const recorded of rows) {
    const row: AuditRow = {
      id: ++id,
      at: wellFormed(recorded.at),
      actor: wellFormed(recorded.actor),
      entity: wellFormed(recorded.entity),
      entityId: recorded.entityId,
      action: wellFormed(recorded.action),
      before: recorded.before === null ? null : wellFormed(recorded.before),
      after: recorded.after === null ? null : wellFormed(recorded.after),
    };
    previous = chainHash(previous, row);
    insert.run(...auditRowValues(row), previous);
  }
  return id - (last?.id ?? 0);
}

/** Who last wrote a row and when, from the log of one side (for a conflict's two columns). */
export function lastAuthor(
  db: ProjectDatabase,
  side: Side,
  entity: string,
  entityId: number,
): { actor: string; at: string } | null {
  const row = db
    .prepare(
      `SELECT actor, at FROM ${side}.audit WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1`,
    )
    .get(entity, entityId) as { actor: string; at: string } | undefined;
  return row ?? null;
}

// --- Reading both sides for a merge ------------------------------------------------------

export interface ArticleRow {
  id: number;
  documentId: number;
  ordinal: number;
  status: string;
  assigneeId: number | null;
  assigneeName: string | null;
  revision: number;
  title: string | null;
  updatedAt: string;
}

export interface RangeRow {
  articleId: number;
  start: number;
  end: number;
}

export interface ValueRow {
  id: number;
  articleId: number;
  fieldKey: string;
  ordinal: number;
  value: string;
  raw: string;
  origin: string;
  state: string;
  revision: number;
  updatedAt: string;
}

export interface SpanRow {
  valueId: number;
  start: number;
  end: number;
  text: string;
}

export interface CommentRow {
  id: number;
  articleId: number;
  valueId: number | null;
  author: string;
  kind: string;
  body: string;
  at: string;
}

export interface DocumentRow {
  id: number;
  name: string;
  sha256: string;
}

const ofDocuments = (side: Side) =>
  `SELECT id FROM ${side}.articles WHERE document_id IN (SELECT id FROM temp.package_documents)`;

/**
 * One side's rows of the carried documents (temp.package_documents). Values and their spans are
 * the big tables: `values: 'candidates'` reads only those in temp.package_values (what a merge
 * has to look at), `spans: false` none of the spans (a stamp needs only revisions).
 */
export function readSide(
  db: ProjectDatabase,
  side: Side,
  options: { values: 'all' | 'candidates'; spans: boolean },
) {
  const documents = db
    .prepare(
      `SELECT id, name, sha256 FROM ${side}.documents WHERE id IN (SELECT id FROM temp.package_documents)`,
    )
    .all() as DocumentRow[];
  const articles = db
    .prepare(
      `SELECT a.id, a.document_id AS documentId, a.ordinal, a.status, a.assignee_id AS assigneeId,
              p.name AS assigneeName, a.revision, a.title, a.updated_at AS updatedAt
       FROM ${side}.articles a LEFT JOIN ${side}.profiles p ON p.id = a.assignee_id
       WHERE a.document_id IN (SELECT id FROM temp.package_documents) ORDER BY a.document_id, a.ordinal`,
    )
    .all() as ArticleRow[];
  const ranges = db
    .prepare(
      `SELECT article_id AS articleId, start, end FROM ${side}.article_ranges
       WHERE article_id IN (${ofDocuments(side)}) ORDER BY article_id, start`,
    )
    .all() as RangeRow[];
  const chosen =
    options.values === 'all'
      ? `article_id IN (${ofDocuments(side)})`
      : 'id IN (SELECT id FROM temp.package_values)';
  const values = db
    .prepare(
      `SELECT id, article_id AS articleId, field_key AS fieldKey, ordinal, value, raw, origin, state,
              revision, updated_at AS updatedAt
       FROM ${side}.field_values WHERE ${chosen} ORDER BY id`,
    )
    .all() as ValueRow[];
  const spans = options.spans
    ? (db
        .prepare(
          `SELECT value_id AS valueId, start, end, text FROM ${side}.value_spans
           WHERE value_id IN (SELECT id FROM ${side}.field_values WHERE ${chosen})
           ORDER BY value_id, start, end`,
        )
        .all() as SpanRow[])
    : [];
  const comments = db
    .prepare(
      `SELECT id, article_id AS articleId, value_id AS valueId, author, kind, body, at
       FROM ${side}.comments WHERE article_id IN (${ofDocuments(side)}) ORDER BY id`,
    )
    .all() as CommentRow[];
  return { documents, articles, ranges, values, spans, comments };
}

/**
 * Fills temp.package_values with the values a merge must look at: the package's values whose
 * revision differs from the stamp's (read from the stamp's JSON in the package's meta) or
 * that the stamp lacks (added in the package), the stamped ones the package no longer has, and
 * every value of `pages` (pages the package resegmented, where spans move without a revision).
 * The comparison runs in SQLite: a package of 10,000 articles stamps some 300,000 values, and
 * only the few a curator touched come into JavaScript.
 */
export function fillCandidateValues(db: ProjectDatabase, pages: readonly number[]): void {
  fillIdTable(db, 'package_changed_pages', pages);
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS package_stamp_values
             (id INTEGER PRIMARY KEY, revision INTEGER NOT NULL);
           DELETE FROM temp.package_stamp_values;
           CREATE TEMP TABLE IF NOT EXISTS package_values (id INTEGER PRIMARY KEY);
           DELETE FROM temp.package_values;`);
  db.exec(`INSERT INTO temp.package_stamp_values (id, revision)
    SELECT CAST(key AS INTEGER), value FROM json_each(
      (SELECT value FROM ${PACKAGE_SCHEMA}.meta WHERE key = 'work_package'), '$.values')`);
  db.exec(`
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT p.id FROM ${PACKAGE_SCHEMA}.field_values p
      LEFT JOIN temp.package_stamp_values s ON s.id = p.id
      WHERE s.id IS NULL OR s.revision <> p.revision;
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT s.id FROM temp.package_stamp_values s
      WHERE NOT EXISTS (SELECT 1 FROM ${PACKAGE_SCHEMA}.field_values p WHERE p.id = s.id);
    INSERT OR IGNORE INTO temp.package_values (id)
      SELECT v.id FROM ${PACKAGE_SCHEMA}.field_values v JOIN ${PACKAGE_SCHEMA}.articles a ON a.id = v.article_id
      WHERE a.document_id IN (SELECT id FROM temp.package_changed_pages)
      UNION ALL
      SELECT v.id FROM main.field_values v JOIN main.articles a ON a.id = v.article_id
      WHERE a.document_id IN (SELECT id FROM temp.package_changed_pages);`);
}

/**
 * The carried articles whose values changed on `side` since the stamp (a value of a new
 * revision, added there, or a stamped one removed there), read after fillCandidateValues filled
 * temp.package_stamp_values. Set-based: a merge needs it for every carried article, to tell a
 * value edit on one side from an article's state or comments changed on the other.
 */
export function articlesWithChangedValues(db: ProjectDatabase, side: Side): number[] {
  const other: Side = side === 'main' ? PACKAGE_SCHEMA : 'main';
  return (
    db
      .prepare(
        `SELECT v.article_id AS id FROM ${side}.field_values v
         JOIN ${side}.articles a ON a.id = v.article_id
         LEFT JOIN temp.package_stamp_values s ON s.id = v.id
         WHERE a.document_id IN (SELECT id FROM temp.package_documents)
           AND (s.id IS NULL OR s.revision <> v.revision)
         UNION
         SELECT o.article_id FROM temp.package_stamp_values s
         JOIN ${other}.field_values o ON o.id = s.id
         WHERE NOT EXISTS (SELECT 1 FROM ${side}.field_values v WHERE v.id = s.id)`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Who last wrote anything about an article on one side, and when: its own rows and those of its
 * values and comments (which name it in their JSON), through the indexes of migrations 1 and 7.
 */
export function lastArticleAuthor(
  db: ProjectDatabase,
  side: Side,
  articleId: number,
): { actor: string; at: string } | null {
  const row = db
    .prepare(
      `SELECT actor, at FROM ${side}.audit WHERE id = (SELECT max(id) FROM (
         SELECT id FROM ${side}.audit WHERE entity = 'article' AND entity_id = ?
         UNION ALL SELECT id FROM ${side}.audit WHERE json_extract(after, '$.article') = ?
         UNION ALL SELECT id FROM ${side}.audit WHERE json_extract(before, '$.article') = ?))`,
    )
    .get(articleId, articleId, articleId) as { actor: string; at: string } | undefined;
  return row ?? null;
}

export type SideRows = ReturnType<typeof readSide>;

/** Documents of the package that the project does not hold (imported inside the package). */
export function documentsMissingFromProject(db: ProjectDatabase): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM ${PACKAGE_SCHEMA}.documents WHERE id NOT IN (SELECT id FROM main.documents)
         OR sha256 NOT IN (SELECT sha256 FROM main.documents)`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

export function valueExists(db: ProjectDatabase, id: number): boolean {
  return statement(db, 'SELECT 1 FROM main.field_values WHERE id = ?').get(id) !== undefined;
}

export function profileIdNamed(db: ProjectDatabase, name: string): number | null {
  const row = statement(db, 'SELECT id FROM main.profiles WHERE name = ?').get(name) as
    { id: number } | undefined;
  return row?.id ?? null;
}

// --- Writing the package's changes into the project -------------------------------------

/** Parks a page's articles on negative ordinals, so they can be renumbered in any order. */
export function parkOrdinals(db: ProjectDatabase, documentId: number): void {
  statement(db, 'UPDATE main.articles SET ordinal = -id WHERE document_id = ?').run(documentId);
}

/** The package's article row over the project's one of the same id (segmentation columns). */
export function takeArticleLayout(db: ProjectDatabase, id: number): void {
  statement(
    db,
    `UPDATE main.articles SET (ordinal, title, kicker, revision, updated_at) =
       (SELECT p.ordinal, p.title, p.kicker, max(p.revision, articles.revision) + 1, p.updated_at
        FROM ${PACKAGE_SCHEMA}.articles p WHERE p.id = ?)
     WHERE id = ?`,
  ).run(id, id);
}

/** Inserts the package's article under a new id in the project; returns that id. */
export function insertArticleFromPackage(db: ProjectDatabase, packageId: number): number {
  const columns = sharedColumns(db, 'articles', ['id', 'assignee_id']).join(', ');
  const result = statement(
    db,
    `INSERT INTO main.articles (${columns}) SELECT ${columns} FROM ${PACKAGE_SCHEMA}.articles WHERE id = ?`,
  ).run(packageId);
  return Number(result.lastInsertRowid);
}

export function replaceRanges(
  db: ProjectDatabase,
  articleIds: readonly number[],
  ranges: readonly RangeRow[],
): void {
  const remove = statement(db, 'DELETE FROM main.article_ranges WHERE article_id = ?');
  for (const id of articleIds) remove.run(id);
  const insert = statement(
    db,
    'INSERT INTO main.article_ranges (article_id, start, end) VALUES (?, ?, ?)',
  );
  for (const r of ranges) insert.run(r.articleId, r.start, r.end);
}

export function moveValueTo(db: ProjectDatabase, valueId: number, articleId: number): void {
  statement(db, 'UPDATE main.field_values SET article_id = ? WHERE id = ?').run(articleId, valueId);
}

export function moveCommentTo(db: ProjectDatabase, commentId: number, articleId: number): void {
  statement(db, 'UPDATE main.comments SET article_id = ? WHERE id = ?').run(articleId, commentId);
}

export function deleteArticle(db: ProjectDatabase, id: number): void {
  statement(db, 'DELETE FROM main.articles WHERE id = ?').run(id);
}

/** The package's segmentation correction of a page, over the project's one. */
export function takeSegmentationCorrection(db: ProjectDatabase, sha256: string): void {
  const columns = sharedColumns(db, 'segmentation_corrections').join(', ');
  statement(db, 'DELETE FROM main.segmentation_corrections WHERE document_sha256 = ?').run(sha256);
  db.prepare(
    `INSERT INTO main.segmentation_corrections (${columns}) SELECT ${columns}
     FROM ${PACKAGE_SCHEMA}.segmentation_corrections WHERE document_sha256 = ?`,
  ).run(sha256);
}

export function setArticleState(
  db: ProjectDatabase,
  id: number,
  state: { status: string; assigneeId: number | null; revision: number; updatedAt: string },
): void {
  statement(
    db,
    'UPDATE main.articles SET status = ?, assignee_id = ?, revision = ?, updated_at = ? WHERE id = ?',
  ).run(state.status, state.assigneeId, state.revision, state.updatedAt, id);
}

/** The package's value content (every column but its id and article) and spans over the project's. */
export function takeValue(db: ProjectDatabase, id: number, revision: number): void {
  const columns = sharedColumns(db, 'field_values', ['id', 'article_id', 'revision']);
  const list = columns.join(', ');
  statement(
    db,
    `UPDATE main.field_values SET (${list}, revision) =
       (SELECT ${columns.map((c) => `p.${c}`).join(', ')}, ? FROM ${PACKAGE_SCHEMA}.field_values p WHERE p.id = ?)
     WHERE id = ?`,
  ).run(revision, id, id);
  statement(db, 'DELETE FROM main.value_spans WHERE value_id = ?').run(id);
  statement(
    db,
    `INSERT INTO main.value_spans (value_id, start, end, text)
     SELECT value_id, start, end, text FROM ${PACKAGE_SCHEMA}.value_spans WHERE value_id = ?`,
  ).run(id);
}

export function insertValueFromPackage(
  db: ProjectDatabase,
  packageId: number,
  articleId: number,
): number {
  const columns = sharedColumns(db, 'field_values', ['id', 'article_id']);
  const result = statement(
    db,
    `INSERT INTO main.field_values (article_id, ${columns.join(', ')})
       SELECT ?, ${columns.join(', ')} FROM ${PACKAGE_SCHEMA}.field_values WHERE id = ?`,
  ).run(articleId, packageId);
  const id = Number(result.lastInsertRowid);
  statement(
    db,
    `INSERT INTO main.value_spans (value_id, start, end, text)
     SELECT ?, start, end, text FROM ${PACKAGE_SCHEMA}.value_spans WHERE value_id = ?`,
  ).run(id, packageId);
  return id;
}

export function deleteValue(db: ProjectDatabase, id: number): void {
  statement(db, 'DELETE FROM main.field_values WHERE id = ?').run(id);
}

export function insertComment(db: ProjectDatabase, comment: Omit<CommentRow, 'id'>): number {
  const result = statement(
    db,
    'INSERT INTO main.comments (article_id, value_id, author, kind, body, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(comment.articleId, comment.valueId, comment.author, comment.kind, comment.body, comment.at);
  return Number(result.lastInsertRowid);
}

// --- Reading a package for agreement (double annotation) --------------------------------

export interface AgreementValueRow {
  id: number;
  articleId: number;
  fieldKey: string;
  valueKey: string;
  state: string;
  /** `start-end,…` in order: a value is the same only with exactly the same spans. */
  spans: string;
}

/** What agreement needs of a package file, read without writing to it. */
export function readPackageForAgreement(file: string): {
  stamp: string | undefined;
  values: AgreementValueRow[];
  /** Who made the changes after `afterId` (the package's curators), most changes first. */
  actorsAfter(afterId: number): string[];
  close(): void;
} {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const stamp = (
    db.prepare("SELECT value FROM meta WHERE key = 'work_package'").get() as
      { value: string } | undefined
  )?.value;
  const values = db
    .prepare(
      `SELECT v.id, v.article_id AS articleId, v.field_key AS fieldKey, v.value_key AS valueKey,
              v.state,
              coalesce((SELECT group_concat(s.start || '-' || s.end, ',') FROM
                 (SELECT start, end FROM value_spans WHERE value_id = v.id ORDER BY start, end) s), '')
                AS spans
       FROM field_values v ORDER BY v.id`,
    )
    .all() as AgreementValueRow[];
  return {
    stamp,
    values,
    actorsAfter: (afterId) =>
      (
        db
          .prepare(
            'SELECT actor FROM audit WHERE id > ? GROUP BY actor ORDER BY count(*) DESC, actor',
          )
          .all(afterId) as { actor: string }[]
      ).map((r) => r.actor),
    close: () => db.close(),
  };
}
