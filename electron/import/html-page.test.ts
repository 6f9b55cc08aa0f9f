import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Suggestion } from '../../shared/extraction';
import { planPage, type PagePlan } from '../../shared/pages/plan-page';
import { parseFieldSchema } from '../../shared/schema';
import { sliceCodePoints } from '../../shared/text/codepoints';
import { extractHtmlText } from './html';
import { findMainContent, parseDocument } from './html-main-content';
import { classifyChromeLine } from '../../shared/text/chrome-rules';
import { OUTSIDE_MAIN_CONTENT, readHtmlPage } from './html-page';
import { chooseHeadline, splitDocumentTitle } from './html-title';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'html');
const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const schema = parseFieldSchema(
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, '..', '..', 'seeds', 'hospital-news.schema.json'),
      'utf8',
    ),
  ),
);

interface Fixture {
  file: string;
  title: string;
  /** Lines of the page's chrome (navigation, breadcrumb, bars, related links, footer). */
  chrome: string[];
  /**
   * Lines of the article, captions included: never chrome. A line the page also has in its
   * menu is given with its occurrence (0 for the first).
   */
  article: (string | [string, number])[];
  /** Chrome words that must never become a value of any field. */
  neverValues: string[];
}

const FIXTURE_PAGES: Fixture[] = [
  {
    file: 'county-hospital-news.html',
    title: '我院专家团队赴石岭镇开展义诊活动',
    chrome: [
      '欢迎访问青溪县人民医院官方网站 会员中心 | 登录 | 注册',
      '青溪县人民医院',
      '首页',
      '就医指南',
      '您现在的位置：首页 > 新闻动态 > 医院新闻',
      '【打印本页】 【关闭窗口】',
      '上一篇：我院召开2026年安全生产工作会议',
      '相关新闻',
      '县人民医院胸痛中心通过省级验收',
      '地址：青溪县城关镇人民路88号 邮编：410000',
      '湘ICP备12345678号-1',
    ],
    // The info bar credits a writer (作者：周晓): it carries the reporters, so it is article text.
    article: [
      '我院专家团队赴石岭镇开展义诊活动',
      '来源：宣传科 作者：周晓 点击量：326 发布时间：2026-03-12',
      '（宣传科 供图）',
      '（通讯员 李明 张华）',
    ],
    neverValues: ['会员中心', '关闭窗口', '打印本页', '胸痛中心', '党史学习'],
  },
  {
    file: 'taiwan-hospital-news.html',
    title: '嘉禾醫院新院區動土 預計三年後啟用',
    chrome: [
      '會員中心 登出',
      '嘉禾綜合醫院',
      '首頁',
      '衛教園地',
      '首頁 > 最新消息 > 醫院新聞',
      '發布日期：2026-02-20 點擊數：1024',
      '標籤: 新院區 動土 醫療',
      '分享到：Facebook LINE',
      '相關新聞',
      '嘉禾醫院獲頒醫療品質獎',
      '地址：台中市西區民權路100號',
    ],
    article: ['嘉禾醫院新院區動土 預計三年後啟用', '圖為動土典禮現場。（嘉禾醫院提供）'],
    neverValues: ['會員中心', '会员中心', '登出', '標籤', '醫療品質獎', '医疗品质奖'],
  },
  {
    file: 'health-commission-news.html',
    // The page has no <h1>: the headline is the line its <title> repeats.
    title: '市卫健委召开全市医疗质量安全管理工作会议',
    chrome: [
      '2026年4月8日 星期三',
      '网站首页 | 机构概况 | 政务公开 | 新闻动态 | 办事服务 | 互动交流',
      '当前位置：首页 » 新闻动态 » 工作动态',
      '发布时间：2026-04-07 15:20 来源：医政医管科 浏览次数：512 字号：[大 中 小]',
      '【我要打印】【关闭窗口】',
      '主办单位：云岭市卫生健康委员会 承办单位：云岭市卫生健康信息中心',
      '联系电话：0871-6543210 地址：云岭市新华路12号',
    ],
    article: ['会上，云岭市中心医院、江南县人民医院等4家单位作了交流发言。'],
    neverValues: ['关闭窗口', '我要打印', '云岭市卫生健康信息中心', '医政医管科'],
  },
  {
    file: 'photo-captions.html',
    title: '市中医院开展“三八”妇女节健康义诊',
    chrome: [
      '首页 | 医院概况 | 新闻中心 | 专家介绍 | 联系我们',
      '所在位置：首页 > 新闻中心',
      '2026-03-09 来源：本站 点击：88',
      'Copyright © 晴川市中医院 版权所有 晋ICP备09001234号',
    ],
    article: ['图为医护人员为前来咨询的女职工测量血压（刘晓燕 摄）', '（护理部 供图）', '义诊现场'],
    neverValues: ['本站', '图为医护人员为前来咨询的女职工测量血压（刘晓燕 摄）'],
  },
  {
    file: 'table-layout-news.html',
    // An old table layout: the headline is a bold cell, the <title> only the site's name.
    title: '我院中医康复科正式开诊',
    chrome: [
      '网站首页 | 医院简介 | 新闻动态 | 科室介绍 | 专家介绍 | 联系我们',
      '健康教育',
      '您的位置：首页 >> 新闻动态',
      '【打印此页】【关闭窗口】',
      '下一篇：我院召开医德医风专题会议',
      '浙ICP备05000000号',
    ],
    article: [
      '我院中医康复科正式开诊',
      '作者：办公室 来源：本院 发布时间：2026-05-18 阅读：215次',
      '（办公室 供图）',
    ],
    neverValues: ['关闭窗口', '打印此页', '医德医风', '护士节'],
  },
  {
    file: 'taiwan-news-portal.html',
    // A news portal: the headline is the og:title and the <h1>; the <title> adds channel and site.
    title: '南港醫院擴建急診大樓 新增病床120床',
    chrome: [
      '為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Edge 的瀏覽器。',
      '會員中心',
      '訂閱管理',
      '登出',
      '即時 熱門 政治 生活 健康 地方',
      '首頁 > 生活',
      '聽新聞',
      '標籤：南港醫院 急診',
      'FB留言',
      '延伸閱讀',
      '北市醫院急診壅塞 衛生局研擬分流措施',
      '客服信箱：service@example.com.tw',
    ],
    article: [
      '2026/01/15 05:30 記者陳怡安／台北報導',
      '南港醫院院長林正雄（左三）與來賓為急診大樓擴建工程揭牌。（記者陳怡安攝）',
    ],
    neverValues: ['會員中心', '会员中心', '訂閱', '登出', '衛生局研擬', '卫生局研拟', '晨報'],
  },
  {
    file: 'hospital-profile.html',
    // A profile page: the <h2> '医院概况' leads the text with a date bar between, and the same
    // word is in the menu and heads the side menu (those stay chrome).
    title: '医院概况',
    chrome: [
      '设为首页 | 加入收藏 | English',
      '首页',
      '领导班子',
      '当前位置：首页 > 医院概况',
      '发布日期：2025-06-01 浏览：300',
      '地址：松岗县城南大道166号 电话：0739-5123456',
    ],
    // The third '医院概况' (after the menu's and the side menu's) is the text's heading.
    // The honours line is all links: Readability drops it, but it sits inside the content.
    article: [['医院概况', 2], '省级文明单位 省级中医重点专科'],
    neverValues: ['领导班子', '医院荣誉', '加入收藏'],
  },
  {
    file: 'header-logo-h1.html',
    // The site's name is an <h1> beside the logo image in a header right above the content box;
    // the <title> does not name the site. The headline is the content's own <h1>.
    title: '市二院心血管介入中心正式启用',
    chrome: [
      '碧水市第二人民医院',
      '网站首页 | 医院简介 | 新闻中心 | 就医指南 | 联系我们',
      '您的位置：网站首页 > 新闻中心',
      '版权所有：碧水市第二人民医院 鄂ICP备08012345号',
    ],
    article: ['市二院心血管介入中心正式启用'],
    neverValues: ['网站首页', '新闻中心'],
  },
  {
    file: 'news-related-heading.html',
    // A related-links <h3> right below the content leads a list of links, not prose.
    title: '东湖县人民医院获评省级文明单位',
    chrome: ['相关阅读', '我院举办志愿服务培训班', '我院召开文明创建推进会'],
    article: ['党委书记刘国华表示，医院将以此为新起点，把文明创建融入医疗服务的每一个环节。'],
    neverValues: ['志愿服务培训班', '文明创建推进会'],
  },
];

/** Code-point range of the line of `text` that is exactly `line` (its `occurrence`-th one). */
function lineRange(text: string, line: string, occurrence = 0): { start: number; end: number } {
  const lines = text.split('\n');
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = lines.indexOf(line, index + 1);
    if (index === -1) throw new Error(`no line "${line}" (#${occurrence}) in the page text`);
  }
  const start = [...lines.slice(0, index).join('\n')].length + (index > 0 ? 1 : 0);
  return { start, end: start + [...line].length };
}

const chromeMarks = (plan: PagePlan) => plan.marks.filter((m) => m.kind === 'chrome');
const isChrome = (plan: PagePlan, range: { start: number; end: number }): boolean =>
  chromeMarks(plan).some((m) => m.start <= range.start && m.end >= range.end);

function importFixture(file: string): {
  text: string;
  plan: PagePlan;
  suggestions: Suggestion[];
} {
  const page = readHtmlPage(readFixture(file));
  const plan = planPage(page.text, page.hints);
  const suggestions = plan.articles.flatMap((article) =>
    extractArticle({
      documentText: page.text,
      ranges: article.ranges,
      title: article.title,
      kicker: article.kicker,
      schema,
    }),
  );
  return { text: page.text, plan, suggestions };
}

describe.each(FIXTURE_PAGES)('an HTML page with chrome: $file', (fixture) => {
  const { text, plan, suggestions } = importFixture(fixture.file);

  it('stores the full visible text, chrome included', () => {
    expect(text).toBe(extractHtmlText(readFixture(fixture.file)).text);
  });

  it('marks the navigation, breadcrumb, bars, related links and footer as chrome', () => {
    for (const line of fixture.chrome)
      expect(isChrome(plan, lineRange(text, line)), line).toBe(true);
  });

  it('keeps the headline and the article, captions included, out of the chrome', () => {
    for (const entry of fixture.article) {
      const [line, occurrence] = typeof entry === 'string' ? [entry, 0] : entry;
      expect(isChrome(plan, lineRange(text, line, occurrence)), line).toBe(false);
    }
  });

  it('is one article titled by its headline, never by chrome or a caption', () => {
    expect(plan.articles.map((a) => a.title)).toEqual([fixture.title]);
    const titles = suggestions.filter((s) => s.field === 'title').map((s) => s.value);
    expect(titles).toEqual([fixture.title]);
  });

  it('takes no value from chrome, and every span slices the stored text exactly', () => {
    expect(suggestions.length).toBeGreaterThan(1);
    for (const suggestion of suggestions) {
      for (const span of suggestion.spans) {
        expect(sliceCodePoints(text, span.start, span.end)).toBe(span.text);
        expect(isChrome(plan, span), `${suggestion.field}: ${span.text}`).toBe(false);
      }
      const written = JSON.stringify(suggestion.value);
      for (const word of fixture.neverValues) {
        expect(written, `${suggestion.field} took ${word}`).not.toContain(word);
      }
    }
  });
});

describe('the same chrome on a plain-text page', () => {
  it('gives no value and no title from member bars, window buttons, tags or captions', () => {
    const text = [
      '会员中心',
      '登录 | 注册',
      '首页 > 新闻动态',
      '（宣传科 供图）',
      '县医院胸痛中心通过省级认证',
      '4月2日，青溪县人民医院胸痛中心通过省级认证，医院投资500万元建成导管室，新增床位30张。',
      '院长王建国表示，医院将继续加强急诊急救能力建设。',
      '标签：胸痛中心 认证',
      '【打印本页】【关闭窗口】',
    ].join('\n');
    const plan = planPage(text);
    expect(plan.articles.map((a) => a.title)).toEqual(['县医院胸痛中心通过省级认证']);
    const suggestions = plan.articles.flatMap((a) =>
      extractArticle({ documentText: text, ranges: a.ranges, title: a.title, schema }),
    );
    const written = suggestions.map((s) => JSON.stringify(s.value)).join(' ');
    for (const word of ['会员中心', '关闭窗口', '打印本页', '供图', '标签']) {
      expect(written).not.toContain(word);
    }
    for (const suggestion of suggestions) {
      for (const span of suggestion.spans) {
        expect(sliceCodePoints(text, span.start, span.end)).toBe(span.text);
        expect(isChrome(plan, span), span.text).toBe(false);
      }
    }
  });
});

describe('chrome at first sight in traditional characters (session 10)', () => {
  it('marks a menu, a breadcrumb, a posting bar and window buttons, and titles by the headline', () => {
    const body = '嘉禾醫院今日啟用智慧病房，新增病床四十床，院長陳志明表示將提升照護品質。'.repeat(
      4,
    );
    const html = [
      '<title>嘉禾醫院啟用智慧病房 - 嘉禾醫院</title>',
      '<ul><li>首頁｜醫院簡介｜杏林園地｜聯絡我們</li></ul>',
      '<div>當前位置：首頁 > 最新消息</div>',
      '<h1>嘉禾醫院啟用智慧病房</h1>',
      '<div>發佈時間：2025-03-02 瀏覽人次：532</div>',
      `<div><p>${body}</p><p>${body}</p></div>`,
      '<div>轉寄 列印 分享</div><div>回頂端</div>',
    ].join('');
    const page = readHtmlPage(html);
    const plan = planPage(page.text, page.hints);
    expect(plan.articles.map((a) => a.title)).toEqual(['嘉禾醫院啟用智慧病房']);
    for (const line of [
      '首頁｜醫院簡介｜杏林園地｜聯絡我們',
      '當前位置：首頁 > 最新消息',
      '發佈時間：2025-03-02 瀏覽人次：532',
      '轉寄 列印 分享',
      '回頂端',
    ]) {
      expect(classifyChromeLine({ text: line, standalone: true }), line).not.toBeNull();
      expect(isChrome(plan, lineRange(page.text, line)), line).toBe(true);
    }
  });
});

describe('readHtmlPage without usable main content', () => {
  it('leaves a short page to the chrome rules alone, every line taken as a block', () => {
    const html =
      '<h1>站点</h1><ul><li>首页</li><li>新闻中心</li></ul><p>医院开展义诊。</p><p>地址：某路1号</p>';
    const page = readHtmlPage(html);
    expect(page.text.split('\n')).toEqual([
      '站点',
      '首页',
      '新闻中心',
      '医院开展义诊。',
      '地址：某路1号',
    ]);
    expect(page.hints.title).toBeUndefined();
    expect(page.hints.chrome!.map((c) => c.reason)).toEqual([
      'navigation',
      'navigation',
      'address',
    ]);
    expect(planPage(page.text, page.hints).articles.map((a) => a.ranges)).toEqual([
      [
        { start: 0, end: 2 },
        { start: 11, end: 18 },
      ],
    ]);
  });

  it('finds no content when what Readability chose is not in the page text', () => {
    const html = readFixture('county-hospital-news.html');
    expect(findMainContent(parseDocument(html), ['首页', '新闻动态', '联系我们'])).toBeNull();
  });

  it('finds the content lines though the page text spaces them differently', () => {
    const html = readFixture('taiwan-hospital-news.html');
    const lines = extractHtmlText(html).text.split('\n');
    const respaced = lines.map((line) => line.replace(/，/gu, ' ， '));
    const main = findMainContent(parseDocument(html), respaced);
    expect(main).not.toBeNull();
    expect(respaced[main!.firstLine]).toMatch(/^〔記者林佳蓉／台中報導〕/u);
    expect(respaced[main!.lastLine]).toMatch(/^醫院指出/u);
  });
});

describe('the <title> and the headline', () => {
  it.each([
    ['我院开展义诊活动_青溪县人民医院', '我院开展义诊活动', ['青溪县人民医院']],
    ['嘉禾醫院新院區動土 | 嘉禾綜合醫院', '嘉禾醫院新院區動土', ['嘉禾綜合醫院']],
    ['市卫健委召开会议 - 云岭市卫生健康委员会', '市卫健委召开会议', ['云岭市卫生健康委员会']],
    [
      '晴川市中医院--新闻中心--市中医院开展妇女节健康义诊',
      '市中医院开展妇女节健康义诊',
      ['晴川市中医院', '新闻中心'],
    ],
    ['COVID-19疫苗接种点名单公布', 'COVID-19疫苗接种点名单公布', []],
    ['青溪县人民医院', null, ['青溪县人民医院']],
    [
      '青溪县人民医院胸痛中心通过省级认证 - 新闻中心',
      '青溪县人民医院胸痛中心通过省级认证',
      ['新闻中心'],
    ],
  ])('splits %s into the article part and the site', (title, article, site) => {
    expect(splitDocumentTitle(title)).toEqual({ article, site });
  });

  it('never takes the site logo <h1> that the <title> names as the site', () => {
    const lines = ['青溪县人民医院', '首页', '新闻动态', '县医院开展义诊', '正文第一段。'];
    const main = { firstLine: 4, lastLine: 4, keptLines: new Set([4]) };
    const headline = chooseHeadline(
      lines,
      main,
      { h1: ['青溪县人民医院'], h2: [] },
      '县医院开展义诊_青溪县人民医院',
    );
    expect(headline).toEqual({ line: 3, titleIfNoneFound: null });
  });

  it('never takes a caption or a login bar in an <h1>, and falls back to the <title>', () => {
    const lines = ['登出', '（张三 供图）', '正文第一段。'];
    const main = { firstLine: 2, lastLine: 2, keptLines: new Set([2]) };
    const headline = chooseHeadline(
      lines,
      main,
      { h1: ['登出', '（张三 供图）'], h2: [] },
      '醫院舉行義診 - 嘉禾綜合醫院',
    );
    expect(headline).toEqual({ line: null, titleIfNoneFound: '醫院舉行義診' });
  });

  it('takes the og:title line before a line that only looks like a headline', () => {
    const lines = ['嘉禾綜合醫院', '院長信箱意見回饋', '新院區動土 三年後啟用', '正文第一段。'];
    const main = { firstLine: 2, lastLine: 3, keptLines: new Set([2, 3]) };
    const headings = { h1: ['嘉禾綜合醫院'], h2: [], og: ['新院區動土 三年後啟用'] };
    expect(chooseHeadline(lines, main, headings, '嘉禾綜合醫院')).toEqual({
      line: 2,
      titleIfNoneFound: null,
    });
  });

  it('never takes a menu item or a sidebar heading for the headline', () => {
    const lines = ['首页', '就医指南', '门诊须知', '住院服务', '正文第一段。'];
    const main = { firstLine: 4, lastLine: 4, keptLines: new Set([4]) };
    const headline = chooseHeadline(
      lines,
      main,
      { h1: [], h2: ['门诊须知'] },
      '县医院开展义诊活动_青溪县人民医院',
    );
    expect(headline).toEqual({ line: null, titleIfNoneFound: '县医院开展义诊活动' });
  });

  it('takes a menu-word heading right on top of the text, never the same word in the menu', () => {
    const lines = [
      '首页',
      '医院概况',
      '就医指南',
      '医院概况',
      '本院始建于1958年，是一所二级甲等医院。',
    ];
    const main = { firstLine: 4, lastLine: 4, keptLines: new Set([4]) };
    const headline = chooseHeadline(lines, main, { h1: [], h2: ['医院概况'] }, '青溪县人民医院');
    expect(headline).toEqual({ line: 3, titleIfNoneFound: null });
  });

  it('never takes a logo glued to the member links for the headline', () => {
    const lines = ['青溪县人民医院会员中心English', '县医院开展义诊活动', '正文第一段。'];
    const main = { firstLine: 2, lastLine: 2, keptLines: new Set([2]) };
    const headline = chooseHeadline(
      lines,
      main,
      { h1: ['青溪县人民医院会员中心English'], h2: [] },
      '青溪县人民医院',
    );
    expect(headline).toEqual({ line: 1, titleIfNoneFound: null });
  });

  it('takes the nearest headline-like line above the content when the markup names none', () => {
    const lines = [
      '首页',
      '县医院开展义诊活动',
      '2026年4月8日 星期三',
      '来源：本站',
      '正文第一段。',
    ];
    const main = { firstLine: 4, lastLine: 4, keptLines: new Set([4]) };
    const headline = chooseHeadline(lines, main, { h1: [], h2: [] }, '青溪县人民医院');
    expect(headline).toEqual({ line: 1, titleIfNoneFound: null });
  });

  it('never takes the site name the <title> gives for the headline above a list', () => {
    const lines = [
      '云岭市卫生健康委员会',
      '首页',
      '当前位置：首页 > 基层动态',
      '青溪县人民医院新增两台透析设备',
      '10月24日，青溪县人民医院新增透析设备两台。',
    ];
    const main = { firstLine: 3, lastLine: 4, keptLines: new Set([3, 4]) };
    const headline = chooseHeadline(
      lines,
      main,
      { h1: [], h2: [] },
      '基层动态 - 云岭市卫生健康委员会',
    );
    expect(headline).toEqual({ line: null, titleIfNoneFound: null });
  });

  it('gives a page whose text shows no headline the <title> as its article title', () => {
    const body = '医院今天开展了义诊活动，共有二十名专家参加，接诊群众三百余人次。'.repeat(6);
    const html = `<title>县医院开展义诊_青溪县人民医院</title><ul><li>首页</li><li>新闻动态</li></ul><div><p>${body}</p><p>${body}</p></div><p>地址：青溪县人民路88号</p>`;
    const page = readHtmlPage(html);
    expect(page.hints.titleIfNoneFound).toBe('县医院开展义诊');
    expect(planPage(page.text, page.hints).articles.map((a) => a.title)).toEqual([
      '县医院开展义诊',
    ]);
  });
});

describe('hinted chrome and plain chrome', () => {
  it('marks each line once, with the reason the text rules give when they recognise it', () => {
    const { plan } = importFixture('county-hospital-news.html');
    const starts = chromeMarks(plan).map((m) => m.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(chromeMarks(plan).map((m) => m.reason)).toContain('icp');
    expect(chromeMarks(plan).map((m) => m.reason)).toContain(OUTSIDE_MAIN_CONTENT);
  });
});

describe('the heading of a profile page', () => {
  const body = '本院始建于1958年，是一所二级甲等医院。';

  it('is the menu word alone right on top of the text', () => {
    const lines = ['首页', '医院概况', '就医指南', '当前位置：首页 > 医院概况', '医院概况', body];
    const main = { firstLine: 5, lastLine: 5, keptLines: new Set([5]) };
    expect(chooseHeadline(lines, main, { h1: [], h2: [] }, '青溪县人民医院').line).toBe(4);
  });

  it('is a short <h3> leading the text over a date bar, though the <title> is the site', () => {
    const prose = `${body}医院现有职工680人，开放床位460张，设有临床科室24个、医技科室8个。`;
    const html = `<title>青溪县人民医院</title><ul><li>首页</li><li>医院概况</li><li>就医指南</li></ul>
      <div class="box"><h3>本院沿革</h3><div>更新时间：2026-01-05</div>
      <div><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></div>
      <p>地址：青溪县人民路88号</p>`;
    const page = readHtmlPage(html);
    expect(page.hints.title).toBe('本院沿革');
    const plan = planPage(page.text, page.hints);
    expect(plan.articles.map((a) => a.title)).toEqual(['本院沿革']);
    expect(isChrome(plan, lineRange(page.text, '本院沿革'))).toBe(false);
    expect(isChrome(plan, lineRange(page.text, '更新时间：2026-01-05'))).toBe(true);
  });

  it('is never the last item of a menu above the text', () => {
    const lines = ['首页', '医院概况', '就医指南', body];
    const main = { firstLine: 3, lastLine: 3, keptLines: new Set([3]) };
    expect(chooseHeadline(lines, main, { h1: [], h2: [] }, '青溪县人民医院').line).toBeNull();
  });
});
