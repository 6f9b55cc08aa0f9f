import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { acceptSuggestions } from './bulk-accept';
import { Project } from './project';
import { setValueStates } from './value-review';

const tempDir = useTempDir();

function seeded() {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
  const { db } = project;
  const states = () =>
    db
      .prepare(
        'SELECT v.id, v.field_key AS field, v.state, v.confidence, v.extractor, a.id AS article FROM field_values v JOIN articles a ON a.id = v.article_id ORDER BY v.id',
      )
      .all() as {
      id: number;
      field: string;
      state: string;
      confidence: number | null;
      extractor: string | null;
      article: number;
    }[];
  return { project, db, states };
}

/** What the triggers on field_values keep besides the values (migrations 12, 17, 19 and 21). */
function keptByTriggers(db: Project['db']) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    valuesCounter: all("SELECT n FROM change_counters WHERE name = 'values'"),
    outcomes: all('SELECT extractor, state, n FROM extractor_outcome_counts ORDER BY 1, 2'),
    votes: all('SELECT * FROM learned_votes ORDER BY value_id'),
    generation: all('SELECT n FROM learned_generation'),
    changes: all('SELECT id, field_key, text FROM learned_changes ORDER BY id'),
    paused: all('SELECT * FROM value_triggers_paused'),
  };
}

describe('acceptSuggestions', () => {
  it('accepts exactly the suggestions of the named fields at or above the confidence, audited', () => {
    const { db, states } = seeded();
    const before = states();
    const expected = before.filter(
      (v) =>
        v.state === 'suggested' &&
        ['hospital', 'city'].includes(v.field) &&
        (v.confidence ?? 0) >= 0.9,
    );
    expect(expected.length).toBeGreaterThan(5);

    const dry = acceptSuggestions(db, { fields: ['hospital', 'city'], minConfidence: 0.9 }, 'cli', {
      dryRun: true,
    });
    expect(dry.accepted).toBe(expected.length);
    expect(states()).toEqual(before);

    const progress: number[] = [];
    const report = acceptSuggestions(
      db,
      { fields: ['hospital', 'city'], minConfidence: 0.9 },
      'cli',
      { onProgress: (done) => progress.push(done) },
    );
    expect(report).toEqual(dry);
    expect(report.byField).toEqual({
      hospital: expected.filter((v) => v.field === 'hospital').length,
      city: expected.filter((v) => v.field === 'city').length,
    });
    expect(report.articles).toBe(new Set(expected.map((v) => v.article)).size);
    expect(progress.at(-1)).toBe(expected.length);
    const accepted = new Set(expected.map((v) => v.id));
    for (const v of states())
      expect(v.state).toBe(
        accepted.has(v.id) ? 'accepted' : before.find((b) => b.id === v.id)!.state,
      );
    const audited = db
      .prepare("SELECT count(*) AS n FROM audit WHERE action = 'set-state' AND actor = 'cli'")
      .get() as { n: number };
    expect(audited.n).toBe(expected.length);
  });

  it('takes one rule only, and leaves approved articles alone, counting what it skipped', () => {
    const { db, states } = seeded();
    const approvedArticle = states()[0]!.article;
    db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?").run(approvedArticle);
    const matching = states().filter(
      (v) => v.state === 'suggested' && v.extractor === 'rule:place@1',
    );
    const report = acceptSuggestions(db, { rule: 'rule:place@1' }, 'cli');
    const skipped = matching.filter((v) => v.article === approvedArticle).length;
    expect(skipped).toBeGreaterThan(0);
    expect(report.skippedApproved).toBe(skipped);
    expect(report.accepted).toBe(matching.length - skipped);
    for (const v of states()) {
      const wanted = v.extractor === 'rule:place@1' && v.article !== approvedArticle;
      if (matching.some((m) => m.id === v.id))
        expect(v.state).toBe(wanted ? 'accepted' : 'suggested');
    }
  });

  it('refuses a field the schema lacks, naming it and the fields there are, and writes nothing', () => {
    const { db, states } = seeded();
    const before = states();
    let error: unknown;
    try {
      acceptSuggestions(db, { fields: ['hospital', 'hosptial'] }, 'cli');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain('No field hosptial');
    expect((error as ApiError).message).toContain('hospital, province');
    expect(() => acceptSuggestions(db, { minConfidence: 1.5 }, 'cli')).toThrow('between 0 and 1');
    expect(states()).toEqual(before);
  });

  it('writes the audit rows one ✓ per value writes, in the same order, and keeps the chain', () => {
    const bulk = seeded();
    const twin = Project.open(path.join(tempDir(), 'twin.gleaner'), {
      seedsDir: bundledSeedsDir,
    });
    // One article already started and one sent back, so both kinds of article are covered.
    for (const db of [bulk.db, twin.db]) {
      db.prepare("UPDATE articles SET status = 'in_progress' WHERE id = 1").run();
      db.prepare("UPDATE articles SET status = 'changes_requested' WHERE id = 2").run();
      // Texts the learned vote strips of spaces (or finds empty), as OCR leaves them.
      const spaced = db.prepare(
        "UPDATE field_values SET raw = ? WHERE id = (SELECT min(id) FROM field_values WHERE field_key = ? AND state = 'suggested')",
      );
      spaced.run('怀宁 县人民\u3000医院\t', 'hospital');
      spaced.run(' \r\n', 'city');
    }
    const auditFrom = (db: typeof bulk.db, after: number) =>
      db
        .prepare(
          'SELECT actor, entity, entity_id, action, before, after FROM audit WHERE id > ? ORDER BY id',
        )
        .all(after);
    const lastAudit = (db: typeof bulk.db) =>
      (db.prepare('SELECT max(id) AS n FROM audit').get() as { n: number }).n;
    const bulkFrom = lastAudit(bulk.db);
    const twinFrom = lastAudit(twin.db);
    const fields = ['hospital', 'city', 'beds'];

    const report = acceptSuggestions(bulk.db, { fields }, 'cli');
    const oneByOne = twin.db
      .prepare(
        `SELECT id AS valueId, revision FROM field_values
         WHERE state = 'suggested' AND field_key IN ('hospital', 'city', 'beds')
         ORDER BY article_id, id`,
      )
      .all() as { valueId: number; revision: number }[];
    setValueStates(
      twin.db,
      oneByOne.map((v) => ({ ...v, state: 'accepted' as const })),
      'cli',
    );

    expect(report.accepted).toBe(oneByOne.length);
    const written = auditFrom(bulk.db, bulkFrom);
    expect(written.length).toBeGreaterThan(report.accepted);
    expect(written).toEqual(auditFrom(twin.db, twinFrom));
    const rowsOf = (db: typeof bulk.db) =>
      db
        .prepare('SELECT id, state, revision FROM field_values ORDER BY id')
        .all()
        .concat(db.prepare('SELECT id, status, revision FROM articles ORDER BY id').all());
    expect(rowsOf(bulk.db)).toEqual(rowsOf(twin.db));
    // What the per-value triggers keep, done for the set at once: the same counts and votes.
    expect(keptByTriggers(bulk.db)).toEqual(keptByTriggers(twin.db));
    expect(keptByTriggers(bulk.db).votes).toContainEqual(
      expect.objectContaining({ text: '怀宁县人民医院', kind: 'keep' }),
    );
    expect(verifyAuditChain(bulk.db).broken).toBeNull();
    twin.close();
  });
});
