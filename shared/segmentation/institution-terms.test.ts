import { describe, expect, it } from 'vitest';
import { foldForMatching, institutionTerms, keepDistinctiveTerms } from './institution-terms';
import { countMentions } from './mentions';

describe('institution-terms', () => {
  it('derives the short forms body text uses', () => {
    const terms = institutionTerms('辽宁省阜新市第二人民医院（妇产医院）');
    expect(terms).toEqual(
      expect.arrayContaining([
        '阜新市第二人民医院(妇产医院)',
        '阜新市第二人民医院',
        '阜新',
        '妇产医院',
      ]),
    );
    expect(terms).not.toContain('辽宁');
    expect(institutionTerms('辽宁省大连市妇女儿童医疗中心（集团）')).toEqual(
      expect.arrayContaining(['大连', '集团']),
    );
    expect(institutionTerms('准格尔旗中心医院')).toContain('准格尔');
  });

  it('drops terms two articles share', () => {
    const [a, b] = keepDistinctiveTerms([
      ['本溪市中心医院', '本溪', '医疗集团'],
      ['盘锦市中心医院医疗集团', '盘锦', '医疗集团'],
    ]);
    expect(a).toEqual(['本溪市中心医院', '本溪']);
    expect(b).toEqual(['盘锦市中心医院医疗集团', '盘锦']);
  });

  it('folds widths and OCR spacing so a broken name still matches', () => {
    expect(foldForMatching('市 妇 女 儿 童 医 疗 中 心\n（集团）')).toBe(
      '市妇女儿童医疗中心(集团)',
    );
  });
});

describe('countMentions', () => {
  const terms = [
    ['本溪市中心医院', '本溪'],
    ['中心医院医疗集团', '盘锦'],
  ];

  it('matches leftmost-longest, so one name is not counted for two articles', () => {
    const mentions = countMentions(foldForMatching('本溪市中心医院医疗集团金山医院'), terms);
    expect(mentions.counts).toEqual([1, 0]);
    expect(mentions.strong).toEqual([true, false]);
  });

  it('needs two mentions or a long name to be strong evidence', () => {
    expect(countMentions('盘锦的医院', terms).strong).toEqual([false, false]);
    expect(countMentions('盘锦的医院，盘锦的人', terms).strong).toEqual([false, true]);
  });
});
