import { describe, expect, it } from 'vitest';
import type { FieldSchema } from '../../../shared/schema';
import { rebaseWordLists, relabel } from './schema-draft';

const field = (key: string, lexicon?: { text: string; value?: string }[]) => ({
  key,
  labels: { 'zh-CN': key, en: key },
  type: 'institution' as const,
  cardinality: 'many' as const,
  required: false,
  extractors: [],
  ...(lexicon ? { lexicon } : {}),
});

describe('rebaseWordLists', () => {
  it('keeps the draft’s edits and takes the newer version’s word lists and number', () => {
    const saved: FieldSchema = {
      id: 's',
      version: 3,
      fields: [field('a', [{ text: '旧' }]), field('b')],
    };
    const draft = relabel(saved, 'b', 'en', 'Sponsor');
    const newer: FieldSchema = {
      id: 's',
      version: 4,
      fields: [field('a'), field('b', [{ text: '溪山基金会', value: '溪山公益基金会' }])],
    };
    const rebased = rebaseWordLists(draft, newer);
    expect(rebased.version).toBe(4);
    expect(rebased.fields[0]).toEqual(field('a'));
    expect(rebased.fields[1]).toEqual({
      ...field('b', [{ text: '溪山基金会', value: '溪山公益基金会' }]),
      labels: { 'zh-CN': 'b', en: 'Sponsor' },
    });
  });
});
