import { describe, expect, it } from 'vitest';
import type { ArticleFieldsPayload } from '../../../shared/contract/domain';
import { stepThrough, suggestedValueIds, valueIdsInPanelOrder } from './panel-order';

const field = (key: string) => ({
  key,
  labels: { 'zh-CN': key, en: key },
  type: 'text',
  cardinality: 'many' as const,
  required: false,
});

/** Only what the panel order reads of each value: its id, field and state. */
const data = {
  schema: { id: 'test', version: 1, fields: [field('hospital'), field('city')] },
  values: [
    { id: 5, fieldKey: 'city', state: 'suggested' },
    { id: 3, fieldKey: 'hospital', state: 'accepted' },
    { id: 9, fieldKey: 'retired', state: 'suggested' },
    { id: 4, fieldKey: 'hospital', state: 'suggested' },
    { id: 7, fieldKey: 'city', state: 'rejected' },
  ],
} as unknown as ArticleFieldsPayload;

describe('panel order', () => {
  it('lists values field by field, as the panel shows them, leaving out fields not in the schema', () => {
    expect(valueIdsInPanelOrder(data)).toEqual([3, 4, 5, 7]);
  });

  it('finds the values still suggested, in panel order (what Shift+A accepts)', () => {
    expect(suggestedValueIds(data)).toEqual([4, 5]);
  });

  it('steps without wrapping round', () => {
    expect(stepThrough([3, 4, 5], 5, 1)).toBe(5);
    expect(stepThrough([3, 4, 5], 3, -1)).toBe(3);
    expect(stepThrough([3, 4, 5], null, -1)).toBe(5);
  });
});
