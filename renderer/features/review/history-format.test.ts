import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/contract/review';
import { readableEntry } from './history-format';

/** Translations as their keys, with the interpolated action, so the test reads the structure. */
const t = ((key: string, options?: { action?: string; defaultValue?: string }) =>
  options?.action !== undefined ? `${key}(${options.action})` : key) as unknown as TFunction;

const accepted: AuditEntry = {
  id: 7,
  at: '2026-12-06T05:00:00.000Z',
  actor: '王芳',
  entity: 'value',
  entityId: 3,
  action: 'set-state',
  before: { state: 'suggested', article: 1, field: 'hospital' },
  after: { state: 'accepted', article: 1, field: 'hospital' },
};

describe('readableEntry', () => {
  it('reads a row a restore replaced as the original change, marked as replaced', () => {
    const original = readableEntry(accepted, t, (key) => `label:${key}`);
    const replaced = readableEntry(
      { ...accepted, entity: 'replaced-value' },
      t,
      (key) => `label:${key}`,
    );
    expect(original.action).toBe('review.history.actions.set-state');
    expect(replaced).toEqual({
      ...original,
      action: 'review.history.replaced(review.history.actions.set-state)',
    });
    expect(replaced.field).toBe('label:hospital');
  });
});

describe('readableEntry of comment threads', () => {
  it('names the comment action in words and shows what was said, not the row as JSON', () => {
    const base = { id: 8, at: accepted.at, actor: '李明', entity: 'comment', entityId: 4 };
    const added = readableEntry(
      { ...base, action: 'add', before: null, after: { article: 1, value: 3, body: '请核对' } },
      t,
      (key) => key,
    );
    expect(added).toMatchObject({
      action: 'review.threads.history.add',
      comment: '请核对',
      after: '',
    });
    const resolved = readableEntry(
      {
        ...base,
        action: 'resolve',
        before: { article: 1, resolvedAt: null, resolvedBy: null },
        after: { article: 1, resolvedAt: accepted.at, resolvedBy: '李明' },
      },
      t,
      (key) => key,
    );
    expect(resolved).toMatchObject({ action: 'review.threads.history.resolve', after: '' });
  });
});
