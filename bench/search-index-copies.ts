// The search index of a project grown by copies (bench/replicate-project.ts), built without
// tokenizing the same text again for every copy: a million articles copied from a few hundred
// hold a few hundred distinct texts, and the app's flush (search-index.ts) cuts each copy's text
// into tokens in JS before FTS5 cuts them again. Here each original's tokens are made once, by the
// app's own reader and token writer, and every copy gets its original's tokens in one
// INSERT … SELECT per table and step: the same rows, keyed by the same ids, as the app writes
// (search-index-copies.test.ts compares the two indexes' answers). FTS5 still takes every row in
// as the app's flush gives it, in steps of the same size (one transaction each), so its segments
// are written and merged as the app's would be.
import type { ProjectDatabase } from '../electron/database/open-project';
import { articleTextReader, flushSearchIndex } from '../electron/database/search-index';
import { articleIndexText } from '../electron/database/search-index-text';

/** Articles per transaction: what bench/search-bench.ts's buildIndex flushes at a time. */
const STEP = 100_000;

const countOf = (db: ProjectDatabase, sql: string, params: object = {}): number =>
  (db.prepare(sql).get(params) as { n: number | null }).n ?? 0;

/**
 * Copies made by doubling from articles 1..`originals`: every round shifts ids by the current
 * highest id, a multiple of `originals`, so a copy's original is (id − 1) mod originals + 1.
 */
const ORIGINAL_OF = '((a.id - 1) % @originals) + 1';

/**
 * Throws unless every article is a copy of the one ORIGINAL_OF names: same title, ordinal,
 * document length and ranges (a project grown another way, or edited since, is refused rather
 * than indexed wrong).
 */
function checkCopies(db: ProjectDatabase, originals: number): void {
  const rangesOf = (alias: string) =>
    `(SELECT group_concat(r.start || ':' || r.end, ',' ORDER BY r.start)
        FROM article_ranges r WHERE r.article_id = ${alias}.id)`;
  const differing = countOf(
    db,
    `SELECT count(*) AS n FROM articles a
       JOIN articles o ON o.id = ${ORIGINAL_OF}
       JOIN documents ad ON ad.id = a.document_id JOIN documents od ON od.id = o.document_id
     WHERE a.id > @originals AND (a.title IS NOT o.title OR a.ordinal <> o.ordinal
       OR ad.char_count <> od.char_count OR ${rangesOf('a')} IS NOT ${rangesOf('o')})`,
    { originals },
  );
  const orphans = countOf(
    db,
    `SELECT count(*) AS n FROM articles a WHERE a.id > @originals
       AND NOT EXISTS (SELECT 1 FROM articles o WHERE o.id = ${ORIGINAL_OF})`,
    { originals },
  );
  if (differing + orphans > 0)
    throw new Error(
      `${differing + orphans} articles are not copies of articles 1..${originals}: index them with flushSearchIndex`,
    );
}

/**
 * Indexes for search every article above the highest one already indexed, each with the tokens
 * of the article it was copied from (articles 1..`originals`, indexed first by the app's flush).
 * Takes the copies off the search queue. Returns how many articles it indexed.
 */
export function indexCopiesForSearch(
  db: ProjectDatabase,
  originals: number,
  onProgress: (done: number, total: number) => void = () => {},
): number {
  // The originals go through the app's own flush (queued again if a build emptied the queue).
  db.prepare(
    `INSERT OR IGNORE INTO search_pending (article_id) SELECT id FROM articles
       WHERE id <= @originals AND id NOT IN (SELECT id FROM article_search_docsize)`,
  ).run({ originals });
  const queuedOriginals = countOf(
    db,
    'SELECT count(*) AS n FROM search_pending WHERE article_id <= @originals',
    { originals },
  );
  // The queue is flushed lowest ids first: the originals, and none of their copies.
  if (queuedOriginals > 0) flushSearchIndex(db, { limit: queuedOriginals });
  checkCopies(db, originals);
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS copy_tokens (id INTEGER PRIMARY KEY, bigrams TEXT, characters TEXT)',
  );
  db.exec('DELETE FROM temp.copy_tokens');
  const addTokens = db.prepare('INSERT INTO temp.copy_tokens VALUES (?, ?, ?)');
  const ids = (
    db.prepare('SELECT id FROM articles WHERE id <= ? ORDER BY id').all(originals) as {
      id: number;
    }[]
  ).map((r) => r.id);
  articleTextReader(db)(ids, (id, title, texts) => {
    const tokens = articleIndexText(title, texts);
    addTokens.run(id, tokens.bigrams, tokens.characters);
  });

  // Resumes after the highest article indexed (an earlier run stopped between two steps).
  const from = Math.max(originals, countOf(db, 'SELECT max(id) AS n FROM article_search_docsize'));
  const last = countOf(db, 'SELECT max(id) AS n FROM articles');
  const total = countOf(db, 'SELECT count(*) AS n FROM articles WHERE id > @from', { from });
  const copies = (table: string, column: string) =>
    db.prepare(
      `INSERT INTO ${table} (rowid, text)
       SELECT a.id, t.${column} FROM articles a JOIN temp.copy_tokens t ON t.id = ${ORIGINAL_OF}
       WHERE a.id > @after AND a.id <= @upTo ORDER BY a.id`,
    );
  const addBigrams = copies('article_search', 'bigrams');
  const addCharacters = copies('article_search_chars', 'characters');
  const unqueue = db.prepare(
    'DELETE FROM search_pending WHERE article_id > @after AND article_id <= @upTo',
  );
  let done = 0;
  for (let after = from; after < last; after += STEP) {
    const step = { after, upTo: Math.min(last, after + STEP), originals };
    db.transaction(() => {
      addBigrams.run(step);
      addCharacters.run(step);
      unqueue.run({ after: step.after, upTo: step.upTo });
    })();
    done += countOf(db, 'SELECT count(*) AS n FROM articles WHERE id > @after AND id <= @upTo', {
      after: step.after,
      upTo: step.upTo,
    });
    onProgress(done, total);
  }
  db.exec('DROP TABLE temp.copy_tokens');
  return done;
}
