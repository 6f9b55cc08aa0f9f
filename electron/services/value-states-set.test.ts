import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { verifyAuditChain } from '../database/audit-chain-verify';
import type { ProjectDatabase } from '../database/open-project';
import { curatorAndReviewer } from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { setValueState, setValueStates } from './value-review';

const tempDir = useTempDir('gleaner-value-states-set-');

/** Articles in every state a bulk action meets, and texts the learned vote strips of spaces. */
function prepareArticles(db: ProjectDatabase) {
  const status = db.prepare('UPDATE articles SET status = ? WHERE id = ?');
  status.run('in_progress', 1);
  status.run('changes_requested', 2);
  status.run('submitted', 3);
  status.run('approved', 4);
  const spaced = db.prepare(
    "UPDATE field_values SET raw = ? WHERE id = (SELECT min(id) FROM field_values WHERE field_key = ? AND state = 'suggested' AND article_id > 4)",
  );
  spaced.run('怀宁 县人民\u3000医院\t', 'hospital');
  spaced.run(' \r\n', 'city');
}

/** Everything a ✓ or ✗ changes: values, articles, audit rows, and what the triggers keep. */
function written(db: ProjectDatabase, auditAfter: number) {
  const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);
  return {
    values: all('SELECT id, state, revision FROM field_values ORDER BY id'),
    articles: all('SELECT id, status, revision FROM articles ORDER BY id'),
    audit: db
      .prepare(
        'SELECT actor, entity, entity_id, action, before, after FROM audit WHERE id > ? ORDER BY id',
      )
      .all(auditAfter) as { entity: string }[],
    valuesCounter: all("SELECT n FROM change_counters WHERE name = 'values'"),
    outcomes: all('SELECT extractor, state, n FROM extractor_outcome_counts ORDER BY 1, 2'),
    votes: all('SELECT * FROM learned_votes ORDER BY value_id'),
    changes: all('SELECT id, field_key, text FROM learned_changes ORDER BY id'),
    paused: all('SELECT * FROM value_triggers_paused'),
  };
}

const lastAuditId = (db: ProjectDatabase) =>
  db.prepare('SELECT coalesce(max(id), 0) FROM audit').pluck().get() as number;

/**
 * The items of a bulk action in the grid's order (by field, articles from the last), which is
 * neither the articles' nor the values' order, with one stale revision and one missing value.
 */
function selection(db: ProjectDatabase, state: 'accepted' | 'rejected') {
  const suggested = db
    .prepare(
      `SELECT id AS valueId, revision FROM field_values
        WHERE state = 'suggested' AND field_key IN ('hospital', 'city', 'beds')
        ORDER BY field_key, article_id DESC, id`,
    )
    .all() as { valueId: number; revision: number }[];
  const items = suggested.map((v) => ({ ...v, state }));
  items[3] = { ...items[3]!, revision: items[3]!.revision + 1 };
  items.splice(5, 0, { valueId: 999_999, revision: 1, state });
  return items;
}

describe('bulk ✓ and ✗ written as a set', () => {
  it.each(['accepted', 'rejected'] as const)(
    'the grid marks %s exactly as value-by-value calls do: refusals, rows, audit, counters, votes',
    async (state) => {
      const bulk = await curatorAndReviewer(tempDir());
      const twin = await curatorAndReviewer(tempDir());
      for (const { project } of [bulk, twin]) prepareArticles(project.db);
      const items = selection(bulk.project.db, state);
      expect(items).toEqual(selection(twin.project.db, state));
      const bulkFrom = lastAuditId(bulk.project.db);
      const twinFrom = lastAuditId(twin.project.db);

      const outcome = await bulk.curator.call('grid.setStates', { items });
      const oneByOne: { valueId: number; revision?: number; code?: string; message?: string }[] =
        [];
      for (const item of items) {
        try {
          const done = await twin.curator.call('values.setState', item);
          oneByOne.push({ valueId: item.valueId, revision: done.revision });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          oneByOne.push({ valueId: item.valueId, code: error.code, message: error.message });
        }
      }

      const refusedCodes = outcome.refused.map((r) => r.code);
      expect(refusedCodes).toContain('conflict');
      expect(refusedCodes).toContain('forbidden');
      expect(refusedCodes).toContain('not-found');
      expect(outcome.done.length).toBeGreaterThan(10);
      expect(outcome.done).toEqual(oneByOne.filter((o) => o.code === undefined));
      expect(
        outcome.refused.map(({ valueId, code, message }) => ({ valueId, code, message })),
      ).toEqual(oneByOne.filter((o) => o.code !== undefined));
      const changed = written(bulk.project.db, bulkFrom);
      expect(changed).toEqual(written(twin.project.db, twinFrom));
      // Articles 2 and 5+ started (audited as 'start'), 3 and 4 refused, 1 already in progress.
      expect(changed.audit.filter((row) => row.entity === 'article').length).toBeGreaterThan(1);
      expect(changed.votes).toContainEqual(
        expect.objectContaining({
          text: '怀宁县人民医院',
          kind: state === 'accepted' ? 'keep' : 'reject',
        }),
      );
      expect(verifyAuditChain(bulk.project.db).broken).toBeNull();
    },
  );

  it('"Accept all" writes what one ✓ per value writes, and nothing when one value is refused', async () => {
    const bulk = await curatorAndReviewer(tempDir());
    const twin = await curatorAndReviewer(tempDir());
    for (const { project } of [bulk, twin]) prepareArticles(project.db);
    const ofArticle = (db: ProjectDatabase, articleId: number) =>
      (
        db
          .prepare(
            "SELECT id AS valueId, revision FROM field_values WHERE article_id = ? AND state = 'suggested' ORDER BY field_key DESC, id",
          )
          .all(articleId) as { valueId: number; revision: number }[]
      ).map((v) => ({ ...v, state: 'accepted' as const }));
    const items = [...ofArticle(bulk.project.db, 2), ...ofArticle(bulk.project.db, 6)];
    const bulkFrom = lastAuditId(bulk.project.db);
    const twinFrom = lastAuditId(twin.project.db);

    const stale = [...items.slice(0, 2), { ...items[2]!, revision: items[2]!.revision + 1 }];
    const before = written(bulk.project.db, bulkFrom);
    expect(() => setValueStates(bulk.project.db, stale, '王芳')).toThrow(
      /This value was changed elsewhere/,
    );
    expect(written(bulk.project.db, bulkFrom)).toEqual(before);

    const result = setValueStates(bulk.project.db, items, '王芳');
    const oneByOne = items.map((item) => setValueState(twin.project.db, item, '王芳'));
    expect(result).toEqual(oneByOne);
    expect(written(bulk.project.db, bulkFrom)).toEqual(written(twin.project.db, twinFrom));
  });
});
