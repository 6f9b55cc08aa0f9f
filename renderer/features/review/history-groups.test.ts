import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/review';
import { groupHistory } from './history-groups';

let next = 100;
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: next--,
  at: '2026-03-01T10:00:00.000Z',
  actor: '王芳',
  entity: 'value',
  entityId: next,
  action: 'set-state',
  before: { state: 'suggested', article: 3 },
  after: { state: 'accepted', article: 3 },
  articleId: 3,
  articleTitle: '某医院新闻',
  ...over,
});

describe('groupHistory', () => {
  it('shows an Accept all of 36 values as one row holding its 36 entries', () => {
    // One write per value, a few milliseconds apart.
    const accepted = Array.from({ length: 36 }, (_, i) =>
      entry({ at: new Date(Date.parse('2026-03-01T10:00:00.000Z') - i * 7).toISOString() }),
    );
    const rows = groupHistory([
      entry({ action: 'edit', at: '2026-03-01T10:05:00.000Z' }),
      ...accepted,
    ]);
    expect(rows.map((r) => r.kind)).toEqual(['single', 'group']);
    expect(rows[1]!.kind === 'group' && rows[1]!.entries).toHaveLength(36);
  });

  it('keeps apart what another person, instant, article or decision did', () => {
    const rows = groupHistory([
      entry({}),
      entry({ actor: '李明' }),
      entry({ at: '2026-03-01T09:59:30.000Z' }),
      entry({ articleId: 4 }),
      entry({ after: { state: 'rejected', article: 3 } }),
      entry({}),
    ]);
    expect(rows.map((r) => r.kind)).toEqual([
      'single',
      'single',
      'single',
      'single',
      'single',
      'single',
    ]);
  });
});
