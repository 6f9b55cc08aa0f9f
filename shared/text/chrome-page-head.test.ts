import { describe, expect, it } from 'vitest';
import { planPage } from '../pages/plan-page';
import { type ChromeRange, detectPageChrome } from './chrome';
import { codePointLength } from './codepoints';

/** The chrome reason of each line of an LF page (null for text, '' for a blank line). */
function reasonsByLine(page: string): (string | null)[] {
  const ranges: ChromeRange[] = detectPageChrome(page);
  let start = 0;
  return page.split('\n').map((line) => {
    const end = start + codePointLength(line);
    const found = ranges.find((r) => r.start <= start && r.end >= end && end > start);
    start = end + 1;
    return line.trim() === '' ? '' : (found?.reason ?? null);
  });
}

const HEADLINE = '东川县第二医院新建门诊楼正式投用';
const TEXT =
  '5月6日，东川县第二医院新建门诊楼投入使用，病人候诊更加方便。楼内设有候诊区和药房，门诊量预计逐年上升。';

describe('the site header above the breadcrumb (set Y)', () => {
  it('marks every line above the breadcrumb, and not the headline and text under it', () => {
    const page = [
      '某某生活网',
      '要闻 本地 文体 健康 财经 汽车 房产 旅游',
      '晴转多云',
      '健康 > 院所快讯',
      HEADLINE,
      '2024-05-06 10:12',
      TEXT,
    ].join('\n');
    expect(reasonsByLine(page)).toEqual([
      'navigation',
      'navigation',
      'navigation',
      'breadcrumb',
      null,
      'metadata',
      null,
    ]);
    expect(planPage(page).articles[0]?.title).toBe(HEADLINE);
  });

  it('leaves the lines above alone when a credit or a paragraph stands there', () => {
    const credited = ['本报记者 柯文成', '健康 > 院所快讯', HEADLINE, TEXT].join('\n');
    expect(reasonsByLine(credited)[0]).toBeNull();
    const paragraph = [TEXT, '健康 > 院所快讯', HEADLINE, TEXT].join('\n');
    expect(reasonsByLine(paragraph)[0]).toBeNull();
  });

  it('leaves a breadcrumb with no sentence after it to the line rules alone', () => {
    const page = ['某某生活网', '健康 > 院所快讯', HEADLINE].join('\n');
    expect(reasonsByLine(page)[0]).toBeNull();
  });
});

describe('the site header above the breadcrumb: a bar with a channel named by a credit word', () => {
  it('marks a bar of links one of which holds 记者 (小记者风采), and not the byline under it', () => {
    const page = [
      '要闻 本地 文体 健康 财经 小记者风采 房产 旅游',
      '健康 > 院所快讯',
      HEADLINE,
      '',
      `本报讯（记者 孙立）${TEXT}`,
    ].join('\n');
    expect(reasonsByLine(page)).toEqual(['navigation', 'breadcrumb', null, '', null]);
  });

  it('keeps a credit line above the breadcrumb, which carries the reporters', () => {
    const page = ['记者 孙立 通讯员 吴霞', '健康 > 院所快讯', HEADLINE, '', TEXT].join('\n');
    expect(reasonsByLine(page)[0]).toBeNull();
  });
});

describe("the page's <title> above the headline it repeats (set Y)", () => {
  it('marks the headline with the site name after a dash when the bare headline stands below', () => {
    const page = [`${HEADLINE}-某某生活网`, '', HEADLINE, '', TEXT].join('\n');
    expect(reasonsByLine(page)).toEqual(['navigation', '', null, '', null]);
    expect(planPage(page).articles[0]?.title).toBe(HEADLINE);
  });

  it('marks the headline with the site name and address after a space (set Z)', () => {
    for (const suffix of [
      '某某科学网www.example.com.cn',
      '某某生活網',
      'https://news.example.org/a/1',
    ])
      expect(reasonsByLine([`${HEADLINE} ${suffix}`, '', HEADLINE, '', TEXT].join('\n'))).toEqual([
        'navigation',
        '',
        null,
        '',
        null,
      ]);
    // A headline of two phrases with a space, printed again with the site after it.
    const twoPhrases = '东川县第二医院搬新家 群众点赞';
    const page = [`${twoPhrases} 某某科学网www.example.com`, '', twoPhrases, '', TEXT].join('\n');
    expect(reasonsByLine(page)[0]).toBe('navigation');
  });

  it('keeps a headline whose last word after a space is no site (东川县第二医院 门诊楼投用)', () => {
    const page = [`${HEADLINE} 门诊楼投用`, '', HEADLINE, '', TEXT].join('\n');
    expect(reasonsByLine(page)[0]).toBeNull();
  });

  it('keeps a headline with a dash when no line repeats its first part', () => {
    const page = [`${HEADLINE}——门诊楼`, '', TEXT].join('\n');
    expect(reasonsByLine(page)[0]).toBeNull();
  });
});

describe('a headline right under the posting stamp, over a font switch (set Y)', () => {
  it('is not taken for a line wedged in chrome', () => {
    const page = ['来源:某某生活网', HEADLINE, '字号:', TEXT].join('\n');
    expect(reasonsByLine(page)).toEqual(['metadata', null, 'navigation', null]);
  });
});

describe('single chrome lines of set Y', () => {
  it.each([
    ['• 下一条', 'navigation'],
    ['· 上一篇：某院开展义诊', 'navigation'],
    ['请扫码收听音频', 'navigation'],
    ['字號：【大】【中】【小】', 'navigation'],
    ['2022 03/05 08:40:11', 'metadata'],
    ['某院新闻_院所快讯_某某生活网', 'navigation'],
    ['健康 > 院所快讯', 'breadcrumb'],
    ['> 民生 >', 'breadcrumb'],
  ])('marks %s', (line, reason) => {
    expect(reasonsByLine(['某某生活网', line, '', TEXT].join('\n'))[1]).toBe(reason);
  });

  it.each([['收入>支出'], ['东川县第二医院_门诊楼'], [HEADLINE]])('leaves %s', (line) => {
    expect(reasonsByLine([line, '', TEXT].join('\n'))[0]).toBeNull();
  });
});

describe('the site header above a menu over the headline and its posting stamp (set Y)', () => {
  it('marks the logo words above the menu, and not the headline under it', () => {
    const page = [
      'abc江城健康服务中心',
      '',
      '院所动态 +',
      '',
      HEADLINE,
      '',
      '来源:某某生活网',
      '',
      TEXT,
    ];
    expect(reasonsByLine(page.join('\n'))).toEqual([
      'navigation',
      '',
      'navigation',
      '',
      null,
      '',
      'metadata',
      '',
      null,
    ]);
  });

  it('keeps a kicker right over the headline, with no menu between them', () => {
    const page = [
      'abc江城健康服务中心',
      '',
      '江城县第二医院',
      HEADLINE,
      '',
      '来源:某某生活网',
      '',
      TEXT,
    ];
    expect(reasonsByLine(page.join('\n')).slice(0, 4)).toEqual([null, '', null, null]);
  });
});

describe('stamps and bars of set Y', () => {
  it.each([
    ['日期：2019-11-02 16:20:05', 'metadata'],
    ['时间：2021-07-30', 'metadata'],
    ['|', 'navigation'],
    ['- - -', 'navigation'],
    ['院所动态 +', 'navigation'],
  ])('marks %s', (line, reason) => {
    expect(reasonsByLine(['某某生活网', line, '', TEXT].join('\n'))[1]).toBe(reason);
  });

  it('leaves a slogan with a plus inside it', () => {
    expect(reasonsByLine(['“互联网+医疗”走进乡村', '', TEXT].join('\n'))[0]).toBeNull();
  });
});
