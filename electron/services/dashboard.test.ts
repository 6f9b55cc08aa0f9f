import { describe, expect, it } from 'vitest';
import { articleStatuses } from '../../shared/contract/domain';
import { appendAudit } from '../database/audit-repository';
import { valuesOfArticle } from '../database/values-repository';
import {
  curatorAndReviewer,
  revisionOf,
  setValueState,
  transition,
} from '../test-support/review-fixtures';
import { useTempDir } from '../test-support/temp-dir';
import { lastDays, type dashboardStats } from './dashboard';

const tempDir = useTempDir('gleaner-dashboard-');

type Extractors = ReturnType<typeof dashboardStats>['extractors'];

function byExtractor(rows: Extractors): Map<string, Extractors[number]> {
  return new Map(rows.map((r) => [r.extractor, r]));
}

describe('lastDays', () => {
  it('lists UTC days ending today, across a month end', () => {
    expect(lastDays(3, new Date('2026-03-01T23:30:00-05:00'))).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});

describe('dashboard.stats', () => {
  it('counts statuses, daily progress, per-person throughput and what became of each rule’s suggestions', async () => {
    const { project, curator, reviewer, ids } = await curatorAndReviewer(tempDir());
    const before = byExtractor((await curator.call('dashboard.stats', {})).extractors);

    // 王芳 accepts two suggestions, rejects one and edits one (then accepts it) on article 1.
    const [a, b, c] = [ids[0]!, ids[1]!, ids[2]!];
    const values = valuesOfArticle(project.db, a).filter((v) => v.origin === 'extracted');
    const [v1, v2, v3, v4] = values as [
      (typeof values)[number],
      (typeof values)[number],
      (typeof values)[number],
      (typeof values)[number],
    ];
    await setValueState(curator, v1, 'accepted');
    await setValueState(curator, v2, 'accepted');
    await setValueState(curator, v3, 'rejected');
    appendAudit(project.db, {
      actor: '王芳',
      entity: 'value',
      entityId: v4.id,
      action: 'edit',
      before: {
        value: v4.value,
        raw: v4.raw,
        spans: v4.spans,
        state: 'suggested',
        revision: v4.revision,
        article: a,
        field: v4.fieldKey,
      },
      after: {
        value: '改过',
        raw: '改过',
        spans: v4.spans,
        state: 'edited',
        article: a,
        field: v4.fieldKey,
      },
    });
    project.db
      .prepare(
        "UPDATE field_values SET value = '\"改过\"', raw = '改过', revision = revision + 1 WHERE id = ?",
      )
      .run(v4.id);
    await setValueState(curator, { id: v4.id, revision: v4.revision + 1 }, 'accepted');

    // Submit three, approve one, send one back; approve, reopen and approve again the third.
    for (const id of [a, b, c]) {
      await transition(curator, id, revisionOf(project.db, id), 'submit');
    }
    await transition(reviewer, a, revisionOf(project.db, a), 'approve');
    await transition(reviewer, b, revisionOf(project.db, b), 'requestChanges', {
      comment: '补上日期',
    });
    for (const action of ['approve', 'reopen', 'submit', 'approve'] as const) {
      const window = action === 'submit' ? curator : reviewer;
      await transition(window, c, revisionOf(project.db, c), action);
    }
    // An approval by 李明 three days ago, and one long ago that a 30-day view leaves out.
    const now = new Date();
    const threeDaysAgo = new Date(now.getTime() - 3 * 86_400_000).toISOString();
    const longAgo = new Date(now.getTime() - 45 * 86_400_000).toISOString();
    for (const at of [threeDaysAgo, longAgo]) {
      appendAudit(
        project.db,
        {
          actor: '李明',
          entity: 'article',
          entityId: ids[5]!,
          action: 'transition',
          before: { status: 'submitted', revision: 9 },
          after: { status: 'approved', action: 'approve' },
        },
        at,
      );
    }

    const stats = await reviewer.call('dashboard.stats', { days: 30 });
    expect(Object.keys(stats.byStatus).sort()).toEqual([...articleStatuses].sort());
    expect(stats.byStatus).toEqual({
      new: 6,
      in_progress: 0,
      submitted: 0,
      approved: 2,
      changes_requested: 1,
    });

    expect(stats.progress).toHaveLength(30);
    const today = now.toISOString().slice(0, 10);
    expect(stats.progress.at(-1)).toEqual({ day: today, submitted: 4, approved: 3 });
    expect(stats.progress.find((d) => d.day === threeDaysAgo.slice(0, 10))).toMatchObject({
      approved: 1,
    });
    expect(stats.progress.reduce((n, d) => n + d.approved, 0)).toBe(4);

    expect(stats.curators.find((p) => p.actor === '王芳')).toEqual({
      actor: '王芳',
      edits: 5,
      submitted: 4,
      approved: 0,
    });
    expect(stats.curators.find((p) => p.actor === '李明')).toEqual({
      actor: '李明',
      edits: 0,
      submitted: 0,
      approved: 4,
    });
    const sixtyDays = await reviewer.call('dashboard.stats', { days: 60 });
    expect(sixtyDays.curators.find((p) => p.actor === '李明')?.approved).toBe(5);

    // Per rule: the changes above moved suggestions out of "pending".
    const after = byExtractor(stats.extractors);
    const expected = new Map<string, { accepted: number; edited: number; rejected: number }>();
    const bump = (v: (typeof values)[number], key: 'accepted' | 'edited' | 'rejected') => {
      const name = v.extractor ?? 'unknown';
      const entry = expected.get(name) ?? { accepted: 0, edited: 0, rejected: 0 };
      entry[key]++;
      expected.set(name, entry);
    };
    bump(v1, 'accepted');
    bump(v2, 'accepted');
    bump(v3, 'rejected');
    bump(v4, 'edited');
    for (const [name, delta] of expected) {
      const was = before.get(name)!;
      const now = after.get(name)!;
      expect(now.suggestions).toBe(was.suggestions);
      expect(now.accepted - was.accepted).toBe(delta.accepted);
      expect(now.edited - was.edited).toBe(delta.edited);
      expect(now.rejected - was.rejected).toBe(delta.rejected);
      expect(was.pending - now.pending).toBe(delta.accepted + delta.edited + delta.rejected);
    }
    for (const row of stats.extractors) {
      expect(row.accepted + row.edited + row.rejected + row.pending).toBe(row.suggestions);
    }
    const extracted = project.db
      .prepare("SELECT count(*) AS n FROM field_values WHERE origin = 'extracted'")
      .get() as { n: number };
    expect(stats.extractors.reduce((n, r) => n + r.suggestions, 0)).toBe(extracted.n);
  });

  it('does not count an edit that was undone as the rule being wrong', async () => {
    const { project, curator, ids } = await curatorAndReviewer(tempDir());
    const values = valuesOfArticle(project.db, ids[0]!);
    const extractedOf = (field: string) => {
      const value = values.find((v) => v.origin === 'extracted' && v.fieldKey === field);
      if (!value) throw new Error(`article ${ids[0]} has no extracted ${field}`);
      return value;
    };
    const [kept, undone, spanUndone] = [
      extractedOf('hospital'),
      extractedOf('title'),
      extractedOf('city'),
    ];
    const outcomes = async () =>
      byExtractor((await curator.call('dashboard.stats', {})).extractors);
    const before = await outcomes();

    // Edited and kept: the rule was wrong.
    await curator.call('values.edit', { valueId: kept.id, revision: kept.revision, text: '改过' });
    // Edited, then undone: the value is the suggestion again.
    const edited = await curator.call('values.edit', {
      valueId: undone.id,
      revision: undone.revision,
      text: '改过',
    });
    await curator.call('values.revert', {
      valueId: undone.id,
      revision: edited.revision,
      toRevision: undone.revision,
    });
    // A span attached, then the attach undone.
    const span = kept.spans[0]!;
    const attached = await curator.call('values.attachSpan', {
      valueId: spanUndone.id,
      revision: spanUndone.revision,
      start: span.start,
      end: span.end,
    });
    await curator.call('values.revert', {
      valueId: spanUndone.id,
      revision: attached.revision,
      toRevision: spanUndone.revision,
    });

    const after = await outcomes();
    const editedDelta = (v: { extractor: string | null }) =>
      after.get(v.extractor ?? 'unknown')!.edited - before.get(v.extractor ?? 'unknown')!.edited;
    const totalEdited = (m: Map<string, { edited: number }>) =>
      [...m.values()].reduce((n, r) => n + r.edited, 0);
    expect(totalEdited(after) - totalEdited(before)).toBe(1);
    expect(editedDelta(kept)).toBeGreaterThanOrEqual(1);
  });
});
