import { describe, expect, it } from 'vitest';
import { spanOccurrences } from './span-occurrences';

describe('spanOccurrences', () => {
  it('numbers the spans that share a text, so 31 identical chips can be told apart', () => {
    const spans = ['阜新市第二人民医院', '二院', '阜新市第二人民医院', '阜新市第二人民医院'].map(
      (text) => ({ text }),
    );
    expect(spanOccurrences(spans)).toEqual([
      { n: 1, count: 3 },
      { n: 1, count: 1 },
      { n: 2, count: 3 },
      { n: 3, count: 3 },
    ]);
  });
});
