import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { describe, expect, it } from 'vitest';
import { jiebaTagger } from './jieba-tagger';
import { DictionaryTags, tagOutsideDictionary } from './jieba-tags';

/** jieba's own tagging, what jiebaTagger must give word for word and tag for tag. */
const reference = Jieba.withDict(dict);
const lines = new TextDecoder()
  .decode(dict)
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => line.split(' '));

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('DictionaryTags', () => {
  it('reads every word of the dictionary with the tag of its line', () => {
    const tags = new DictionaryTags(dict);
    const wrong = lines.filter(([word, , tag]) => tags.tagOf(word!) !== tag);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('tags a word outside the dictionary as jieba does: x, m for ASCII digits, eng', () => {
    const tags = new DictionaryTags(dict);
    expect(tags.tagOf('孔德明测')).toBe('x');
    expect(tags.tagOf('。')).toBe('x');
    expect(tags.tagOf('２０２４')).toBe('x'); // full-width digits are no ASCII
    expect(tags.tagOf('2024')).toBe('m');
    expect(tags.tagOf('CT2')).toBe('eng');
    expect(tags.tagOf('𠀀')).toBe('x');
    expect(tagOutsideDictionary('1.5')).toBe('m');
  });

  it('finds a word only whole: a prefix or an extension of a dictionary word is another word', () => {
    const tags = new DictionaryTags(new TextEncoder().encode('医院 10 n\n医院长 3 nr\n'));
    expect(tags.tagOf('医院')).toBe('n');
    expect(tags.tagOf('医院长')).toBe('nr');
    expect(tags.tagOf('医')).toBe('x');
    expect(tags.tagOf('医院长们')).toBe('x');
  });
});

describe('jiebaTagger', () => {
  it("gives jieba.tag's words and tags on text of dictionary words, names, digits, punctuation", () => {
    const next = random(19);
    const extras = ['。', '，', ' ', '\n', '\r\n', 'abc', 'A1', '123', '1.5', '𠀀', '、', 'Ⅱ', '%'];
    const names = ['孔德明', '许文静', '张丽丽', '田涛', '欧阳建国'];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 8);
      for (let p = 0; p < parts; p++) {
        const pick = next();
        if (pick < 0.6) text += lines[Math.floor(next() * lines.length)]![0];
        else if (pick < 0.8) text += names[Math.floor(next() * names.length)];
        else text += extras[Math.floor(next() * extras.length)];
      }
      expect(jiebaTagger(text), JSON.stringify(text)).toEqual(
        reference.tag(text, true).map(({ word, tag }) => ({ word, tag })),
      );
    }
  });
});
