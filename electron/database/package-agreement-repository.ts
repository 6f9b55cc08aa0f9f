import Database from 'better-sqlite3';

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
