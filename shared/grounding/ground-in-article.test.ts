import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { groundClaimsInArticle } from './ground-in-article';

const fields = new Set(['hospital', 'people']);
const claim = (field: string, quote: string) => ({ field, value: quote, quote });

describe('groundClaimsInArticle', () => {
  // A page of two interleaved articles: this one is [0, 14) and [28, end), the other between.
  const page =
    '𠀀本报讯　协和医院\r\n新楼\r\n另一篇文章讲天坛医院。\r\n院长张\r\n三表示，协和医院扩建。';
  const document = new CodePointIndex(page);
  const ranges = [
    { start: 28, end: document.length },
    { start: 0, end: 14 },
  ];

  it('answers document spans, in the range the quote is in', () => {
    const { grounded, ungrounded } = groundClaimsInArticle(
      document,
      ranges,
      [claim('people', '院长张三'), claim('hospital', '协和医院'), claim('hospital', '协和医院')],
      fields,
    );
    expect(ungrounded).toEqual([]);
    expect(grounded.map((g) => [g.span.text, g.match])).toEqual([
      ['院长张\r\n三', 'aligned'],
      ['协和医院', 'exact'],
      ['协和医院', 'exact'],
    ]);
    expect(grounded.map((g) => g.span.start)).toEqual([28, 5, 37]);
    for (const { span } of grounded) expect(document.slice(span.start, span.end)).toBe(span.text);
  });

  it('never grounds in another article, nor across two of its ranges', () => {
    const { grounded, ungrounded } = groundClaimsInArticle(
      document,
      ranges,
      [claim('hospital', '天坛医院'), claim('hospital', '新楼院长'), claim('budget', '新楼')],
      fields,
    );
    expect(grounded).toEqual([]);
    expect(ungrounded.map((u) => u.reason)).toEqual(['not-found', 'not-found', 'unknown-field']);
  });

  it('every grounded span is the document text and lies inside one range (property)', () => {
    const piece = fc.constantFrom(
      '医院',
      '協和',
      '𠀀',
      '😀',
      '\r\n',
      '　',
      'ＡＢ',
      '张三',
      '，',
      ' ',
    );
    const text = fc.array(piece, { minLength: 1, maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), fc.nat(), (page, a, b, c) => {
        const doc = new CodePointIndex(page);
        const cut = [a % (doc.length + 1), b % (doc.length + 1)].sort((x, y) => x - y);
        const articleRanges = [
          { start: 0, end: cut[0]! },
          { start: cut[1]!, end: doc.length },
        ];
        const quoteFrom = c % (doc.length + 1);
        const quote = doc.slice(quoteFrom, Math.min(doc.length, quoteFrom + 3));
        const { grounded } = groundClaimsInArticle(
          doc,
          articleRanges,
          [claim('hospital', quote.replace(/\s/gu, ''))],
          fields,
        );
        for (const { span } of grounded) {
          expect(doc.slice(span.start, span.end)).toBe(span.text);
          expect(articleRanges.some((r) => span.start >= r.start && span.end <= r.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
