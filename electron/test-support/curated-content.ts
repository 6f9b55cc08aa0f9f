import type { ProjectDatabase } from '../database/open-project';

/** Curated content without ids or times: two projects that agree on it hold the same work. */
export function curatedContent(db: ProjectDatabase): unknown {
  const articles = db
    .prepare(
      `SELECT a.document_id AS document, a.ordinal, a.status, a.title,
              (SELECT group_concat(r.start || '-' || r.end) FROM article_ranges r WHERE r.article_id = a.id) AS ranges,
              (SELECT group_concat(v.field_key || '=' || v.value || '/' || v.state || '@' ||
                 (SELECT group_concat(s.start || '-' || s.end) FROM value_spans s WHERE s.value_id = v.id), '; ')
               FROM (SELECT * FROM field_values WHERE article_id = a.id ORDER BY field_key, value, state) v) AS "values",
              (SELECT group_concat(c.author || ':' || c.body, '; ') FROM comments c WHERE c.article_id = a.id) AS comments
       FROM articles a ORDER BY a.document_id, a.ordinal`,
    )
    .all();
  return articles;
}
