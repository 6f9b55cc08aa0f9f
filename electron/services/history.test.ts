import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_ROW_IDS } from '../database/audit-queries';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import {
  curatorAndReviewer,
  firstValue,
  revisionOf,
  setValueState,
  transition,
} from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-history-');

function python(script: string, ...args: string[]): unknown {
  return JSON.parse(execFileSync('python3', ['-c', script, ...args], { encoding: 'utf8' }));
}

/** A curator's value edit and a removal, written exactly as the team's audit conventions say. */
function auditValueEdit(
  db: ProjectDatabase,
  actor: string,
  articleId: number,
  valueId: number,
  field: string,
): void {
  appendAudit(db, {
    actor,
    entity: 'value',
    entityId: valueId,
    action: 'edit',
    before: {
      value: '旧',
      raw: '旧',
      spans: [],
      state: 'suggested',
      revision: 1,
      article: articleId,
      field,
    },
    after: { value: '新', raw: '新', spans: [], state: 'edited', article: articleId, field },
  });
  appendAudit(db, {
    actor,
    entity: 'value',
    entityId: 900_000 + valueId,
    action: 'remove',
    before: {
      value: 'x',
      raw: 'x',
      spans: [],
      state: 'added',
      revision: 1,
      article: articleId,
      field,
    },
  });
}

describe('history.list', () => {
  it("shows one article's own rows and its values' rows, newest first, and one value's rows", async () => {
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const [a, b] = [ids[0]!, ids[1]!];
    const value = firstValue(project.db, a);
    const earlier = (await curator.call('history.list', { articleId: a })).items;
    expect(earlier.map((e) => e.action)).toEqual(['extract']);
    await setValueState(curator, value, 'accepted');
    auditValueEdit(project.db, '王芳', a, value.id, value.fieldKey);
    await transition(curator, a, revisionOf(project.db, a), 'submit');
    await transition(curator, b, 1, 'submit');
    await reviewer.call('comments.add', { articleId: a, body: '请看日期' });
    await transition(reviewer, a, revisionOf(project.db, a), 'approve');

    const ofA = await curator.call('history.list', { articleId: a });
    // A first change to a new article may also record that work started (the article guard).
    const autoStart = ofA.items.filter(
      (e) => e.action === 'transition' && (e.after as { action: string }).action === 'start',
    );
    expect(autoStart.length).toBeLessThanOrEqual(1);
    expect(
      ofA.items.filter((e) => !autoStart.includes(e)).map((e) => [e.actor, e.entity, e.action]),
    ).toEqual([
      ['李明', 'article', 'transition'],
      ['李明', 'comment', 'add'],
      ['王芳', 'article', 'transition'],
      ['王芳', 'value', 'remove'],
      ['王芳', 'value', 'edit'],
      ['王芳', 'value', 'set-state'],
      ['gleaner', 'article', 'extract'],
    ]);
    expect(ofA.total).toBe(7 + autoStart.length);
    expect(ofA.items[0]!.after).toEqual({ status: 'approved', action: 'approve' });
    expect(ofA.items.some((e) => e.entityId === b)).toBe(false);

    const page = await curator.call('history.list', { articleId: a, offset: 2, limit: 2 });
    expect(page.items.map((e) => e.id)).toEqual(ofA.items.slice(2, 4).map((e) => e.id));
    expect(page.total).toBe(ofA.total);

    const ofValue = await curator.call('history.list', { valueId: value.id });
    expect(ofValue.items.map((e) => e.action)).toEqual(['edit', 'set-state']);

    const all = await curator.call('history.list', { limit: 1000 });
    const count = (project.db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
    expect(all.total).toBe(count);
    expect(all.items.map((e) => e.id)).toEqual(
      [...all.items.map((e) => e.id)].sort((x, y) => y - x),
    );
  });

  it("narrows the log by person, action (a workflow step too), article and day, and names each row's article", async () => {
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const [a, b] = [ids[0]!, ids[1]!];
    const value = firstValue(project.db, a);
    await setValueState(curator, value, 'accepted');
    await transition(curator, a, revisionOf(project.db, a), 'submit');
    await transition(curator, b, revisionOf(project.db, b), 'submit');
    await transition(reviewer, a, revisionOf(project.db, a), 'approve');

    const byReviewer = await curator.call('history.list', { actor: '李明' });
    const reviewerRows = project.db
      .prepare("SELECT count(*) AS n FROM audit WHERE actor = '李明'")
      .get() as { n: number };
    expect(reviewerRows.n).toBeGreaterThan(0);
    expect(byReviewer.total).toBe(reviewerRows.n);
    expect(new Set(byReviewer.items.map((e) => e.actor))).toEqual(new Set(['李明']));
    expect(
      byReviewer.items.some((e) => (e.after as { action?: string }).action === 'approve'),
    ).toBe(true);

    const submits = await curator.call('history.list', { action: 'submit' });
    expect(submits.items.map((e) => e.articleId)).toEqual([b, a]);
    const states = await curator.call('history.list', { action: 'set-state', articleId: a });
    expect(states.items.map((e) => [e.entityId, e.articleId])).toEqual([[value.id, a]]);
    const title = (
      project.db.prepare('SELECT title FROM articles WHERE id = ?').get(a) as {
        title: string | null;
      }
    ).title;
    expect(states.items[0]!.articleTitle).toBe(title);

    const today = new Date().toISOString().slice(0, 10);
    const all = await curator.call('history.list', { limit: 1000 });
    expect((await curator.call('history.list', { from: today, to: today })).total).toBe(all.total);
    expect((await curator.call('history.list', { to: '2000-01-01' })).total).toBe(0);
    expect((await curator.call('history.list', { from: '2999-01-01' })).total).toBe(0);
    const bad = await failure(curator.call('history.list', { from: 'yesterday' }));
    expect(bad.code).toBe('invalid-input');
  });

  it("reads an article's history through indexes, not by scanning a long log", async () => {
    const { project, admin, ids } = await reviewProject(tempDir());
    const a = ids[0]!;
    const plan = (
      project.db.prepare(`EXPLAIN QUERY PLAN ${ARTICLE_ROW_IDS}`).all({ article: a }) as {
        detail: string;
      }[]
    ).map((r) => r.detail);
    expect(plan.filter((d) => d.startsWith('SCAN audit'))).toEqual([]);

    // 200,000 rows about other articles, then time the lookup.
    // A fixture, not an edit: written set-based with the append-only trigger lifted (one
    // statement instead of 200,000 appendAudit calls); the hash chain plays no part here.
    project.db.exec('DROP TRIGGER audit_append_only');
    project.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
         INSERT INTO audit (at, actor, entity, entity_id, action, before, after)
         SELECT '2026-01-01T00:00:00.000Z', 'bulk', 'value', i, 'set-state', '{"state":"suggested"}',
                json_object('state', 'accepted', 'article', 1000000 + i % 5000, 'field', 'date') FROM n`,
      )
      .run();
    const before = (await admin.call('history.list', { articleId: a })).total;
    auditValueEdit(project.db, 'me', a, 1, 'date');
    const started = performance.now();
    const result = await admin.call('history.list', { articleId: a });
    const ms = performance.now() - started;
    console.log(`history of one article among 200,000 audit rows: ${ms.toFixed(1)} ms`);
    expect(result.total).toBe(before + 2);
    expect(ms).toBeLessThan(500);
  });
});

describe('history.export', () => {
  it('writes the whole log oldest first as JSONL equal to the audit table', async () => {
    const dir = tempDir();
    const { project, windows, ids } = await reviewProject(dir, { 王芳: 'curator' });
    const value = firstValue(project.db, ids[0]!);
    auditValueEdit(project.db, '王芳', ids[0]!, value.id, value.fieldKey);
    await transition(windows['王芳']!, ids[0]!, 1, 'submit', { comment: '完成 😀𠀀' });
    const out = path.join(dir, 'history.jsonl');
    const result = await windows['王芳']!.call('history.export', { out });
    expect(result.path).toBe(out);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);

    const checked = python(
      `
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[2])
table = [dict(id=r[0], at=r[1], actor=r[2], entity=r[3], entityId=r[4], action=r[5],
              before=None if r[6] is None else json.loads(r[6]),
              after=None if r[7] is None else json.loads(r[7]))
         for r in db.execute('SELECT id, at, actor, entity, entity_id, action, before, after FROM audit ORDER BY id')]
with open(sys.argv[1], encoding='utf-8') as f:
    exported = [json.loads(line) for line in f]
assert exported == table, (len(exported), len(table))
print(json.dumps({'rows': len(exported), 'comment': exported[-1]['after']['comment']}, ensure_ascii=False))
`,
      out,
      project.filePath,
    );
    expect(checked).toEqual({ rows: result.rows, comment: '完成 😀𠀀' });
    expect(result.rows).toBeGreaterThan(3);
  });

  it('writes CSV with a BOM, neutralised cells and JSON before/after that Python reads back', async () => {
    const dir = tempDir();
    const { project, admin, ids } = await reviewProject(dir);
    // A profile whose name a spreadsheet would run as a formula.
    const sly = await admin.call('profiles.create', {
      name: '=HYPERLINK("http://x")',
      role: 'curator',
    });
    await admin.call('session.signIn', { profileId: sly.id });
    await transition(admin, ids[0]!, 1, 'submit', { comment: 'a,b "c"\n第二行' });
    const out = path.join(dir, 'history.csv');
    const result = await admin.call('history.export', { out, format: 'csv' });
    const raw = fs.readFileSync(out);
    expect(raw.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const rows = python(
      `
import csv, json, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    print(json.dumps(list(csv.DictReader(f)), ensure_ascii=False))
`,
      out,
    ) as Record<string, string>[];
    expect(rows).toHaveLength(result.rows);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'at',
      'actor',
      'entity',
      'entity_id',
      'action',
      'before',
      'after',
    ]);
    const table = project.db.prepare('SELECT * FROM audit ORDER BY id').all() as Record<
      string,
      string | number | null
    >[];
    rows.forEach((row, i) => {
      const stored = table[i]!;
      expect(Number(row.id)).toBe(stored.id);
      expect(row.actor).toBe(
        String(stored.actor).startsWith('=') ? `'${stored.actor}` : stored.actor,
      );
      expect(row.before === '' ? null : JSON.parse(row.before!)).toEqual(
        stored.before === null ? null : JSON.parse(String(stored.before)),
      );
      expect(row.after === '' ? null : JSON.parse(row.after!)).toEqual(
        stored.after === null ? null : JSON.parse(String(stored.after)),
      );
    });
    expect(rows.at(-1)).toMatchObject({ actor: `'=HYPERLINK("http://x")`, action: 'transition' });
    expect((JSON.parse(rows.at(-1)!.after!) as { comment: string }).comment).toBe(
      'a,b "c"\n第二行',
    );
  });

  it('never replaces an existing file unless the user confirmed it', async () => {
    const dir = tempDir();
    const { admin } = await reviewProject(dir);
    const out = path.join(dir, 'notes.txt');
    fs.writeFileSync(out, 'my own notes');
    const refused = await failure(admin.call('history.export', { out }));
    expect(refused.code).toBe('file-exists');
    expect(refused.message).toContain(out);
    expect(fs.readFileSync(out, 'utf8')).toBe('my own notes');
    expect(fs.readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
    const confirmed = await admin.call('history.export', { out, overwrite: true });
    expect(confirmed.rows).toBeGreaterThan(0);
    expect(fs.readFileSync(out, 'utf8')).not.toBe('my own notes');
  });

  it('refuses a folder that does not exist, naming it', async () => {
    const dir = tempDir();
    const { admin } = await reviewProject(dir);
    const error = await failure(
      admin.call('history.export', { out: path.join(dir, 'nope', 'h.jsonl') }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.message).toContain('nope');
  });
});

describe('the audit log', () => {
  it('cannot be edited or deleted, and the exported history still equals it after a full workflow', async () => {
    const dir = tempDir();
    const { project, curator, reviewer, ids } = await curatorAndReviewer(dir);
    await transition(curator, ids[0]!, 1, 'submit');
    await transition(reviewer, ids[0]!, 2, 'approve');
    expect(() => project.db.prepare("UPDATE audit SET actor = 'someone else'").run()).toThrow(
      /append-only/,
    );
    expect(() =>
      project.db.prepare('DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)').run(),
    ).toThrow(/append-only/);
    const out = path.join(dir, 'h.jsonl');
    const { rows } = await reviewer.call('history.export', { out });
    const exported = fs
      .readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; actor: string; before: unknown; after: unknown });
    const table = project.db
      .prepare('SELECT id, actor, before, after FROM audit ORDER BY id')
      .all() as {
      id: number;
      actor: string;
      before: string | null;
      after: string | null;
    }[];
    expect(rows).toBe(table.length);
    expect(
      exported.map((e) => [e.id, e.actor, JSON.stringify(e.before), JSON.stringify(e.after)]),
    ).toEqual(table.map((t) => [t.id, t.actor, t.before ?? 'null', t.after ?? 'null']));
  });
});
