// Benchmarks' big projects: the seeded project grown to any number of articles in SQL, copies of
// its documents with their articles, ranges, values and spans (as imported: new, suggested,
// extracted: a copy is not an interrupted import that opening the project would extract again).
import type { ProjectDatabase } from '../electron/database/open-project';

export const countOf = (db: ProjectDatabase, sql: string): number =>
  (db.prepare(sql).get() as { n: number | null }).n ?? 0;

/**
 * The highest document id to copy so that the documents up to it hold at least `needed`
 * articles; the highest of all when every document together holds fewer.
 */
function documentLimit(db: ProjectDatabase, needed: number): number {
  let articles = 0;
  let limit = 0;
  const perDocument = db.prepare(
    'SELECT document_id AS id, count(*) AS n FROM articles GROUP BY document_id ORDER BY document_id',
  );
  for (const row of perDocument.iterate() as Iterable<{ id: number; n: number }>) {
    limit = row.id;
    articles += row.n;
    if (articles >= needed) break;
  }
  return limit;
}

/**
 * Grows the project to exactly `target` articles by copying documents with their articles,
 * ranges, values and spans. Each round copies every document (doubling), the last one only as
 * many as are still needed. Copied rows keep their ids shifted by the table's current maximum,
 * so links between the copies stay right without a mapping table; a copied document gets a
 * fresh random sha256 (the column is UNIQUE). Surplus articles of the last copied document are
 * deleted (the schema cascades to their ranges, values and spans).
 */
export function replicateArticles(db: ProjectDatabase, target: number): void {
  const copyDocuments = db.prepare(`
    INSERT INTO documents (id, name, source_path, kind, sha256, encoding, encoding_confidence, text,
                           char_count, original, imported_at, bom, source_row, metadata)
    SELECT id + @documentShift, name, source_path, kind, lower(hex(randomblob(32))), encoding,
           encoding_confidence, text, char_count, original, imported_at, bom, source_row, metadata
    FROM documents WHERE id <= @documentLimit`);
  const copyArticles = db.prepare(`
    INSERT INTO articles (id, document_id, ordinal, title, status, revision, created_at,
                          updated_at, kicker, signals, assignee_id, extracted_at)
    SELECT id + @articleShift, document_id + @documentShift, ordinal, title, status, revision,
           created_at, updated_at, kicker, signals, assignee_id, extracted_at
    FROM articles WHERE document_id <= @documentLimit`);
  const copyRanges = db.prepare(`
    INSERT INTO article_ranges (article_id, start, end)
    SELECT r.article_id + @articleShift, r.start, r.end
    FROM article_ranges r JOIN articles a ON a.id = r.article_id
    WHERE a.document_id <= @documentLimit`);
  const copyValues = db.prepare(`
    INSERT INTO field_values (id, article_id, field_key, ordinal, value, value_key, raw, origin,
                              extractor, confidence, state, schema_id, schema_version, revision,
                              created_at, updated_at)
    SELECT v.id + @valueShift, v.article_id + @articleShift, v.field_key, v.ordinal, v.value,
           v.value_key, v.raw, v.origin, v.extractor, v.confidence, v.state, v.schema_id,
           v.schema_version, v.revision, v.created_at, v.updated_at
    FROM field_values v JOIN articles a ON a.id = v.article_id
    WHERE a.document_id <= @documentLimit`);
  const copySpans = db.prepare(`
    INSERT INTO value_spans (value_id, start, end, text)
    SELECT s.value_id + @valueShift, s.start, s.end, s.text
    FROM value_spans s JOIN field_values v ON v.id = s.value_id
         JOIN articles a ON a.id = v.article_id
    WHERE a.document_id <= @documentLimit`);

  db.transaction(() => {
    let articles = countOf(db, 'SELECT count(*) AS n FROM articles');
    if (articles === 0) throw new Error('The seeded project has no articles to copy');
    while (articles < target) {
      // Shifts are taken before the round, so every copied id lands above every existing one.
      const shifts = {
        documentShift: countOf(db, 'SELECT max(id) AS n FROM documents'),
        articleShift: countOf(db, 'SELECT max(id) AS n FROM articles'),
        valueShift: countOf(db, 'SELECT max(id) AS n FROM field_values'),
        documentLimit: documentLimit(db, target - articles),
      };
      // Ranges, values and spans select through their article's document id: the new articles'
      // document ids are all above documentLimit, so rows copied this round are not copied again.
      copyDocuments.run(shifts);
      copyArticles.run(shifts);
      copyRanges.run(shifts);
      copyValues.run(shifts);
      copySpans.run(shifts);
      articles = countOf(db, 'SELECT count(*) AS n FROM articles');
    }
    db.prepare(
      'DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id DESC LIMIT ?)',
    ).run(articles - target);
  })();
}
