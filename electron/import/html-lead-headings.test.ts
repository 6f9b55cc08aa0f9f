import { describe, expect, it } from 'vitest';
import { parseDocument } from './html-main-content';
import { leadHeadingLines, readLeadHeadings } from './html-lead-headings';
import { extractHtmlText } from './html';

const PROSE =
  '本院始建于1962年，是一所集医疗、教学、科研和康复于一体的二级甲等中医医院，现有职工680人，开放床位460张，设有临床科室24个、医技科室8个。';

const headingsOf = (html: string): string[] =>
  readLeadHeadings(parseDocument(html)).map((lead) => lead.heading);

describe('readLeadHeadings', () => {
  it('takes a heading whose next block is prose', () => {
    expect(headingsOf(`<h2>医院概况</h2><div><p>${PROSE}</p></div>`)).toEqual(['医院概况']);
  });

  it('takes it over a short date bar, and from inside its own title box', () => {
    const html = `<div class="t"><h2>医院概况</h2></div><div>发布日期：2025-06-01</div><div>${PROSE}</div>`;
    expect(headingsOf(html)).toEqual(['医院概况']);
  });

  it('never takes a heading over a list of links or a short label', () => {
    const links = Array.from(
      { length: 6 },
      (_, i) => `<li><a href="/n/${i}">我院举办第${i}期健康讲座活动</a></li>`,
    );
    expect(headingsOf(`<h3>相关阅读</h3><ul>${links.join('')}</ul>`)).toEqual([]);
    const linkedDiv = `<div>${links.join('').replace(/<\/?li>/gu, '')}</div>`;
    expect(headingsOf(`<h3>相关阅读</h3>${linkedDiv}`)).toEqual([]);
    expect(
      headingsOf(`<h2>医院概况</h2><div>首页</div><div>联系我们</div><div>${PROSE}</div>`),
    ).toEqual([]);
  });

  it('never takes a heading in a menu or a logo', () => {
    expect(headingsOf(`<ul><li><h3>医院概况</h3></li></ul><div>${PROSE}</div>`)).toEqual([]);
    expect(headingsOf(`<div class="nav-box"><h3>医院概况</h3></div><div>${PROSE}</div>`)).toEqual(
      [],
    );
    expect(headingsOf(`<h1><a href="/">松岗县中医医院</a></h1><div>${PROSE}</div>`)).toEqual([]);
    expect(
      headingsOf(`<h1><a href="index.html">松岗县中医医院</a></h1><div>${PROSE}</div>`),
    ).toEqual([]);
    const beside = `<div class="head"><span><img src="logo.png"></span><h1>松岗县中医医院</h1></div><div>${PROSE}</div>`;
    expect(headingsOf(beside)).toEqual([]);
    expect(
      headingsOf(`<div><h1 class="site-logo">松岗县中医医院</h1></div><div>${PROSE}</div>`),
    ).toEqual([]);
  });
});

describe('leadHeadingLines', () => {
  const html = `<ul><li>首页</li><li>医院概况</li></ul><h2>医院概况</h2><div>发布日期：2025-06-01</div><div><p>${PROSE}</p><p>${PROSE}</p></div>`;
  const lines = extractHtmlText(html).text.split('\n');
  const lead = readLeadHeadings(parseDocument(html));

  it('finds the heading just above the prose, never the same word in the menu', () => {
    expect(lines.slice(0, 4)).toEqual(['首页', '医院概况', '医院概况', '发布日期：2025-06-01']);
    expect([...leadHeadingLines(lines, lead, 4, 5)]).toEqual([2]);
  });

  it('finds none far above the content', () => {
    const longer = [...lines, ...Array.from({ length: 8 }, (_, i) => `第${i}段正文。`)];
    expect([...leadHeadingLines(longer, lead, 9, 12)]).toEqual([]);
    expect([...leadHeadingLines(longer, lead, 5, 12)]).toEqual([2]);
  });
});
