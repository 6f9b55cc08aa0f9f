import { afterEach, describe, expect, it } from 'vitest';
import { jiebaTagger } from '../../electron/nlp/jieba-tagger';
import {
  ArticleWords,
  CLAUSE_STOP,
  KEPT_WINDOWS,
  isClauseStop,
  isOrganisationTag,
  isPersonTag,
  isPlaceTag,
  placeWords,
  useWordTagger,
  wordTagger,
  type WordTagger,
} from './words';

const texts = (words: { text: string }[] | null | undefined): string[] =>
  (words ?? []).map((w) => w.text);

describe('placeWords', () => {
  it('places each word at its UTF-16 offsets, astral characters included', () => {
    const text = '𠀀李志强表示😀王五说';
    const words = placeWords(text, jiebaTagger(text), 10);
    for (const w of words) expect(text.slice(w.start - 10, w.end - 10)).toBe(w.text);
    expect(words.map((w) => w.text).join('')).toBe(text);
    expect(words.find((w) => w.text === '表示')).toMatchObject({ start: 15, end: 17 });
  });

  it('skips a word that is not in the text and re-synchronises after it', () => {
    const words = placeWords('院长李四说', [
      { word: '院长', tag: 'n' },
      { word: '王五', tag: 'nr' },
      { word: '李四', tag: 'nr' },
      { word: '说', tag: 'v' },
    ]);
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([
      ['院长', 0, 2],
      ['李四', 2, 4],
      ['说', 4, 5],
    ]);
  });
});

describe('ArticleWords with jieba', () => {
  it('segments names the dictionary does not know as one word', () => {
    const text = '会上，副县长孔德明出席仪式。主任田涛获省科技进步奖。';
    const words = new ArticleWords(text, jiebaTagger);
    expect(texts(words.around(text.indexOf('孔')))).toContain('孔德明');
    expect(words.isBoundary(text.indexOf('孔') + 3)).toBe(true);
    expect(words.isBoundary(text.indexOf('田') + 2)).toBe(true);
    // 获省 is one word: no boundary between 获 and 省.
    expect(words.isBoundary(text.indexOf('获') + 1)).toBe(false);
  });

  it('tags words and reads words lying inside a range', () => {
    const text = '院长李志强表示，医院将新建住院楼。';
    const words = new ArticleWords(text, jiebaTagger);
    expect(texts(words.wordsIn(2, 5))).toEqual(['李', '志强']);
    expect(words.wordAt(2)?.tag).toBe('nr');
    expect(words.wordAt(3)).toMatchObject({ text: '志强', tag: 'nrfg' });
    expect(words.wordAt(4)).toBeUndefined();
  });

  it('segments only the clauses asked about, each once', () => {
    const seen: string[] = [];
    const tagger: WordTagger = (piece) => {
      seen.push(piece);
      return jiebaTagger(piece);
    };
    const text = '第一句话很长。院长李四表示欢迎，大家鼓掌。';
    const words = new ArticleWords(text, tagger);
    words.isBoundary(text.indexOf('李') + 2);
    words.isBoundary(text.indexOf('李') + 1);
    words.wordAt(text.indexOf('院'));
    expect(seen).toEqual(['院长李四表示欢迎']);
  });

  it('lets go of the words of old clauses on a long page and reads them again the same', () => {
    let calls = 0;
    const tagger: WordTagger = (piece) => {
      calls++;
      return jiebaTagger(piece);
    };
    const clause = '院长李志强表示欢迎。';
    const text = clause.repeat(KEPT_WINDOWS + 50);
    const words = new ArticleWords(text, tagger);
    const first = words.around(2)!.map((w) => ({ ...w }));
    const boundaryBefore = words.isBoundary(4);
    for (let k = 1; k < KEPT_WINDOWS + 50; k++) words.around(k * clause.length + 2);
    expect(calls).toBe(KEPT_WINDOWS + 50);
    // The first clause's words were let go: asked again, it is segmented again, to the same words.
    expect(words.around(2)).toEqual(first);
    expect(calls).toBe(KEPT_WINDOWS + 51);
    expect(words.isBoundary(4)).toBe(boundaryBefore);
    expect(words.wordAt(2)).toEqual(first.find((w) => w.start === 2));
    expect(texts(words.wordsIn(0, clause.length - 1))).toEqual(first.map((w) => w.text));
  });

  it('keeps windows apart on a long line without punctuation', () => {
    const text = '甲'.repeat(100) + '院长李四表示' + '乙'.repeat(100);
    const words = new ArticleWords(text, jiebaTagger);
    const near = words.around(100)!;
    const far = words.around(20)!;
    for (const w of [...near, ...far]) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(Math.max(...far.map((w) => w.end))).toBeLessThanOrEqual(
      Math.min(...near.map((w) => w.start)),
    );
  });
});

describe('ArticleWords without a segmenter', () => {
  const previous = wordTagger();
  afterEach(() => useWordTagger(previous));

  it('answers null, so the rules fall back to their cues', () => {
    useWordTagger(null);
    const words = new ArticleWords('院长李四表示');
    expect(words.available).toBe(false);
    expect(words.isBoundary(4)).toBeNull();
    expect(words.around(2)).toBeNull();
  });
});

describe('tags', () => {
  it('tells persons, places and organisations apart', () => {
    const text = '锦州市卫健委主任李志强在北京讲话';
    const words = new ArticleWords(text, jiebaTagger);
    const tagOf = (word: string): string | undefined => words.wordAt(text.indexOf(word))?.tag;
    expect(isPlaceTag(tagOf('北京')!)).toBe(true);
    expect(isPersonTag(tagOf('李')!)).toBe(true);
    expect(isPersonTag(tagOf('北京')!)).toBe(false);
    expect(isOrganisationTag('nt')).toBe(true);
  });
});

describe('isClauseStop', () => {
  it('agrees with CLAUSE_STOP on every UTF-16 unit, lone surrogates included', () => {
    const disagreeing: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `a${String.fromCharCode(unit)}`;
      if (isClauseStop(text, 1) !== CLAUSE_STOP.test(text[1]!)) disagreeing.push(unit.toString(16));
    }
    expect(disagreeing).toEqual([]);
  });
});
