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
