import Database from 'better-sqlite3';
import type { ProjectDatabase } from './open-project';

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

// --- A merged package's annotation, kept in the project --------------------------------

/** A curator's version of one value as a merged package recorded it: enough to show and to take. */
export interface CuratorValueRow extends AgreementValueRow {
  /** The value as stored (JSON) and as written in the text. */
  value: string;
  raw: string;
  /** JSON `[[start, end, text], …]` in the order of `spans`: the text each span covers. */
  spanTexts: string;
}

/**
 * The package's values of the carried pages that its curator decided (anything but an untouched
 * suggestion): the curator's version of those articles, which agreement and adjudication
 * compare after the merge. Read from the attached package (`pkg`).
 */
export function decidedPackageValues(db: ProjectDatabase): CuratorValueRow[] {
  return db
    .prepare(
      `SELECT v.id, v.article_id AS articleId, v.field_key AS fieldKey, v.value_key AS valueKey,
              v.state, v.value, v.raw,
              coalesce((SELECT group_concat(s.start || '-' || s.end, ',') FROM
                 (SELECT start, end FROM pkg.value_spans WHERE value_id = v.id ORDER BY start, end) s), '')
                AS spans,
              (SELECT json_group_array(json_array(s.start, s.end, s.text)) FROM
                 (SELECT start, end, text FROM pkg.value_spans WHERE value_id = v.id
                  ORDER BY start, end) s)
                AS spanTexts
       FROM pkg.field_values v JOIN pkg.articles a ON a.id = v.article_id
       WHERE a.document_id IN (SELECT id FROM temp.package_documents) AND v.state <> 'suggested'
       ORDER BY v.id`,
    )
    .all() as CuratorValueRow[];
}

/**
 * Who last changed each value in the attached package after its stamp (`afterId`), and when:
 * one pass over the package's log, the last row of a value winning.
 */
export function packageValueAuthors(
  db: ProjectDatabase,
  afterId: number,
): Map<number, { actor: string; at: string }> {
  const rows = db
    .prepare(
      `SELECT entity_id AS valueId, actor, at FROM pkg.audit
       WHERE id > ? AND entity = 'value' AND entity_id IS NOT NULL ORDER BY id`,
    )
    .all(afterId) as { valueId: number; actor: string; at: string }[];
  return new Map(rows.map((r) => [r.valueId, { actor: r.actor, at: r.at }]));
}

/** Who worked in the attached package after its stamp, most changes first. */
export function packageActorsSince(db: ProjectDatabase, afterId: number): string[] {
  return (
    db
      .prepare(
        'SELECT actor FROM pkg.audit WHERE id > ? GROUP BY actor ORDER BY count(*) DESC, actor',
      )
      .all(afterId) as { actor: string }[]
  ).map((r) => r.actor);
}

/** Every merged package's recorded annotation (meta `annotation:<package id>`), oldest first. */
export function recordedAnnotations(db: ProjectDatabase): string[] {
  return (
    db
      .prepare("SELECT value FROM main.meta WHERE key LIKE 'annotation:%' ORDER BY rowid")
      .all() as { value: string }[]
  ).map((r) => r.value);
}
