import { describe, expect, it } from 'vitest';
import { isPastFigure } from './past-figures';

/** Whether the figure `figure` (its first occurrence) in `text` reads as of a past time. */
function past(text: string, figure: string): boolean {
  const at = text.indexOf(figure);
  expect(at).toBeGreaterThanOrEqual(0);
  return isPastFigure(text, at);
}

describe('figures told of a past time', () => {
  it('reads a figure after 当时 or 建院之初 in its sentence as of then', () => {
    expect(past('医院创办于1950年，当时仅有病床8张。', '8张')).toBe(true);
    expect(past('建院之初，全院只有职工12人，设备简陋。', '12人')).toBe(true);
  });

  it('reads a figure after a word that brings the sentence back to today as of now', () => {
    const text = '当时仅有病床8张，如今医院设床位600张，职工900人。';
    expect(past(text, '8张')).toBe(true);
    expect(past(text, '600张')).toBe(false);
    expect(past(text, '900人')).toBe(false);
  });

  it('leaves a figure after 当时的 (the office as it was then) as it is', () => {
    expect(past('他与当时的卫生署协调，为医院争取到300床的资源。', '300床')).toBe(false);
  });

  it('leaves a figure in a later sentence, or with no word of time, as it is', () => {
    expect(past('当时条件艰苦。医院现有床位300张。', '300张')).toBe(false);
    expect(past('医院开放床位450张，年门诊量30万人次。', '450张')).toBe(false);
  });

  it('reads 当年, 起初 and 成立之初 as of then, but not 当年的', () => {
    expect(past('该院当年只有一栋两层小楼，病床20张。', '20张')).toBe(true);
    expect(past('起初全院仅有医护人员9名。', '9名')).toBe(true);
    expect(past('医院成立之初，开放床位30张。', '30张')).toBe(true);
    expect(past('他回忆起当年的艰苦岁月，感慨如今医院床位已达800张。', '800张')).toBe(false);
  });

  it('reaches over the whole sentence, not a few characters: one reach for every figure rule', () => {
    const text =
      '建院之初，医院仅有一间由旧仓库改建的诊室、两名从外地调来的年轻医生和几件简陋的器械，病床4张。';
    expect(past(text, '4张')).toBe(true);
  });
});
