import { describe, expect, it } from 'vitest';
import { appendAudit } from '../database/audit-repository';
import type { ProjectDatabase } from '../database/open-project';
import { valuesOfArticle } from '../database/values-repository';
import { curatorAndReviewer, setValueState } from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { failure, reviewProject } from '../test-support/review-project';

const tempDir = useTempDir('gleaner-diff-');

/** A curator's edit as the value-editing service writes it: the row and its audit entry. */
function editValue(db: ProjectDatabase, actor: string, valueId: number, text: string): void {
  const row = db
    .prepare(
      'SELECT article_id AS article, field_key AS field, value, raw, state, revision FROM field_values WHERE id = ?',
    )
    .get(valueId) as {
    article: number;
    field: string;
    value: string;
    raw: string;
    state: string;
    revision: number;
  };
  const spans = db
    .prepare('SELECT start, end, text FROM value_spans WHERE value_id = ? ORDER BY start')
    .all(valueId);
  db.prepare(
    "UPDATE field_values SET value = ?, raw = ?, state = 'edited', revision = revision + 1 WHERE id = ?",
  ).run(JSON.stringify(text), text, valueId);
  appendAudit(db, {
    actor,
    entity: 'value',
    entityId: valueId,
    action: 'edit',
    before: {
      value: JSON.parse(row.value) as unknown,
      raw: row.raw,
      spans,
      state: row.state,
      revision: row.revision,
      article: row.article,
      field: row.field,
    },
    after: {
      value: text,
      raw: text,
      spans,
      state: 'edited',
      article: row.article,
      field: row.field,
    },
  });
}

/** Detaching a value's last span, as the span service writes it. */
function detachSpans(db: ProjectDatabase, actor: string, valueId: number): void {
  const row = db
    .prepare('SELECT article_id AS article, field_key AS field FROM field_values WHERE id = ?')
    .get(valueId) as { article: number; field: string };
  const spans = db
    .prepare('SELECT start, end, text FROM value_spans WHERE value_id = ? ORDER BY start')
    .all(valueId);
  db.prepare('DELETE FROM value_spans WHERE value_id = ?').run(valueId);
  appendAudit(db, {
    actor,
    entity: 'value',
    entityId: valueId,
    action: 'detach-span',
    before: { spans },
    after: { spans: [], article: row.article, field: row.field },
  });
}

describe('review.diff', () => {
  it('tells unchanged, accepted, edited, rejected and added values apart, with who and when', async () => {
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const articleId = ids.find(
      (id) => valuesOfArticle(project.db, id).filter((v) => v.spans.length > 0).length >= 5,
    )!;
    const original = valuesOfArticle(project.db, articleId);
    const withSpans = original.filter((v) => v.spans.length > 0);
    const [untouched, accepted, edited, rejected, respanned] = withSpans as [
      (typeof original)[number],
      (typeof original)[number],
      (typeof original)[number],
      (typeof original)[number],
      (typeof original)[number],
    ];

    await setValueState(curator, accepted, 'accepted');
    await setValueState(curator, rejected, 'rejected');
    editValue(project.db, '王芳', edited.id, '上海市第一人民医院');
    detachSpans(project.db, '王芳', respanned.id);
    const at = new Date().toISOString();
    const addedId = Number(
      project.db
        .prepare(
          `INSERT INTO field_values (article_id, field_key, ordinal, value, value_key, raw, origin, state, schema_id, schema_version, created_at, updated_at)
           SELECT ?, field_key, 99, '"新增"', '"新增"', '新增', 'curator', 'added', schema_id, schema_version, ?, ? FROM field_values WHERE id = ?`,
        )
        .run(articleId, at, at, untouched.id).lastInsertRowid,
    );
    appendAudit(project.db, {
      actor: '王芳',
      entity: 'value',
      entityId: addedId,
      action: 'add',
      after: {
        value: '新增',
        raw: '新增',
        spans: [],
        state: 'added',
        article: articleId,
        field: untouched.fieldKey,
      },
    });

    const diff = await reviewer.call('review.diff', { articleId });
    expect(diff.articleId).toBe(articleId);
    const byId = new Map(diff.changes.map((c) => [c.valueId, c]));
    expect(diff.changes).toHaveLength(original.length + 1);

    const snapshot = (v: (typeof original)[number]) => ({
      value: v.value,
      raw: v.raw,
      spans: v.spans,
    });
    expect(byId.get(untouched.id)).toEqual({
      fieldKey: untouched.fieldKey,
      valueId: untouched.id,
      change: 'unchanged',
      suggested: snapshot(untouched),
      current: snapshot(untouched),
      changedBy: null,
      changedAt: null,
    });
    expect(byId.get(accepted.id)).toMatchObject({
      change: 'accepted',
      suggested: snapshot(accepted),
      changedBy: '王芳',
    });
    expect(byId.get(edited.id)).toMatchObject({
      change: 'edited',
      suggested: snapshot(edited),
      current: { value: '上海市第一人民医院', raw: '上海市第一人民医院', spans: edited.spans },
      changedBy: '王芳',
    });
    expect(byId.get(rejected.id)).toMatchObject({
      change: 'rejected',
      suggested: snapshot(rejected),
      current: null,
    });
    // Still a suggestion, but its provenance changed: the reviewer must see it.
    expect(byId.get(respanned.id)).toMatchObject({
      change: 'edited',
      suggested: snapshot(respanned),
      current: { value: respanned.value, raw: respanned.raw, spans: [] },
    });
    expect(byId.get(addedId)).toMatchObject({
      change: 'added',
      suggested: null,
      current: { value: '新增', raw: '新增', spans: [] },
      changedBy: '王芳',
    });
    expect(Date.parse(byId.get(addedId)!.changedAt!)).toBeGreaterThan(Date.parse(at) - 1000);
  });

  it('keeps the first suggestion through several edits, and refuses an unknown article', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const [value] = valuesOfArticle(project.db, ids[0]!);
    editValue(project.db, '王芳', value!.id, '第一次');
    editValue(project.db, 'admin', value!.id, '第二次');
    const diff = await windows['王芳']!.call('review.diff', { articleId: ids[0]! });
    const change = diff.changes.find((c) => c.valueId === value!.id)!;
    expect(change.suggested).toEqual({ value: value!.value, raw: value!.raw, spans: value!.spans });
    expect(change.current?.value).toBe('第二次');
    expect(change.changedBy).toBe('admin');
    expect((await failure(windows['王芳']!.call('review.diff', { articleId: 424_242 }))).code).toBe(
      'not-found',
    );
  });

  it('follows real edits, span changes, additions and removals made through the API', async () => {
    const { project, windows, ids } = await reviewProject(tempDir(), { 王芳: 'curator' });
    const curator = windows['王芳']!;
    const textFields = new Set(['title', 'column', 'honors', 'centers', 'hospital']);
    const articleId = ids.find(
      (id) => valuesOfArticle(project.db, id).filter((v) => textFields.has(v.fieldKey)).length >= 2,
    )!;
    const [edited, respanned] = valuesOfArticle(project.db, articleId).filter((v) =>
      textFields.has(v.fieldKey),
    ) as [ReturnType<typeof valuesOfArticle>[number], ReturnType<typeof valuesOfArticle>[number]];
    const range = project.db
      .prepare('SELECT start, end FROM article_ranges WHERE article_id = ? ORDER BY start LIMIT 1')
      .get(articleId) as { start: number; end: number };
    const dashboardBefore = await curator.call('dashboard.stats', {});

    const afterEdit = await curator.call('values.edit', {
      valueId: edited.id,
      revision: edited.revision,
      text: '人工改写的值',
    });
    const afterAttach = await curator.call('values.attachSpan', {
      valueId: respanned.id,
      revision: respanned.revision,
      start: range.start,
      end: range.start + 2,
    });
    const added = await curator.call('values.add', {
      articleId,
      fieldKey: 'honors',
      text: '新增荣誉',
    });
    const removed = await curator.call('values.add', {
      articleId,
      fieldKey: 'centers',
      text: '加错了',
    });
    await curator.call('values.remove', { valueId: removed.id, revision: removed.revision });

    const diff = await curator.call('review.diff', { articleId });
    const byId = new Map(diff.changes.map((c) => [c.valueId, c]));
    expect(byId.get(edited.id)).toMatchObject({
      change: 'edited',
      suggested: { value: edited.value, raw: edited.raw, spans: edited.spans },
      current: { value: afterEdit.value, raw: afterEdit.raw, spans: afterEdit.spans },
      changedBy: '王芳',
    });
    expect(byId.get(respanned.id)).toMatchObject({
      change: 'edited',
      suggested: { value: respanned.value, raw: respanned.raw, spans: respanned.spans },
      current: { spans: afterAttach.spans },
    });
    expect(afterAttach.spans).toHaveLength(respanned.spans.length + 1);
    expect(byId.get(added.id)).toMatchObject({
      change: 'added',
      suggested: null,
      current: { raw: '新增荣誉' },
    });
    expect(byId.has(removed.id)).toBe(false);

    const history = await curator.call('history.list', { articleId });
    const actions = history.items.filter((e) => e.entity === 'value').map((e) => e.action);
    expect(actions).toEqual(['remove', 'add', 'add', 'attach-span', 'edit']);
    const dashboard = await curator.call('dashboard.stats', {});
    expect(dashboard.curators.find((p) => p.actor === '王芳')?.edits).toBe(5);
    const rule = (stats: typeof dashboard, name: string | null) =>
      stats.extractors.find((r) => r.extractor === (name ?? 'unknown'))!;
    const editedRule = rule(dashboard, edited.extractor);
    const editedRuleBefore = rule(dashboardBefore, edited.extractor);
    const both = edited.extractor === respanned.extractor ? 2 : 1;
    expect(editedRule.edited - editedRuleBefore.edited).toBe(both);
  });
});
