import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simplifiedView } from '../extraction/simplified-view';
import { sliceCodePoints } from '../text/codepoints';
import { groundEveryQuote, groundQuote } from './ground-quote';

function spanText(text: string, quote: string, from = 0): string | null {
  const grounding = groundQuote(text, quote, from);
  return grounding.kind === 'ungrounded'
    ? null
    : sliceCodePoints(text, grounding.start, grounding.end);
}

describe('groundQuote', () => {
  it('finds a verbatim quote and counts astral characters once', () => {
    const text = '𠀀😀本报讯 北京协和医院今日启用新楼。';
    expect(groundQuote(text, '北京协和医院')).toEqual({ kind: 'exact', start: 6, end: 12 });
    expect(spanText(text, '  北京协和医院\n')).toBe('北京协和医院');
  });

  it('aligns a quote whose line breaks and spaces the model dropped, keeping them in the span', () => {
    const text = '据悉，该院胸痛\r\n中心已通过 国家 认证。';
    const grounding = groundQuote(text, '胸痛中心已通过国家认证');
    expect(grounding.kind).toBe('aligned');
    expect(spanText(text, '胸痛中心已通过国家认证')).toBe('胸痛\r\n中心已通过 国家 认证');
  });

  it('aligns half-width and lower-case forms with the full-width text', () => {
    const text = '新购置ＰＥＴ－ＣＴ一台，Ｍａｒｃｈ启用';
    expect(spanText(text, 'PET-CT')).toBe('ＰＥＴ－ＣＴ');
    expect(spanText(text, 'march')).toBe('Ｍａｒｃｈ');
  });

  it('grounds a simplified quote in traditional text, spanning the characters as written', () => {
    const text = '臺北榮民總醫院與遼寧省錦州市醫院簽約合作';
    expect(spanText(text, '辽宁省锦州市医院')).toBe('遼寧省錦州市醫院');
  });

  it('never grounds what is not in the text', () => {
    expect(groundQuote('协和医院今日开诊', '同仁医院')).toEqual({
      kind: 'ungrounded',
      reason: 'not-found',
    });
    expect(groundQuote('协和医院', ' \n ')).toEqual({ kind: 'ungrounded', reason: 'empty-quote' });
  });

  it('does not match half of a surrogate pair', () => {
    const text = '前𠮷后';
    expect(groundQuote(text, '\ud842').kind).toBe('ungrounded');
  });

  it('searches from a code point on and lists every occurrence', () => {
    const text = '𠀀人民医院与人民\n医院';
    expect(groundQuote(text, '人民医院', 2)).toEqual({ kind: 'aligned', start: 6, end: 11 });
    expect(groundEveryQuote(text, '人民医院')).toEqual([
      { start: 1, end: 5 },
      { start: 6, end: 11 },
    ]);
  });
});

/** An independent statement of what may differ between a quote and the text it grounds in. */
function reference(text: string): string {
  return [...simplifiedView(text)]
    .filter((c) => !/\s/u.test(c))
    .map((c) => {
      const cp = c.codePointAt(0)!;
      const half = cp >= 0xff01 && cp <= 0xff5e ? String.fromCodePoint(cp - 0xfee0) : c;
      return half.toLowerCase();
    })
    .join('');
}

const pieces = [
  '医',
  '院',
  '县',
  '人',
  '民',
  '醫',
  '遼',
  '寧',
  '錦',
  '華',
  '𠀀',
  '𠮷',
  '😀',
  '\u0301',
  'Ａ',
  'ｃ',
  '１',
  '－',
  'A',
  'c',
  '1',
  '-',
  '，',
  '。',
  ' ',
  '\u3000',
  '\n',
  '\r\n',
  '\t',
];

const article = fc
  .array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 60 })
  .map((p) => p.join(''));

/** Rewrites a quote the ways a model does: breaks, spaces, half-width, simplified, case. */
function alter(quote: string, seeds: number[]): string {
  let out = simplifiedView(quote);
  if (seeds[0]! % 2) out = out.replace(/\s+/gu, '');
  if (seeds[1]! % 2)
    out = out.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (seeds[2]! % 2) out = out.toUpperCase();
  const chars = [...out];
  const at = seeds[3]! % (chars.length + 1);
  chars.splice(at, 0, seeds[4]! % 2 ? '\n' : ' ');
  return chars.join('');
}

describe('groundQuote properties', () => {
  it('grounds every altered quote in characters that fold to the same text', () => {
    fc.assert(
      fc.property(
        article,
        fc.nat(),
        fc.nat(),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (text, a, b, seeds) => {
          const chars = [...text];
          const start = a % chars.length;
          const end = start + 1 + (b % (chars.length - start));
          const taken = chars.slice(start, end).join('');
          if (reference(taken) === '') return;
          const firstKept = start + chars.slice(start).findIndex((c) => !/\s/u.test(c));
          const quote = alter(taken, seeds);
          const grounding = groundQuote(text, quote);
          expect(grounding.kind).not.toBe('ungrounded');
          if (grounding.kind === 'ungrounded') return;
          const grounded = sliceCodePoints(text, grounding.start, grounding.end);
          expect(reference(grounded)).toBe(reference(quote));
          expect(/^\s|\s$/u.test(grounded)).toBe(false);
          // A verbatim occurrence wins wherever it is; otherwise the first folded one.
          if (grounding.kind === 'exact') expect(grounded).toBe(quote.trim());
          else expect(grounding.start).toBeLessThanOrEqual(firstKept);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
