import { describe, expect, it } from 'vitest';
import type { ProjectDatabase } from '../database/open-project';
import { curatorAndReviewer, transition } from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-assign-');

function assignees(db: ProjectDatabase): Record<number, number | null> {
  const rows = db.prepare('SELECT id, assignee_id AS a FROM articles ORDER BY id').all() as {
    id: number;
    a: number | null;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.a]));
}

function assignAudit(
  db: ProjectDatabase,
): { actor: string; entityId: number; before: unknown; after: unknown }[] {
  return (
    db
      .prepare(
        "SELECT actor, entity_id AS entityId, before, after FROM audit WHERE action = 'assign' ORDER BY id",
      )
      .all() as { actor: string; entityId: number; before: string; after: string }[]
  ).map((r) => ({ ...r, before: JSON.parse(r.before), after: JSON.parse(r.after) }));
}

/** Adds `n` one-range articles to the project in SQL, as a large import would leave them. */
function addArticles(db: ProjectDatabase, n: number): void {
  const at = new Date().toISOString();
  db.transaction(() => {
    const doc = Number(
      db
        .prepare(
          "INSERT INTO documents (name, kind, sha256, encoding, text, char_count, imported_at) VALUES ('big.txt', 'text', 'big', 'utf-8', '新闻正文', 4, ?)",
        )
        .run(at).lastInsertRowid,
    );
    db.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO articles (document_id, ordinal, title, status, created_at, updated_at)
       SELECT ?, i, '新闻 ' || i, CASE WHEN i % 2 = 0 THEN 'submitted' ELSE 'new' END, ?, ? FROM n`,
    ).run(n, doc, at, at);
  })();
}

describe('articles.assign', () => {
  it('assigns listed articles, audits each change and leaves already-assigned ones alone', async () => {
    const { project, admin, reviewer, ids } = await curatorAndReviewer(tempDir());
    const wangFang = (await admin.call('profiles.list', {})).find((p) => p.name === '王芳')!;
    const [a, b, c] = [ids[0]!, ids[1]!, ids[2]!];

    expect(
      await reviewer.call('articles.assign', { assigneeId: wangFang.id, articleIds: [a, b] }),
    ).toEqual({ count: 2 });
    expect(
      await reviewer.call('articles.assign', { assigneeId: wangFang.id, articleIds: [b, c, c] }),
    ).toEqual({ count: 1 });
    expect(await reviewer.call('articles.assign', { assigneeId: null, articleIds: [a] })).toEqual({
      count: 1,
    });
    const now = assignees(project.db);
    expect([now[a], now[b], now[c]]).toEqual([null, wangFang.id, wangFang.id]);
    expect(assignAudit(project.db)).toEqual([
      {
        actor: '李明',
        entityId: a,
        before: { assigneeId: null },
        after: { assigneeId: wangFang.id, assigneeName: '王芳' },
      },
      {
        actor: '李明',
        entityId: b,
        before: { assigneeId: null },
        after: { assigneeId: wangFang.id, assigneeName: '王芳' },
      },
      {
        actor: '李明',
        entityId: c,
        before: { assigneeId: null },
        after: { assigneeId: wangFang.id, assigneeName: '王芳' },
      },
      {
        actor: '李明',
        entityId: a,
        before: { assigneeId: wangFang.id },
        after: { assigneeId: null, assigneeName: null },
      },
    ]);
    // Assignment is not an edit: a curator's revision of the article stays valid.
    expect(project.db.prepare('SELECT revision FROM articles WHERE id = ?').get(b)).toEqual({
      revision: 1,
    });
  });

  it('assigns every article matching a filter, as the article list shows them', async () => {
    const { project, admin, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const wangFang = (await admin.call('profiles.list', {})).find((p) => p.name === '王芳')!;
    await transition(windows['王芳']!, ids[3]!, 1, 'submit');
    await transition(windows['王芳']!, ids[5]!, 1, 'submit');
    const filter = { status: 'submitted' as const };
    const listed = await admin.call('articles.list', filter);
    expect(await admin.call('articles.assign', { assigneeId: wangFang.id, filter })).toEqual({
      count: listed.total,
    });
    const mine = await admin.call('articles.list', { assigneeId: wangFang.id });
    expect(mine.items.map((i) => i.id).sort()).toEqual([ids[3]!, ids[5]!].sort());
    expect(mine.items.every((i) => i.assigneeName === '王芳')).toBe(true);

    const title = (
      project.db.prepare('SELECT title FROM articles WHERE id = ?').get(ids[0]!) as {
        title: string;
      }
    ).title;
    const byQuery = await admin.call('articles.list', { query: title.slice(0, 2) });
    expect(byQuery.total).toBeGreaterThan(0);
    const unassigned = await admin.call('articles.assign', {
      assigneeId: wangFang.id,
      filter: { query: title.slice(0, 2) },
    });
    expect(unassigned.count).toBe(byQuery.items.filter((i) => i.assigneeId !== wangFang.id).length);
  });

  it('refuses unknown articles, retired or unknown assignees, and curators assigning', async () => {
    const { project, admin, windows, ids } = await reviewProject(tempDir(), {
      王芳: 'curator',
      赵六: 'curator',
    });
    const profiles = await admin.call('profiles.list', {});
    const wangFang = profiles.find((p) => p.name === '王芳')!;
    const zhao = profiles.find((p) => p.name === '赵六')!;

    const missing = await failure(
      admin.call('articles.assign', { assigneeId: wangFang.id, articleIds: [ids[0]!, 987_654] }),
    );
    expect(missing.code).toBe('not-found');
    expect(missing.message).toContain('987654');
    expect(Object.values(assignees(project.db)).every((a) => a === null)).toBe(true);

    const curatorOthers = await failure(
      windows['王芳']!.call('articles.assign', { assigneeId: zhao.id, articleIds: [ids[0]!] }),
    );
    expect(curatorOthers.code).toBe('forbidden');
    // Not even to themself: taking an article someone else was given is reassigning it.
    const curatorTakes = await failure(
      windows['王芳']!.call('articles.assign', { assigneeId: wangFang.id, articleIds: [ids[0]!] }),
    );
    expect(curatorTakes.message).toBe(
      'Only a reviewer or an admin can assign articles; 王芳 is a curator.',
    );
    expect(Object.values(assignees(project.db)).every((a) => a === null)).toBe(true);

    await admin.call('profiles.update', { id: zhao.id, retired: true });
    const retired = await failure(
      admin.call('articles.assign', { assigneeId: zhao.id, articleIds: [ids[1]!] }),
    );
    expect(retired.code).toBe('conflict');
    expect(retired.message).toContain('赵六');
    expect(
      (await failure(admin.call('articles.assign', { assigneeId: 4242, articleIds: [ids[1]!] })))
        .code,
    ).toBe('not-found');
    const both = await failure(
      admin.call('articles.assign', { assigneeId: null, articleIds: [ids[1]!], filter: {} }),
    );
    expect(both.code).toBe('invalid-input');
  });

  it('assigns 10,000 articles quickly, by filter and by ids, with one audit row each', async () => {
    const { project, admin } = await reviewProject(tempDir(), { 王芳: 'curator', 赵六: 'curator' });
    addArticles(project.db, 10_000);
    const profiles = await admin.call('profiles.list', {});
    const wangFang = profiles.find((p) => p.name === '王芳')!;
    const zhao = profiles.find((p) => p.name === '赵六')!;
    const total = (project.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number })
      .n;

    let started = performance.now();
    const byFilter = await admin.call('articles.assign', { assigneeId: wangFang.id, filter: {} });
    const filterMs = performance.now() - started;
    expect(byFilter.count).toBe(total);

    const ids = (
      project.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]
    ).map((r) => r.id);
    started = performance.now();
    const byIds = await admin.call('articles.assign', { assigneeId: zhao.id, articleIds: ids });
    const idsMs = performance.now() - started;
    expect(byIds.count).toBe(total);
    console.log(
      `assign ${total} articles: by filter ${filterMs.toFixed(0)} ms, by ids ${idsMs.toFixed(0)} ms`,
    );
    expect(assignAudit(project.db)).toHaveLength(2 * total);
    // Generous on a shared 2-core machine; measured well under a second when idle.
    expect(filterMs).toBeLessThan(5000);
    expect(idsMs).toBeLessThan(5000);
  });
});
