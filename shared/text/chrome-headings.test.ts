import { describe, expect, it } from 'vitest';
import { detectPageChrome } from './chrome';
import { sliceCodePoints } from './codepoints';

const chromeLines = (text: string): string[] =>
  detectPageChrome(text).map((r) => sliceCodePoints(text, r.start, r.end).trim());

const PROFILE =
  '晴川市第三人民医院创建于1962年，是一所集医疗、预防、康复于一体的二级甲等综合医院，开放床位420张。';

describe('a menu word heading a profile (set S)', () => {
  it('keeps 医院介绍 over the profile’s first paragraph as text', () => {
    expect(chromeLines(`医院介绍\n${PROFILE}`)).toEqual([]);
    expect(chromeLines(`醫院簡介\n${PROFILE}`)).toEqual([]);
  });

  it('keeps it under a breadcrumb or a menu bar too', () => {
    expect(chromeLines(`当前位置：首页 > 医院概况\n\n医院概况\n\n${PROFILE}`)).toEqual([
      '当前位置：首页 > 医院概况',
    ]);
    expect(chromeLines(`网站首页 | 新闻中心 | 联系我们\n\n医院简介\n\n${PROFILE}`)).toEqual([
      '网站首页 | 新闻中心 | 联系我们',
    ]);
  });

  it('leaves the last item of a menu written one item a line as chrome', () => {
    const page = `网站首页\n\n新闻中心\n\n医院简介\n\n${PROFILE}`;
    expect(chromeLines(page)).toEqual(['网站首页', '新闻中心', '医院简介']);
  });

  it('leaves it as chrome over a short line or another menu line', () => {
    expect(chromeLines('医院概况\n就医指南\n联系我们')).toEqual([
      '医院概况',
      '就医指南',
      '联系我们',
    ]);
    expect(chromeLines('医院简介\n电话：0000-1234567')).toContain('医院简介');
  });
});
