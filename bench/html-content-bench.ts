// HTML main-content benchmark (issue 17, point 5): what finding an HTML page's main content and
// headline (Readability over linkedom) adds to reading and planning one page, next to the bare
// baseline of the same run, which is today's plain-text path (visible text, then planPage).
//
//   npx tsx bench/html-content-bench.ts [--runs 9]
//
// The pages are written here from our own sentences: a news page with navigation, breadcrumb,
// related links and footer around an article, at four sizes (the article grows, as long pages do).
import { performance } from 'node:perf_hooks';
import { extractHtmlText } from '../electron/import/html';
import { readHtmlPage } from '../electron/import/html-page';
import { planPage } from '../shared/pages/plan-page';

const SENTENCES = [
  '县人民医院组织专家团队来到乡镇卫生院开展义诊活动，为群众测量血压和血糖。',
  '医院今年计划投资1200万元改造门诊楼，新增床位100张，进一步改善就医环境。',
  '活动现场，医护人员耐心解答群众提出的健康问题，并发放健康宣传资料。',
  '院长表示，医院将坚持每月安排专家下沉基层坐诊，让群众在家门口看上好医生。',
  '据了解，该院去年门诊量达到35万人次，出院病人1.8万人次，手术量同比增长12%。',
];

interface PageShape {
  paragraphs: number;
  /** Items of the site menu (a CMS page often has a mega-menu of every column). */
  menuItems: number;
  /** Every paragraph in <span style><font> as old editors write them. */
  styled: boolean;
}

function newsPage({ paragraphs, menuItems, styled }: PageShape): string {
  const menu = Array.from(
    { length: menuItems },
    (_, i) => `<li><a href="/c${i}/" class="nav-link">栏目${i + 1}</a></li>`,
  ).join('');
  const wrap = (text: string): string =>
    styled
      ? `<p style="text-indent:2em;line-height:1.8"><span style="font-size:16px;font-family:宋体"><font color="#333">${text}</font></span></p>`
      : `<p>${text}</p>`;
  const body = Array.from(
    { length: paragraphs },
    (_, i) =>
      wrap(
        `${SENTENCES[i % SENTENCES.length]}${SENTENCES[(i + 2) % SENTENCES.length]}（第${i + 1}段）`,
      ) + (i % 8 === 7 ? `<p><img src="/u/${i}.jpg"></p><p>（宣传科 供图）</p>` : ''),
  ).join('\n');
  const related = Array.from(
    { length: 30 },
    (_, i) =>
      `<li><a href="/n/${i}.html">我院第${i + 1}期健康讲座走进社区</a><span>2026-03-${(i % 28) + 1}</span></li>`,
  ).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>县人民医院开展义诊活动_青溪县人民医院</title>
<script>var config = { menu: true };</script><style>.nav li { float: left; }</style></head><body>
<div class="top">欢迎访问青溪县人民医院 <a>会员中心</a> | <a>登录</a></div>
<div class="header"><h1 class="logo">青溪县人民医院</h1></div><ul class="nav">${menu}</ul>
<div class="crumb">您现在的位置：首页 &gt; 新闻动态 &gt; 医院新闻</div>
<div class="article"><h1>县人民医院开展义诊活动</h1><div class="info">来源：宣传科 点击量：326</div>
<div class="content">${body}</div><div class="tools">【打印本页】 【关闭窗口】</div></div>
<div class="related"><h3>相关新闻</h3><ul>${related}</ul></div>
<div class="footer"><p>版权所有：青溪县人民医院</p><p>地址：青溪县人民路88号</p><p>湘ICP备12345678号</p></div>
</body></html>`;
}

/**
 * The fastest of `runs` timings of each of two kinds of work, run alternately so that the load of
 * a shared machine falls on both alike; the fastest run is the one least disturbed by it.
 */
function bestOfAlternating(runs: number, a: () => unknown, b: () => unknown): [number, number] {
  // Warm-up: an import worker reads thousands of pages, so the JIT-compiled path is the one to time.
  for (let i = 0; i < 10; i++) {
    a();
    b();
  }
  let bestA = Infinity;
  let bestB = Infinity;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    a();
    bestA = Math.min(bestA, performance.now() - start);
    start = performance.now();
    b();
    bestB = Math.min(bestB, performance.now() - start);
  }
  return [bestA, bestB];
}

function parseRuns(argv: string[]): number {
  const at = argv.indexOf('--runs');
  if (at === -1) return 9;
  const runs = Number(argv[at + 1]);
  if (!Number.isInteger(runs) || runs <= 0) throw new Error('--runs needs a positive whole number');
  return runs;
}

const runs = parseRuns(process.argv.slice(2));
console.log(`HTML page import (read visible text + plan), best of ${runs} alternating runs`);
console.log('page | baseline: text + planPage | with main content + headline | added');
const SHAPES: (PageShape & { name: string })[] = [
  { name: 'short article', paragraphs: 10, menuItems: 7, styled: false },
  { name: 'CMS page, styled, big menu', paragraphs: 12, menuItems: 200, styled: true },
  { name: 'long article', paragraphs: 60, menuItems: 7, styled: false },
  { name: 'long article, styled', paragraphs: 60, menuItems: 40, styled: true },
  { name: 'very long article', paragraphs: 300, menuItems: 7, styled: false },
  { name: 'huge article', paragraphs: 1500, menuItems: 7, styled: false },
];
// Warm every shape first: compiled code for one page's paths would otherwise be timed in the next.
for (const shape of SHAPES) {
  const html = newsPage(shape);
  for (let i = 0; i < 5; i++) readHtmlPage(html);
}
for (const shape of SHAPES) {
  const html = newsPage(shape);
  const [baseline, withContent] = bestOfAlternating(
    runs,
    () => planPage(extractHtmlText(html).text),
    () => {
      const page = readHtmlPage(html);
      return planPage(page.text, page.hints);
    },
  );
  const page = readHtmlPage(html);
  const marked = page.hints.chrome?.length ?? 0;
  const size = `${shape.name}, ${(html.length / 1024).toFixed(0)} K chars`.padEnd(42);
  console.log(
    `${size} | ${baseline.toFixed(1).padStart(8)} ms | ${withContent.toFixed(1).padStart(8)} ms ` +
      `(${marked} chrome lines) | ${(withContent - baseline).toFixed(1)} ms ` +
      `(×${(withContent / baseline).toFixed(2)})`,
  );
}
