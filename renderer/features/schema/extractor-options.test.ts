import { describe, expect, it } from 'vitest';
import type { ExtractorDeclaration } from '../../../shared/schema';
import { outputsFitting } from './extractor-options';

const extractors: ExtractorDeclaration[] = [
  {
    id: 'rule:place@1',
    outputs: [
      { name: 'province', kind: 'place' },
      { name: 'city', kind: 'place' },
    ],
  },
  { id: 'rule:founded@1', outputs: [{ name: 'founded_year', kind: 'year' }] },
  { id: 'rule:subject@1', outputs: [{ name: 'subject', kind: 'institution' }] },
];

describe('outputsFitting', () => {
  it('offers only the outputs whose kind fits the field type, each named by rule and output', () => {
    expect(outputsFitting(extractors, 'place').map((o) => o.label)).toEqual([
      'rule:place@1 → province',
      'rule:place@1 → city',
    ]);
    expect(outputsFitting(extractors, 'integer').map((o) => o.ref)).toEqual([
      { id: 'rule:founded@1', output: 'founded_year' },
    ]);
    expect(outputsFitting(extractors, 'text').map((o) => o.value)).toEqual([
      'rule:subject@1#subject',
    ]);
    expect(outputsFitting(extractors, 'money')).toEqual([]);
  });
});
