import { describe, expect, it } from 'vitest';
import { jiebaTagger } from '../../../electron/nlp/jieba-tagger';
import { ArticleWords } from '../words';
import {
  boundedName,
  endsName,
  nameStartingAt,
  plausibleName,
  segmentedAsName,
  surnameAt,
} from './names';

describe('surnameAt', () => {
  it('reads single and compound surnames', () => {
    expect(surnameAt('王五', 0)).toBe(1);
    expect(surnameAt('欧阳明辉', 0)).toBe(2);
    expect(surnameAt('该院', 0)).toBe(0);
  });
});

describe('plausibleName', () => {
  it.each([
    ['李志强', true],
    ['段颖', true],
    ['欧阳明辉', true],
    ['李', false],
    ['李志强国', false],
    ['党委', false], // ends like an institution
    ['和书', true], // plausible alone: the rules check what surrounds it
    ['李在', false], // a particle is no given name
  ])('%s → %s', (name, expected) => {
    expect(plausibleName(name)).toBe(expected);
  });
});

describe('endsName', () => {
  it('tells cues, boundaries and the inside of a word apart', () => {
    expect(endsName('李志强表示', 3)).toBe('cue');
    expect(endsName('李志强，', 3)).toBe('boundary');
    expect(endsName('李志强', 3)).toBe('boundary');
    expect(endsName('李志强国', 3)).toBeNull();
  });
});

describe('nameStartingAt', () => {
  const length = (text: string): number | undefined => nameStartingAt(text, 0)?.length;
  it.each([
    ['李志强表示，', 3],
    ['段颖表示，', 2],
    ['陈文强在会上', 3],
    ['刘高峰主持会议', 3],
    ['张来福同志', 3],
    ['田涛获得荣誉', 2],
    ['田涛获省级奖励', 2],
    ['李煌代表医院', 2],
    ['钟森携全体', 2],
    ['高春香向来宾', 3],
    ['李四和王五', 2],
    ['欧阳明辉强调', 4],
  ])('%s → %i characters', (text, expected) => {
    expect(length(text)).toBe(expected);
  });

  it('is null without a surname', () => {
    expect(nameStartingAt('办公会研究', 0)).toBeNull();
  });
});

describe('nameStartingAt with the segmenter', () => {
  /** The name read after the post 院长 (the first two characters of each text). */
  const after = (text: string): string | null => {
    const name = nameStartingAt(text, 2, () => false, new ArticleWords(text, jiebaTagger));
    return name ? text.slice(2, 2 + name.length) : null;
  };
  it.each([
    ['院长刘高峰近日走访基层', '刘高峰'],
    ['院长郑来喜在会上', '郑来喜'],
    ['院长张来福说', '张来福'],
    ['院长高峰说', '高峰'],
    ['院长余文强调', '余文'],
    ['院长田涛获省奖', '田涛'],
    ['院长徐海涛介绍', '徐海涛'],
    ['院长王建设主持', '王建设'],
    ['院长李四和王五', '李四'],
    // 明说 is one word to the segmenter; no given name ends in 说.
    ['院长李明说，', '李明'],
    ['院长李明说：“', '李明'],
    ['院长胡宗明说，', '胡宗明'],
    // A married name (her husband's surname first) closed by a courtesy title.
    ['长官林郑月娥女士致辞', '林郑月娥'],
    ['议员陈林美玲女士表示', '陈林美玲'],
    ['院长林月娥女士致辞', '林月娥'],
  ])('%s → %s', (text, expected) => {
    expect(after(text)).toBe(expected);
  });

  it.each([
    ['院长高度重视'],
    ['院长高度评价'],
    ['书记张口就问'],
    ['书记明确指出'],
    ['院长安排部署'],
    ['主任向大家介绍'],
    ['市长王府井大街'],
  ])('%s → no name', (text) => {
    expect(after(text)).toBeNull();
  });
});

describe('segmentedAsName', () => {
  const reading = (text: string, start: number, end: number): string | null =>
    segmentedAsName(new ArticleWords(text, jiebaTagger), text, start, end);
  it('reads whole words that can form a name', () => {
    expect(reading('医院张丽丽院长介绍', 2, 5)).toBe('name');
    expect(reading('会上吴景梅副院长', 2, 5)).toBe('name');
  });
  it('refuses a reading cut inside a word or holding a function word', () => {
    expect(reading('田涛获省奖', 0, 3)).toBe('split');
    expect(reading('副县长和李四书记', 3, 6)).toBe('split');
    expect(reading('住院医师全周期管理', 4, 7)).toBe('split');
  });
  it('is null without a segmenter', () => {
    expect(segmentedAsName(undefined, '李四', 0, 2)).toBeNull();
  });
});

describe('boundedName — a name whose length the list punctuation settles', () => {
  it('reads given characters that are also function words (程向荣, 易为民)', () => {
    expect(boundedName('程向荣')).toBe(true);
    expect(boundedName('易为民')).toBe(true);
    expect(plausibleName('易为民')).toBe(false);
  });

  it('still refuses particles, the list marks, too long runs and unit endings', () => {
    expect(boundedName('王的华')).toBe(false);
    expect(boundedName('李等')).toBe(false);
    expect(boundedName('另有谢林')).toBe(false);
    expect(boundedName('张科')).toBe(false);
    expect(boundedName('李为')).toBe(false);
  });
});
