import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { curatedRows, curatedSeedProject, pageArticles } from '../test-support/curated-page';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';
import { checkProject } from './project-check';
import { mergeArticles, moveRange, splitArticle } from './segmentation-corrections';

const tempDir = useTempDir('gleaner-carry-');

type ValueRow = { id: number; article_id: number; state: string; revision: number; value: string };

const valuesOf = (rows: ReturnType<typeof curatedRows>, articleId: number) =>
  (rows.values as ValueRow[]).filter((v) => v.article_id === articleId);

/** What an ApiError thrown by `run` says (code and message), or a test failure. */
function refusal(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('segmentation corrections carry the curated work', () => {
  it('merging moves every value of the absorbed article, with its state and revision, and its comments', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const [keep, absorb] = page as [number, number];
    const before = curatedRows(project.db);
    const absorbed = valuesOf(before, absorb);
    expect(new Set(absorbed.map((v) => v.state))).toEqual(
      new Set(['suggested', 'accepted', 'rejected', 'added']),
    );

    const result = mergeArticles(project.db, { articleIds: [keep, absorb] }, 'curator');
    const after = curatedRows(project.db);
    expect(after.values).toHaveLength(before.values.length);
    for (const value of absorbed) {
      const now = (after.values as ValueRow[]).find((v) => v.id === value.id)!;
      expect(now).toMatchObject({
        article_id: keep,
        state: value.state,
        revision: value.revision,
        value: value.value,
      });
    }
    expect(after.spans).toEqual(before.spans);
    const comments = after.comments as { id: number; article_id: number }[];
    expect(comments.filter((c) => c.article_id === absorb)).toEqual([]);
    expect(comments).toHaveLength(before.comments.length);
    expect(result.effect.commentsMoving).toBe(1);
    expect(result.effect.valuesMoving.reduce((n, m) => n + m.count, 0)).toBe(absorbed.length);
    expect(result.effect.valuesMoving.find((m) => m.state === 'accepted')?.count).toBe(1);
    // Each article's own history says where the work went, and names the page's row.
    const history = project.db
      .prepare(
        "SELECT entity_id AS id, after FROM audit WHERE entity = 'article' AND action = 'merge-articles' ORDER BY entity_id",
      )
      .all() as { id: number; after: string }[];
    expect(history.map((h) => ({ id: h.id, ...JSON.parse(h.after) }))).toEqual([
      expect.objectContaining({
        id: keep,
        correction: result.correctionId,
        valuesIn: absorbed.length,
        commentsIn: 1,
      }),
      expect.objectContaining({
        id: absorb,
        ranges: null,
        valuesOut: absorbed.length,
        valuesNowIn: [keep],
      }),
    ]);
    project.close();
  });

  it('refuses a repeated or foreign article id and changes nothing', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const before = curatedRows(project.db);
    expect(
      refusal(() => mergeArticles(project.db, { articleIds: [page[0]!, page[0]!] }, 'c')),
    ).toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/listed more than once/),
    });
    // Article 1 is on another page (document 1).
    expect(
      refusal(() => mergeArticles(project.db, { articleIds: [page[0]!, 1] }, 'c')),
    ).toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/not on the same page/),
    });
    expect(
      refusal(() =>
        moveRange(
          project.db,
          { fromArticleId: page[0]!, toArticleId: page[0]!, start: 0, end: 9 },
          'c',
        ),
      ).message,
    ).toMatch(/to itself/);
    expect(curatedRows(project.db)).toEqual(before);
    project.close();
  });

  it('refuses to split, merge away or move text of an approved or submitted article', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const [first, second] = page as [number, number];
    const setStatus = project.db.prepare('UPDATE articles SET status = ? WHERE id = ?');
    for (const status of ['approved', 'submitted']) {
      setStatus.run(status, second);
      const before = curatedRows(project.db);
      const { ranges } = pageArticles(project.db, documentId)[1]!;
      const middle = ranges[0]!.start + 10;
      expect(
        refusal(() => splitArticle(project.db, { articleId: second, at: middle }, 'c')),
      ).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(new RegExp(`Article ${second} is ${status}`)),
      });
      expect(
        refusal(() => mergeArticles(project.db, { articleIds: [first, second] }, 'c')).code,
      ).toBe('forbidden');
      expect(
        refusal(() =>
          moveRange(
            project.db,
            { fromArticleId: second, toArticleId: first, start: ranges[0]!.start, end: middle },
            'c',
          ),
        ).code,
      ).toBe('forbidden');
      expect(curatedRows(project.db)).toEqual(before);
    }
    project.close();
  });

  it('splitting sends values with the text their spans lie in; a divided value stays whole on both sides', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const articleId = page[0]!;
    const spans = project.db
      .prepare(
        `SELECT v.id, s.start, s.end FROM field_values v
           JOIN value_spans s ON s.value_id = v.id WHERE v.article_id = ? ORDER BY s.start`,
      )
      .all(articleId) as { id: number; start: number; end: number }[];
    // A cut at a span's start half-way through the article, inside no span.
    const cut = spans.find(
      (s, i) => i >= spans.length / 2 && spans.every((t) => t.end <= s.start || t.start >= s.start),
    )!.start;
    const before = curatedRows(project.db);
    const valuesBefore = valuesOf(before, articleId);
    const spansOf = (id: number) => spans.filter((s) => s.id === id);
    const divided = valuesBefore.filter(
      (v) => spansOf(v.id).some((s) => s.end <= cut) && spansOf(v.id).some((s) => s.start >= cut),
    );
    expect(divided.length).toBeGreaterThan(0);

    const result = splitArticle(project.db, { articleId, at: cut }, 'curator');
    const tail = result.articleIds.find((id) => !page.includes(id))!;
    expect(pageArticles(project.db, documentId).map((a) => a.id)).toEqual(result.articleIds);
    const after = curatedRows(project.db);
    const spanRows = after.spans as { value_id: number; start: number; end: number }[];
    for (const value of valuesBefore) {
      const own = spansOf(value.id);
      const now = (after.values as ValueRow[]).find((v) => v.id === value.id)!;
      // Nothing about the value changes but where it is (and, if divided, which spans it keeps).
      expect(now).toMatchObject({
        state: value.state,
        revision: value.revision,
        value: value.value,
      });
      if (own.length === 0) expect(now.article_id).toBe(articleId);
      else if (own.every((s) => s.start >= cut)) expect(now.article_id).toBe(tail);
      else expect(now.article_id).toBe(articleId);
    }
    expect(result.effect.valuesDivided).toBe(divided.length);
    for (const value of divided) {
      const copy = (after.values as ValueRow[]).find(
        (v) =>
          v.article_id === tail &&
          v.value === value.value &&
          v.state === value.state &&
          !before.values.some((b) => (b as ValueRow).id === v.id),
      )!;
      expect(copy).toBeDefined();
      const copySpans = spanRows.filter((s) => s.value_id === copy.id);
      expect(copySpans.map((s) => [s.start, s.end])).toEqual(
        spansOf(value.id)
          .filter((s) => s.start >= cut)
          .map((s) => [s.start, s.end]),
      );
      expect(spanRows.filter((s) => s.value_id === value.id).every((s) => s.end <= cut)).toBe(true);
    }
    project.close();
  });

  it('refuses a split inside one span of a value, naming the value', () => {
    const { project, page } = curatedSeedProject(tempDir());
    const value = project.db
      .prepare(
        `SELECT v.id, s.start, s.end FROM field_values v JOIN value_spans s ON s.value_id = v.id
          WHERE v.article_id = ? AND s.end - s.start >= 2 ORDER BY s.start LIMIT 1 OFFSET 3`,
      )
      .get(page[1]!) as { id: number; start: number; end: number };
    const before = curatedRows(project.db);
    const refused = refusal(() =>
      splitArticle(project.db, { articleId: page[1]!, at: value.start + 1 }, 'c'),
    );
    expect(refused.code).toBe('invalid-input');
    // Another value's span may overlap it; the message names whichever it met first.
    expect(refused.message).toMatch(/cut the provenance \d+–\d+ of value \d+ \(field \w+\) in two/);
    expect(curatedRows(project.db)).toEqual(before);
    project.close();
  });

  it('moving text moves the values inside it to the receiving article', () => {
    const { project, page, documentId } = curatedSeedProject(tempDir());
    const [to, from] = page as [number, number];
    const { ranges } = pageArticles(project.db, documentId)[1]!;
    const inside = project.db
      .prepare(
        `SELECT v.id, max(s.end) AS end FROM field_values v JOIN value_spans s ON s.value_id = v.id
          WHERE v.article_id = ? GROUP BY v.id ORDER BY min(s.start) LIMIT 2`,
      )
      .all(from) as { id: number; end: number }[];
    const end = Math.max(...inside.map((v) => v.end));
    const dry = moveRange(
      project.db,
      { fromArticleId: from, toArticleId: to, start: ranges[0]!.start, end, dryRun: true },
      'curator',
    );
    const before = curatedRows(project.db);
    expect(dry.correctionId).toBeNull();
    const moving = dry.effect.valuesMoving.reduce((n, m) => n + m.count, 0);
    expect(moving).toBeGreaterThanOrEqual(inside.length);

    const done = moveRange(
      project.db,
      { fromArticleId: from, toArticleId: to, start: ranges[0]!.start, end },
      'curator',
    );
    expect(done.effect).toEqual(dry.effect);
    expect(curatedRows(project.db)).not.toEqual(before);
    const articleOf = project.db
      .prepare('SELECT article_id AS a FROM field_values WHERE id = ?')
      .pluck();
    for (const v of inside) expect(articleOf.get(v.id)).toBe(to);
    project.close();
  });
});

describe('articles.merge through the API', () => {
  it('refuses {"articleIds":[1,1]}: article 1 keeps its text and values, and check finds nothing', async () => {
    const { project, admin } = await reviewProject(tempDir());
    const before = curatedRows(project.db);
    const refused = await failure(admin.call('articles.merge', { articleIds: [1, 1] }));
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/Article 1 is listed more than once/);
    expect(curatedRows(project.db)).toEqual(before);
    expect(checkProject(project.db).problems).toEqual([]);

    // A dry run answers what would move and changes nothing; the real merge then matches it.
    const dry = await admin.call('articles.merge', { articleIds: [1, 2], dryRun: true });
    expect(dry.correctionId).toBeNull();
    expect(curatedRows(project.db)).toEqual(before);
    const merged = await admin.call('articles.merge', { articleIds: [1, 2] });
    expect(merged.effect).toEqual(dry.effect);
    expect(merged.correctionId).toEqual(expect.any(Number));
    expect(checkProject(project.db).problems).toEqual([]);
    project.close();
  });
});
