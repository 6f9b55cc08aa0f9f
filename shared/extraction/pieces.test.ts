import { describe, expect, it } from 'vitest';
import type { Mention } from '../values/find-mentions';
import { CodePointIndex } from '../text/codepoints';
import { SENTENCE_OR_PARAGRAPH_END } from '../text/sentence-ends';
import { findInSentences } from './pieces';
import { seededRandom as random } from '../testing/seeded-random';

/** The finder of a test: every match of `pattern` in the piece, in code points of the piece. */
function finderOf(pattern: RegExp): (piece: string) => Mention<string>[] {
  return (piece) => {
    const index = new CodePointIndex(piece);
    return [...piece.matchAll(new RegExp(pattern.source, 'gu'))].map((m) => ({
      start: index.toCodePoint(m.index),
      end: index.toCodePoint(m.index + m[0].length),
      text: m[0],
      value: m[0],
    }));
  };
}

/** What findInSentences must give: each sentence tested alone, and its finds shifted. */
function sentenceBySentence(
  text: string,
  worthScanning: RegExp,
  finder: (piece: string) => Mention<string>[],
): Mention<string>[] {
  const index = new CodePointIndex(text);
  const ends: number[] = [];
  const pattern = new RegExp(SENTENCE_OR_PARAGRAPH_END.source, 'gu');
  for (const m of text.matchAll(pattern)) ends.push(m.index + m[0].length);
  ends.push(text.length);
  const found: Mention<string>[] = [];
  let start = 0;
  for (const end of ends) {
    const piece = text.slice(start, end);
    if (worthScanning.test(piece)) {
      const shift = index.toCodePoint(start);
      for (const m of finder(piece))
        found.push({ ...m, start: m.start + shift, end: m.end + shift });
    }
    start = end;
  }
  return found;
}

describe('findInSentences', () => {
  const parts = [
    '医院',
    '投资',
    '1',
    '23',
    '.5',
    '万',
    '元',
    '。',
    '！',
    '\n',
    '\n\n',
    ' ',
    '亿',
    '𠀀',
    '，',
  ];
  const patterns = [
    /\d+(?:\.\d+)?万?元/u, // matches within a sentence
    /元。?投资/u, // can span a sentence end: such a match proves nothing about either sentence
    /\d/u,
    /(?<![\d.])\d+万/u, // looks outside its match: tested sentence by sentence
  ];

  it('finds what testing and scanning each sentence alone finds, on random text', () => {
    const next = random(19);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 30);
      for (let i = 0; i < length; i++) text += parts[Math.floor(next() * parts.length)];
      for (const worth of patterns) {
        const finder = finderOf(/\d+(?:\.\d+)?万?/u);
        expect(
          findInSentences(text, new CodePointIndex(text), worth, finder),
          `${JSON.stringify(text)} ${worth.source}`,
        ).toEqual(sentenceBySentence(text, worth, finder));
      }
    }
  });
});
