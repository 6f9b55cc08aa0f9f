import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * The learned lexicon (migration 0017): curators' decisions counted per field and text
 * (`learned_votes`, kept by triggers on field_values) and the curator's own edits of it
 * (`learned_entries`).
 */

/** One field and text: the votes for it and the curator's word on it. */
export interface LearnedEntryRow {
  fieldKey: string;
  text: string;
  keeps: number;
  rejects: number;
  firstArticle: number | null;
  /** JSON of the value most recently kept with this text (null: none kept). */
  keptValue: string | null;
  status: 'removed' | 'kept' | null;
  /** JSON of the value the curator set for it (an alias), or null. */
  curatorValue: string | null;
}

const entriesSql = `
  WITH votes AS (
    SELECT field_key, text,
           sum(kind = 'keep') AS keeps, sum(kind = 'reject') AS rejects,
           min(CASE WHEN kind = 'keep' THEN article_id END) AS firstArticle,
           max(CASE WHEN kind = 'keep' THEN value_id END) AS lastKeep
      FROM learned_votes %WHERE% GROUP BY field_key, text)
  SELECT v.field_key AS fieldKey, v.text, v.keeps, v.rejects, v.firstArticle,
         (SELECT value FROM learned_votes WHERE value_id = v.lastKeep) AS keptValue,
         e.status, e.value AS curatorValue
    FROM votes v LEFT JOIN learned_entries e ON e.field_key = v.field_key AND e.text = v.text
  UNION ALL
  SELECT e.field_key, e.text, 0, 0, NULL, NULL, e.status, e.value
    FROM learned_entries e
   WHERE NOT EXISTS (SELECT 1 FROM learned_votes v WHERE v.field_key = e.field_key AND v.text = e.text)
     %AND%`;

const allEntries = prepare<[], LearnedEntryRow>(
  entriesSql.replace('%WHERE%', '').replace('%AND%', ''),
);
const entriesOfText = prepare<[{ field: string; text: string }], LearnedEntryRow>(
  entriesSql
    .replace('%WHERE%', 'WHERE field_key = @field AND text = @text')
    .replace('%AND%', 'AND e.field_key = @field AND e.text = @text'),
);

/** Every entry of the learned lexicon (one grouped pass over the votes). */
export function learnedEntryRows(db: ProjectDatabase): LearnedEntryRow[] {
  return allEntries.all(db);
}

/** The entry of one field and text, or undefined when nobody decided or edited it. */
export function learnedEntryRow(
  db: ProjectDatabase,
  fieldKey: string,
  text: string,
): LearnedEntryRow | undefined {
  return entriesOfText.get(db, { field: fieldKey, text });
}

const generation = prepare<[], { n: number }>('SELECT n FROM learned_generation');

/** Moves whenever a vote or a curator's edit changes: a compiled lexicon older than it is stale. */
export function learnedGeneration(db: ProjectDatabase): number {
  return generation.get(db)!.n;
}

const changesAfter = prepare<
  [{ after: number; limit: number }],
  { id: number; fieldKey: string; text: string }
>(
  `SELECT id, field_key AS fieldKey, text FROM learned_changes
    WHERE id > @after ORDER BY id LIMIT @limit`,
);
const oldestChange = prepare<[], { low: number | null; high: number | null }>(
  'SELECT min(id) AS low, max(id) AS high FROM learned_changes',
);

/**
 * The entries (field and text) changed since change `after` (migration 0019), each once, and the
 * last change's id; null when the log no longer reaches back that far or holds more than `limit`
 * changes since: then the whole lexicon is to be read again.
 */
export function learnedChangesSince(
  db: ProjectDatabase,
  after: number,
  limit: number,
): { last: number; changed: { fieldKey: string; text: string }[] } | null {
  const { low, high } = oldestChange.get(db)!;
  if (high === null || high <= after) return { last: after, changed: [] };
  if (low === null || low > after + 1) return null;
  const rows = changesAfter.all(db, { after, limit: limit + 1 });
  if (rows.length > limit) return null;
  const changed = new Map(rows.map((r) => [`${r.fieldKey}\u0000${r.text}`, r]));
  return {
    last: rows[rows.length - 1]!.id,
    changed: [...changed.values()].map(({ fieldKey, text }) => ({ fieldKey, text })),
  };
}

/** The id of the last logged change of the lexicon (0: none). */
export function lastLearnedChange(db: ProjectDatabase): number {
  return oldestChange.get(db)!.high ?? 0;
}

const keptIn = prepare<[{ field: string; text: string; limit: number }], { articleId: number }>(
  `SELECT DISTINCT article_id AS articleId FROM learned_votes
    WHERE field_key = @field AND text = @text AND kind = 'keep' ORDER BY article_id LIMIT @limit`,
);

/** The first articles where curators kept this text for this field (the evidence shown). */
export function articlesKeeping(
  db: ProjectDatabase,
  fieldKey: string,
  text: string,
  limit: number,
): number[] {
  return keptIn.all(db, { field: fieldKey, text, limit }).map((r) => r.articleId);
}

const upsertEntry = prepare<
  [{ field: string; text: string; status: string; value: string | null; at: string; by: string }]
>(
  `INSERT INTO learned_entries (field_key, text, status, value, updated_at, updated_by)
   VALUES (@field, @text, @status, @value, @at, @by)
   ON CONFLICT (field_key, text) DO UPDATE SET
     status = excluded.status, value = excluded.value,
     updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
);

/** Writes the curator's word on one entry (removed, or kept with an optional value). */
export function writeLearnedEntry(
  db: ProjectDatabase,
  entry: { fieldKey: string; text: string; status: 'removed' | 'kept'; value: string | null },
  at: string,
  actor: string,
): void {
  upsertEntry.run(db, {
    field: entry.fieldKey,
    text: entry.text,
    status: entry.status,
    value: entry.value,
    at,
    by: actor,
  });
}

const deleteEntry = prepare<[{ field: string; text: string }]>(
  'DELETE FROM learned_entries WHERE field_key = @field AND text = @text',
);

/** Forgets the curator's word on an entry: its votes decide again. */
export function clearLearnedEntry(db: ProjectDatabase, fieldKey: string, text: string): boolean {
  return deleteEntry.run(db, { field: fieldKey, text }).changes > 0;
}

export interface LearnedSuggestionRow {
  id: number;
  fieldKey: string;
  value: string;
  raw: string;
}

const learnedSuggestionsOf = prepare<
  [{ article: number; extractors: string }],
  LearnedSuggestionRow
>(
  `SELECT id, field_key AS fieldKey, value, raw FROM field_values
    WHERE article_id = @article AND state = 'suggested'
      AND extractor IN (SELECT value FROM json_each(@extractors))`,
);

/** The article's suggestions of these extractors (learned, word lists) nobody has decided yet. */
export function pendingLearnedSuggestions(
  db: ProjectDatabase,
  articleId: number,
  extractors: readonly string[],
): LearnedSuggestionRow[] {
  return learnedSuggestionsOf.all(db, {
    article: articleId,
    extractors: JSON.stringify(extractors),
  });
}

const deleteSuggestion = prepare<[id: number]>(
  "DELETE FROM field_values WHERE id = ? AND state = 'suggested'",
);

export function deleteLearnedSuggestion(db: ProjectDatabase, valueId: number): void {
  deleteSuggestion.run(db, valueId);
}

const nextOrdinal = prepare<[{ article: number; field: string }], { n: number }>(
  `SELECT coalesce(max(ordinal) + 1, 0) AS n FROM field_values
    WHERE article_id = @article AND field_key = @field`,
);

/** Where a value added to a field goes: after the field's values. */
export function nextValueOrdinal(db: ProjectDatabase, articleId: number, fieldKey: string): number {
  return nextOrdinal.get(db, { article: articleId, field: fieldKey })!.n;
}
