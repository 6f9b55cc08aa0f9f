import { describe, expect, it } from 'vitest';
import { detectPageChrome } from './chrome';
import { classifySiteIdentityLine } from './chrome-site-identity';
import { codePointLength } from './codepoints';

const BODY = '5月9日，某县人民医院在门诊大厅开展护士节义诊，为两百余名群众测量血压和血糖。';

/** The text of each chrome line detectPageChrome marks on `page`. */
function chromeLines(page: string): string[] {
  const cps = [...page];
  return detectPageChrome(page).map((r) => cps.slice(r.start, r.end).join('').trim());
}

describe('chrome: lines by which a site names itself (found on set R)', () => {
  it.each([
    ['a banner image alt text', '晴川都市新闻网banner'],
    ['a logo alt text in traditional characters', '衛生署LOGO'],
    ['a column header with its English name', '医院要闻 Hospital News'],
    ['a column header with an English name in capitals', '新闻中心 NEWS CENTER'],
    ['a yearly archive heading with a Republic-era year', '112年衛生局新聞'],
    ['a yearly archive heading', '2024年医院新闻'],
    ['a skip link', 'Skip to main content'],
    ['a skip link in traditional characters', '按 Enter 到主內容區'],
  ])('marks %s as navigation', (_, line) => {
    expect(classifySiteIdentityLine(line)).toBe('navigation');
  });

  it.each([
    [
      'an outlet name with its posting time and font-size switcher',
      '晴川日报 2019-05-09 08:30 大字',
    ],
    ['the same with the 大 中 小 switcher', '晴川晚报 2019/5/9 08:30 字号：大 中 小'],
    ['a masthead staff line', '社長林志明'],
    ['a masthead of two posts', '总编辑 高文博 发行人 陈立'],
    [
      'a press office note over the release',
      '各位記者朋友大家好：檢附本局5/9新聞稿：某醫院護士節義診',
    ],
  ])('marks %s as metadata', (_, line) => {
    expect(classifySiteIdentityLine(line)).toBe('metadata');
  });

  it.each([
    ['one outlet site', '晴川新闻网'],
    ['a platform alone', '抖音'],
    ['an outlet bar', '晴川新闻APP 晴川日报'],
    ['an outlet bar with a slogan among its links', '晴川发布 数字报刊 魅力晴川'],
  ])('marks %s as social', (_, line) => {
    expect(classifySiteIdentityLine(line)).toBe('social');
  });

  it.each([
    ['a headline about a new logo', '某县医院启用新LOGO'],
    ['a headline naming a machine', '医院引进 MRI'],
    ['a year in review', '2024年度十大新闻'],
    ['a date with its channel (a posting stamp, not an archive heading)', '2026年3月6日 即时新闻'],
    ['a headline that mentions a paper', '晴川日报记者走进县医院'],
    ['a subhead ending in 发布 alone', '成果发布'],
    ['a person with a hospital post', '院长林志明'],
    ['a sentence', BODY],
  ])('leaves %s alone', (_, line) => {
    expect(classifySiteIdentityLine(line)).toBeNull();
  });

  it('keeps the city an outlet is named after out of the article', () => {
    const page = [
      '晴川新闻网',
      '',
      '晴川视听网',
      '',
      '晴川新闻APP 晴川日报',
      '抖音',
      '晴川发布 数字报刊 魅力晴川',
      '首页 > 社区动态 > 某县 > 正文',
      '',
      '某县人民医院新院区启用',
      '',
      BODY,
    ].join('\n');
    expect(chromeLines(page)).toEqual([
      '晴川新闻网',
      '晴川视听网',
      '晴川新闻APP 晴川日报',
      '抖音',
      '晴川发布 数字报刊 魅力晴川',
      '首页 > 社区动态 > 某县 > 正文',
    ]);
  });

  it('marks a posting time with 上午/下午 between the date and the time', () => {
    const line = '2019/5/9 下午 03:20:15';
    const page = `某县人民医院新院区启用\n\n${line}\n\n${BODY}`;
    const start = codePointLength('某县人民医院新院区启用\n\n');
    expect(detectPageChrome(page)).toEqual([
      { start, end: start + codePointLength(line), reason: 'metadata' },
    ]);
  });

  it('marks a bar of channels that one link of another shape closes', () => {
    const bar = '首頁 要聞 地方 生活 健康 體育 影音 e-mail';
    expect(chromeLines(`${bar}\n\n某縣醫院新院區啟用\n\n${BODY}`)).toEqual([bar]);
  });
});
