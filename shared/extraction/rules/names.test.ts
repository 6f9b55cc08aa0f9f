import { describe, expect, it } from 'vitest';
import { endsName, nameStartingAt, plausibleName, surnameAt } from './names';

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
