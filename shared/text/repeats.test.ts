/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, sliceCodePoints } from './codepoints';
import { editSimilarity } from './edit-similarity';
import { toCodePoints } from './lines';
import { NearDuplicateIndex } from './near-duplicate-index';
import {
  MIN_SIMILARITY,
  NEAR_WORK_FLOOR,
  NEAR_WORK_PER_CHARACTER,
  detectRepeatedParagraphs,
} from './repeats';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
function readSeed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Code-point ranges of every occurrence of `needle` in `text`. */
function findAll(text: string, needle: string): { start: number; end: number }[] {
  const index = new CodePointIndex(text);
  const found = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    found.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + needle.length) });
  }
  return found;
}

const PARAGRAPH_A =
  '集团注重信息化建设，整合首年即完成院区间信息系统的互联互通，以及核心业务系统的整合。';
const PARAGRAPH_B =
  '医院利用信息化手段，满足妇产科门诊患者挂号、排队、缴费、就诊、查看报告等需求。';
const PARAGRAPH_C = '近年来，医院坚持创新驱动，始终把人民健康放在优先发展的战略地位，多措并举。';

describe('detectRepeatedParagraphs on the seed pages', () => {
  it('finds the one paragraph that seed 004 prints twice', () => {
    const page = readSeed('004');
    const line = page.split('\n').find((l) => l.startsWith('视,生命体征可实时传输至相关医院专家'))!;
    const occurrences = findAll(page, line);
    expect(occurrences).toHaveLength(2);
    expect(detectRepeatedParagraphs(page)).toEqual([
      { first: occurrences[0], repeat: occurrences[1], similarity: 1 },
    ]);
  });

  it.each(['000', '001', '002', '003'])('finds no repeat in seed %s', (prefix) => {
    expect(detectRepeatedParagraphs(readSeed(prefix))).toEqual([]);
  });
});

describe('detectRepeatedParagraphs', () => {
  it('finds an exact repeat regardless of whitespace, punctuation and line wrapping', () => {
    const wrapped =
      '集团注重信息化建设，整合首年即完\n成院区间信息系统的互联互通，以及\n核心业务系统的整合。';
    const page = `${PARAGRAPH_A}\n\n${PARAGRAPH_B}\n\n${wrapped}`;
    const [found, ...rest] = detectRepeatedParagraphs(page);
    expect(rest).toEqual([]);
    expect(found!.similarity).toBe(1);
    expect(sliceCodePoints(page, found!.first.start, found!.first.end)).toBe(PARAGRAPH_A);
    expect(sliceCodePoints(page, found!.repeat.start, found!.repeat.end)).toBe(wrapped);
  });

  it('finds a near repeat with one character changed, with its similarity', () => {
    const changed = PARAGRAPH_A.replace('首年', '当年');
    const page = `${PARAGRAPH_A}\n${PARAGRAPH_B}\n${changed}`;
    const found = detectRepeatedParagraphs(page);
    expect(found).toHaveLength(1);
    const keyLength = Array.from(PARAGRAPH_A.replace(/[，、。]/g, '')).length;
    expect(found[0]!.similarity).toBeCloseTo(1 - 1 / keyLength, 10);
  });

  it('reports each later copy against the first one', () => {
    const page = [PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_A, PARAGRAPH_C, PARAGRAPH_A].join('\n');
    const occurrences = findAll(page, PARAGRAPH_A);
    expect(detectRepeatedParagraphs(page)).toEqual([
      { first: occurrences[0], repeat: occurrences[1], similarity: 1 },
      { first: occurrences[0], repeat: occurrences[2], similarity: 1 },
    ]);
  });

  it('ignores different paragraphs and short repeated lines', () => {
    const byline = '□本报记者 邹欣芮';
    const page = [
      byline,
      PARAGRAPH_A,
      byline,
      PARAGRAPH_B,
      PARAGRAPH_C,
      '本专版由辽宁省卫生健康委主办',
    ].join('\n\n');
    expect(detectRepeatedParagraphs(page)).toEqual([]);
  });

  it('does not count paragraphs that differ by more than a tenth', () => {
    const rewritten = PARAGRAPH_A.replace('信息化建设', '学科化布局').replace('首年', '次年');
    expect(detectRepeatedParagraphs(`${PARAGRAPH_A}\n${rewritten}`)).toEqual([]);
  });

  it('returns code-point offsets past astral characters and CRLF', () => {
    const page = `𠀀😀标题\r\n\r\n${PARAGRAPH_A}\r\n\r\n${PARAGRAPH_A}`;
    const [found] = detectRepeatedParagraphs(page);
    expect(sliceCodePoints(page, found!.first.start, found!.first.end)).toBe(PARAGRAPH_A);
    expect(sliceCodePoints(page, found!.repeat.start, found!.repeat.end)).toBe(PARAGRAPH_A);
    expect(found!.first.start).toBe(8); // 𠀀 😀 标 题 \r \n \r \n
  });

  it('takes a page that is one line of 200,000 characters, and its repeat', () => {
    // Its key was built with String.fromCodePoint(...key): past ~150,000 characters that
    // overflowed the call stack and the file could not be imported at all.
    const line = PARAGRAPH_A.repeat(Math.ceil(200_000 / PARAGRAPH_A.length));
    expect(detectRepeatedParagraphs(line)).toEqual([]);
    const twice = `😀\n\n${line}\n\n${line}`;
    const [found, ...rest] = detectRepeatedParagraphs(twice);
    expect(rest).toEqual([]);
    expect(found!.similarity).toBe(1);
    expect(sliceCodePoints(twice, found!.first.start, found!.first.end)).toBe(line);
    expect(sliceCodePoints(twice, found!.repeat.start, found!.repeat.end)).toBe(line);
    // A near copy of it would cost more edit-distance work than the page's whole budget: it is
    // left unmarked rather than compared for minutes.
    expect(detectRepeatedParagraphs(`${line}\n\n${line}𠀀`)).toEqual([]);
  });

  it('stops looking for near repeats once a page of look-alike paragraphs spent its budget', () => {
    // A template filled in 12,000 times: every paragraph is a near repeat of many before it, and
    // comparing each with all of them took minutes. Work now stops at the page's budget, and
    // exact repeats are still found after that.
    const template = (n: number) =>
      `第${n}人民医院新院区今日正式投入使用，开放床位${n % 97}张，同时开设胸痛中心。`;
    const paragraphs = Array.from({ length: 12_000 }, (_, n) => template(n));
    const page = [...paragraphs, template(0)].join('\n\n');
    const found = detectRepeatedParagraphs(page);
    const last = found[found.length - 1]!;
    expect(last.similarity).toBe(1);
    expect(sliceCodePoints(page, last.first.start, last.first.end)).toBe(template(0));
    expect(last.first.start).toBe(0);
    expect(found.length).toBeGreaterThan(100);
    expect(NEAR_WORK_PER_CHARACTER * page.length).toBeLessThan(NEAR_WORK_FLOOR);
  });
});

describe('editSimilarity', () => {
  const cps = (s: string): Uint32Array => toCodePoints(s);

  function levenshtein(a: string[], b: string[]): number {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++) {
        next[j] = Math.min(
          row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
          row[j]! + 1,
          next[j - 1]! + 1,
        );
      }
      row = next;
    }
    return row[b.length]!;
  }

  it('is 1 for equal texts and 1 − distance / length otherwise', () => {
    expect(editSimilarity(cps('阜新市'), cps('阜新市'), 0.9)).toBe(1);
    expect(editSimilarity(cps('kitten'), cps('sitting'), 0)).toBeCloseTo(1 - 3 / 7, 10);
    expect(editSimilarity(cps('kitten'), cps('sitting'), 0.9)).toBe(0);
  });

  it('agrees with a full Levenshtein computation whenever it reaches the minimum', () => {
    const word = fc.array(fc.constantFrom('阜', '新', '市', 'a', '𠀀'), { maxLength: 30 });
    fc.assert(
      fc.property(word, word, fc.double({ min: 0, max: 1, noNaN: true }), (a, b, minimum) => {
        const longer = Math.max(a.length, b.length);
        const exact = longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
        const got = editSimilarity(cps(a.join('')), cps(b.join('')), minimum);
        if (exact >= minimum + 1e-9) expect(got).toBeCloseTo(exact, 10);
        else if (exact < minimum - 1e-9) expect(got).toBe(0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('NearDuplicateIndex', () => {
  it('never filters out a key within the similarity bound', () => {
    const alphabet = fc.constantFrom('阜', '新', '市', '医', '院', '1', '2', 'a');
    const key = fc.array(alphabet, { minLength: 2, maxLength: 60 });
    fc.assert(
      fc.property(
        key,
        fc.array(fc.tuple(fc.nat(), alphabet, fc.nat(2))),
        key,
        (base, edits, other) => {
          const edited = [...base];
          for (const [at, ch, kind] of edits.slice(0, Math.floor(base.length / 10))) {
            const i = at % (edited.length + 1);
            if (kind === 0) edited.splice(i, 0, ch);
            else if (kind === 1) edited.splice(i, 1);
            else edited[Math.min(i, edited.length - 1)] = ch;
          }
          const item = (chars: string[]) => {
            return { key: toCodePoints(chars.join('')) };
          };
          const [a, b, c] = [item(base), item(edited), item(other)];
          const index = new NearDuplicateIndex([a, b, c], MIN_SIMILARITY);
          index.add(a);
          index.add(c);
          // `other`, an unrelated key, is indexed too so that bigram frequencies vary
          if (editSimilarity(a.key, b.key, MIN_SIMILARITY) >= MIN_SIMILARITY) {
            expect(index.candidates(b)).toContain(a);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('charges its work to the budget it was given and finds nothing once it is spent', () => {
    const item = (text: string) => ({ key: toCodePoints(text) });
    const keys = [PARAGRAPH_A, PARAGRAPH_A.replace('首年', '当年'), PARAGRAPH_B].map(item);
    const budget = { remaining: 1_000_000 };
    const index = new NearDuplicateIndex(keys, MIN_SIMILARITY, budget);
    index.add(keys[0]!);
    index.add(keys[2]!);
    expect(index.candidates(keys[1]!)).toEqual([keys[0]]);
    expect(budget.remaining).toBeLessThan(1_000_000);
    budget.remaining = 0;
    expect(index.candidates(keys[1]!)).toEqual([]);
  });
});
