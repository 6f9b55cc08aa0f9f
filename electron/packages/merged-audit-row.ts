import type { RecordedAuditRow } from '../database/packages-repository';

/** Ids of rows the merge created: the package's id → the project's. */
export interface IdMaps {
  article: Map<number, number>;
  value: Map<number, number>;
  comment: Map<number, number>;
}

const renumbered: Record<string, keyof IdMaps> = {
  article: 'article',
  value: 'value',
  comment: 'comment',
};

/**
 * A package audit row as the project's log keeps it: rows the package created renamed to their
 * ids in the project (the entity, and `article` inside its JSON, which history lookups read),
 * and `merged: {package, row, by}` added to its JSON so it reads as merged and can be traced back.
 * Its actor is who the package says made the change, which the package's audit chain cannot
 * vouch for (the package was a project file in its curator's hands): `by` names the reviewer who
 * merged it, so no identity enters the log without the name of who brought it in.
 */
export function markedMerged(
  row: RecordedAuditRow & { id: number },
  packageId: string,
  mergedBy: string,
  ids: IdMaps,
  stamped: Record<keyof IdMaps, (id: number) => boolean>,
): RecordedAuditRow {
  const map = renumbered[row.entity];
  // A row the package made that was not merged (its article kept out) has no id here: its
  // package id stays in the mark instead of pointing at an unrelated row of the project.
  const resolved =
    map && row.entityId !== null
      ? (ids[map].get(row.entityId) ?? (stamped[map](row.entityId) ? row.entityId : null))
      : row.entityId;
  const entityId = resolved;
  const mark = {
    package: packageId,
    row: row.id,
    by: mergedBy,
    ...(resolved === null && row.entityId !== null ? { packageEntityId: row.entityId } : {}),
  };
  const rewrite = (text: string | null, marked: boolean): string | null => {
    if (text === null) return marked ? JSON.stringify({ merged: mark }) : null;
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return marked ? JSON.stringify({ value: parsed, merged: mark }) : text;
    const object = parsed as Record<string, unknown>;
    if (typeof object.article === 'number')
      object.article =
        ids.article.get(object.article) ??
        (stamped.article(object.article) ? object.article : null);
    if (marked) object.merged = mark;
    return JSON.stringify(object);
  };
  // A removal's row has no `after`: its mark goes into `before`, so `after` stays null.
  const markBefore = row.after === null && row.before !== null;
  return {
    at: row.at,
    actor: row.actor,
    entity: row.entity,
    entityId,
    action: row.action,
    before: rewrite(row.before, markBefore),
    after: markBefore ? null : rewrite(row.after, true),
  };
}
