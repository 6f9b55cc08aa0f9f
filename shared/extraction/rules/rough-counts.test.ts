import { describe, expect, it } from 'vitest';
import { isGuessedFigure, isRoughCount } from './rough-counts';

describe('rough counts: a size, not a figure', () => {
  it('reads a guess between two neighbouring numerals, not a list marker', () => {
    expect(isGuessedFigure('夜间门诊每晚接待约七、')).toBe(true);
    expect(isGuessedFigure('工作要点：一')).toBe(false);
  });

  it('reads an indefinite count (数百, 几千) and a bare round numeral (千人, 百名)', () => {
    expect(isRoughCount('清晨就有数', '百名', null)).toBe(true);
    expect(isRoughCount('急诊多达', '千人', null)).toBe(true);
    expect(isRoughCount('启动', '百名', null)).toBe(true);
  });

  it('keeps a hedged count, a count with its numeral and a percent', () => {
    expect(isRoughCount('抽调', '百余名', 'over')).toBe(false);
    expect(isRoughCount('体检', '一千二百人', null)).toBe(false);
    expect(isRoughCount('增幅', '百分之三', null)).toBe(false);
  });
});
