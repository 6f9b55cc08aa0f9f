import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { curatedRows, curatedSeedProject, pageArticles } from '../test-support/curated-page';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import { mergeArticles, moveRange, splitArticle } from './segmentation-corrections';
import { undoCorrection } from './segmentation-undo';
import { addValue } from './value-editing';

const tempDir = useTempDir('gleaner-undo-');

type Rows = ReturnType<typeof curatedRows>;
type ArticleRow = { id: number; revision: number; updated_at: string } & Record<string, unknown>;

/**
 * The rows as an undo must give them back: everything exactly, except that an article whose text
 * changed back has a newer revision (and time) than before, never an older one again.
 */
function expectRestored(now: Rows, before: Rows): void {
  const strip = (rows: Rows) => ({
    ...rows,
    articles: (rows.articles as ArticleRow[]).map(
      ({ revision: _r, updated_at: _u, ...rest }) => rest,
    ),
  });
  expect(strip(now)).toEqual(strip(before));
  const revisionBefore = new Map((before.articles as ArticleRow[]).map((a) => [a.id, a.revision]));
  for (const a of now.articles as ArticleRow[])
    expect(a.revision).toBeGreaterThanOrEqual(revisionBefore.get(a.id)!);
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('undoing a segmentation correction', () => {
  it('brings a merged-away article back with its id, values, comments and place (Ctrl+Z after a merge)', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const before = curatedRows(project.db);
    const merge = mergeArticles(project.db, { articleIds: [page[0]!, page[1]!] }, 'curator');
    expect(merge.articleIds).not.toContain(page[1]);
    const mergedRows = curatedRows(project.db);

    const undo = undoCorrection(project.db, { correctionId: merge.correctionId! }, 'curator');
    expect(undo.articleIds).toEqual(page);
    expectRestored(curatedRows(project.db), before);
    const audit = project.db
      .prepare(
        "SELECT actor, json_extract(after, '$.undoes') AS undoes FROM audit WHERE entity = 'document' AND action = 'undo-correction'",
      )
      .get();
    expect(audit).toEqual({ actor: 'curator', undoes: merge.correctionId });

    // Undoing the undo redoes the merge, with the same rows the merge left.
    const redo = undoCorrection(project.db, { correctionId: undo.correctionId! }, 'curator');
    expect(redo.articleIds).toEqual(merge.articleIds);
    expectRestored(curatedRows(project.db), mergedRows);
    project.close();
  });

  it('brings back a split exactly, removing the copies of divided values', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const before = curatedRows(project.db);
    const { ranges } = pageArticles(project.db, documentId)[0]!;
    const spans = project.db
      .prepare(
        `SELECT s.start, s.end FROM value_spans s JOIN field_values v ON v.id = s.value_id
          WHERE v.article_id = ? ORDER BY s.start`,
      )
      .all(page[0]!) as { start: number; end: number }[];
    const cut =
      spans.find(
        (s, i) =>
          i >= spans.length / 2 && spans.every((t) => t.end <= s.start || t.start >= s.start),
      )?.start ?? ranges[0]!.start + 1;
    const split = splitArticle(project.db, { articleId: page[0]!, at: cut }, 'curator');
    expect(curatedRows(project.db).values.length).toBeGreaterThan(before.values.length);
    undoCorrection(project.db, { correctionId: split.correctionId! }, 'curator');
    expectRestored(curatedRows(project.db), before);
    project.close();
  });

  it('refuses, changing nothing, when the page changed since or its article was approved', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const merge = mergeArticles(project.db, { articleIds: [page[0]!, page[1]!] }, 'curator');
    const added = addValue(
      project.db,
      { articleId: page[0]!, fieldKey: 'centers', text: '新加的中心', spans: [] },
      'curator',
    );
    let rows = curatedRows(project.db);
    const changed = refusal(() =>
      undoCorrection(project.db, { correctionId: merge.correctionId! }, 'curator'),
    );
    expect(changed.code).toBe('conflict');
    expect(changed.message).toMatch(
      /changed since the correction \(values were added or removed\)/,
    );
    expect(curatedRows(project.db)).toEqual(rows);

    project.db.prepare('DELETE FROM field_values WHERE id = ?').run(added.id);
    project.db.prepare("UPDATE articles SET status = 'approved' WHERE id = ?").run(page[0]!);
    rows = curatedRows(project.db);
    const locked = refusal(() =>
      undoCorrection(project.db, { correctionId: merge.correctionId! }, 'curator'),
    );
    expect(locked.code).toBe('forbidden');
    expect(locked.message).toMatch(/is approved/);
    expect(curatedRows(project.db)).toEqual(rows);
    project.close();
  });

  it('says so when the correction or its page no longer exists', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const merge = mergeArticles(project.db, { articleIds: [page[0]!, page[1]!] }, 'curator');
    expect(refusal(() => undoCorrection(project.db, { correctionId: 1 }, 'c'))).toMatchObject({
      code: 'not-found',
      message: 'There is no segmentation correction 1 to undo in this project.',
    });
    project.db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(
      refusal(() => undoCorrection(project.db, { correctionId: merge.correctionId! }, 'c')),
    ).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/no longer in this project/),
    });
    project.close();
  });
});

/** One correction, chosen by numbers that are read against the page as it is when it runs. */
type Step =
  | { kind: 'split'; article: number; at: number }
  | { kind: 'merge'; articles: number[] }
  | { kind: 'move'; from: number; to: number; at: number; length: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('split' as const),
    article: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('merge' as const),
    articles: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    from: fc.nat(),
    to: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 400 }),
  }),
);

/** The document offset at a fraction of an article's text (its ranges in order). */
function offsetAt(ranges: readonly { start: number; end: number }[], fraction: number): number {
  const total = ranges.reduce((n, r) => n + r.end - r.start, 0);
  let left = Math.floor(total * fraction);
  for (const r of ranges) {
    if (left < r.end - r.start) return r.start + left;
    left -= r.end - r.start;
  }
  return ranges.at(-1)!.end - 1;
}

/** The first offset from `offset` on that lies inside no span, so most generated cuts are valid. */
function outsideSpans(db: Project['db'], documentId: number, offset: number): number {
  const spans = db
    .prepare(
      `SELECT s.start, s.end FROM value_spans s JOIN field_values v ON v.id = s.value_id
         JOIN articles a ON a.id = v.article_id WHERE a.document_id = ? ORDER BY s.start`,
    )
    .all(documentId) as { start: number; end: number }[];
  let at = offset;
  for (let inside = spans.find((s) => s.start < at && at < s.end); inside;) {
    at = inside.end;
    inside = spans.find((s) => s.start < at && at < s.end);
  }
  return at;
}

/** `count` different articles of the page, chosen by the numbers given. */
function distinct<T>(items: readonly T[], picks: readonly number[]): T[] {
  const left = [...items];
  return picks.slice(0, items.length).map((n) => left.splice(n % left.length, 1)[0]!);
}

describe('undo, property', () => {
  let template = '';
  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-undo-template-'));
    const { project } = curatedSeedProject(dir);
    project.db.pragma('wal_checkpoint(TRUNCATE)');
    project.close();
    template = path.join(dir, 'p.gleaner');
  });
  afterAll(() => fs.rmSync(path.dirname(template), { recursive: true, force: true }));

  it('any sequence of splits, merges and moves, undone in reverse, restores the exact rows', () => {
    let run = 0;
    let applied = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(1, 3),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 6 }),
        (documentId, steps) => {
          const file = path.join(path.dirname(template), `run-${run++}.gleaner`);
          fs.copyFileSync(template, file);
          const project = Project.open(file);
          try {
            const db = project.db;
            const initial = curatedRows(db);
            const corrections: number[] = [];
            for (const step of steps) {
              const articles = pageArticles(db, documentId);
              const pick = (n: number) => articles[n % articles.length]!;
              const rowsBefore = curatedRows(db);
              try {
                const result =
                  step.kind === 'split'
                    ? splitArticle(
                        db,
                        {
                          articleId: pick(step.article).id,
                          at: outsideSpans(
                            db,
                            documentId,
                            offsetAt(pick(step.article).ranges, step.at),
                          ),
                        },
                        'c',
                      )
                    : step.kind === 'merge'
                      ? mergeArticles(
                          db,
                          { articleIds: distinct(articles, step.articles).map((a) => a.id) },
                          'c',
                        )
                      : (() => {
                          const [from, to] = distinct(articles, [step.from, step.to]);
                          const start = outsideSpans(
                            db,
                            documentId,
                            offsetAt(from!.ranges, step.at),
                          );
                          const end = outsideSpans(db, documentId, start + step.length);
                          return moveRange(
                            db,
                            { fromArticleId: from!.id, toArticleId: (to ?? from)!.id, start, end },
                            'c',
                          );
                        })();
                corrections.push(result.correctionId!);
                applied++;
              } catch (error) {
                // A refused correction (repeated ids, nothing left, a span cut in two) changes nothing.
                if (!(error instanceof ApiError) || error.code !== 'invalid-input') throw error;
                expect(curatedRows(db)).toEqual(rowsBefore);
              }
            }
            for (const correctionId of corrections.reverse())
              undoCorrection(db, { correctionId }, 'c');
            expectRestored(curatedRows(db), initial);
          } finally {
            project.close();
            fs.rmSync(file, { force: true });
          }
        },
      ),
      { numRuns: 30 },
    );
    // Many generated steps must have been real corrections, not refusals.
    expect(applied).toBeGreaterThan(20);
  });
});
