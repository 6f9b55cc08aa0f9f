/// <reference types="node" />
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromeRange, type ChromeReason, detectPageChrome } from './chrome';
import { codePointLength, sliceCodePoints } from './codepoints';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
function readSeed(prefix: string): string {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

interface Line {
  number: number;
  text: string;
  start: number;
  end: number;
}

/** The lines of an LF text with their code-point ranges; `number` is 1-based like an editor's. */
function linesOf(text: string): Line[] {
  let start = 0;
  return text.split('\n').map((line, i) => {
    const range = { number: i + 1, text: line, start, end: start + codePointLength(line) };
    start = range.end + 1;
    return range;
  });
}

const covers = (ranges: ChromeRange[], line: Line): ChromeRange | undefined =>
  ranges.find((r) => r.start <= line.start && r.end >= line.end);
const overlaps = (ranges: ChromeRange[], line: Line): boolean =>
  ranges.some((r) => r.start < line.end && r.end > line.start);

describe('detectPageChrome on the web page seed 003', () => {
  const page = readSeed('003');
  const ranges = detectPageChrome(page);
  const lines = linesOf(page);
  const title = lines.find((l) => l.text.startsWith('医改新理念赋能妇幼保健发展新格局'))!;
  const footerStart = lines.find((l) => l.text === '官方微信公众号')!;

  it('marks every line of the site header above the article title', () => {
    const header = lines.filter((l) => l.number < title.number && l.text.trim() !== '');
    expect(header.map((l) => l.text)).toContain('您的当前位置是:主页 > 新闻中心 >');
    for (const line of header) expect(covers(ranges, line), line.text).toBeDefined();
  });

  it('marks every line of the site footer below the article', () => {
    const footer = lines.filter((l) => l.number >= footerStart.number && l.text.trim() !== '');
    expect(footer.length).toBeGreaterThanOrEqual(10);
    for (const line of footer) expect(covers(ranges, line), line.text).toBeDefined();
  });

  it('gives each footer line a fitting reason', () => {
    const reasonOf = (prefix: string): ChromeReason | undefined =>
      covers(
        ranges,
        lines.find((l) => l.text.startsWith(prefix))!,
      )?.reason;
    expect(reasonOf('备案号:皖ICP备')).toBe('icp');
    expect(reasonOf('官方微信公众号')).toBe('social');
    expect(reasonOf('您的当前位置是')).toBe('breadcrumb');
    expect(reasonOf('回到头部')).toBe('navigation');
    expect(reasonOf('安庆市第二人民医院:安庆市关岳庙街79号 邮编')).toBe('address');
    expect(reasonOf('医德医风投诉电话')).toBe('contact');
  });

  it('leaves the title and every article sentence unmarked', () => {
    const article = lines.filter((l) => l.number >= title.number && l.number < footerStart.number);
    for (const line of article) expect(overlaps(ranges, line), line.text).toBe(false);
    for (const sentence of [
      '2021年7月26日,安庆市二院怀宁院区横空出世',
      '一、始合作',
      '秉持着公立医院服务初心,院党委书记赵家彬、院长李煌代表党委班子',
      '“看妇科到怀宁院区”成为越来越多怀宁女性朋友的共识。',
    ]) {
      expect(article.some((l) => l.text.includes(sentence))).toBe(true);
    }
  });

  it('returns whole lines, as code-point ranges of the original', () => {
    for (const range of ranges) {
      const text = sliceCodePoints(page, range.start, range.end);
      expect(lines.some((l) => l.text === text && l.start === range.start)).toBe(true);
    }
  });
});

describe('detectPageChrome on newspaper pages', () => {
  it.each(['000', '001', '002', '004'])('marks nothing in the OCR page %s', (prefix) => {
    expect(detectPageChrome(readSeed(prefix))).toEqual([]);
  });
});

describe('detectPageChrome rules', () => {
  const BODY = '\u3000\u3000本院今年新增床位200张，服务能力显著提升，患者满意度持续提高。';

  it.each<[ChromeReason, string]>([
    ['navigation', '首页 | 新闻中心 | 联系我们'],
    ['navigation', '返回顶部'],
    ['navigation', '【打印本页】'],
    ['navigation', '上一篇：医院开展义诊活动'],
    ['navigation', '欢迎访问安庆市第二人民医院'],
    ['breadcrumb', '当前位置：首页 > 新闻中心 > 医院新闻'],
    ['breadcrumb', '首页 > 党建工作'],
    ['breadcrumb', '您当前所在的位置: 首页 > 健康资讯 >'],
    ['footer', '技术支持：某某网络科技有限公司'],
    ['footer', '网站标识码：3408000001'],
    ['copyright', '版权声明：凡本网刊用的外来稿件均已注明出处，转载目的只为传递更多消息。'],
    ['copyright', '凡本網註明為其他來源的文章，均轉載自其他媒體，如有侵權請聯繫刪除'],
    ['address', '地址：安庆市大观区关岳庙街79号'],
    ['address', '邮编：246004'],
    ['icp', '皖ICP备13014413号-1'],
    ['icp', '皖公网安备 34080302000055号'],
    ['contact', '电话：0556-5212008 传真：0556-5212009'],
    ['contact', '0556-5212008'],
    ['social', '扫一扫关注我们'],
    ['social', '官方微信公众号'],
    ['social', '微信公众号：aqey2024'],
    ['social', '分享到：微信 微博'],
    ['copyright', 'Copyright © 2024 安庆市第二人民医院 版权所有'],
    ['copyright', '版权所有：安庆市第二人民医院'],
    ['metadata', '发布时间：2023-05-06 浏览次数：128'],
    ['metadata', '来源：本站 编辑：张三'],
    // Traditional labels, login bars, tags, related-link headings, bars of window buttons.
    ['metadata', '發布日期：2026-02-20 點擊數：1024'],
    ['metadata', '標籤: 新院區 動土 醫療'],
    ['metadata', '关键词：义诊'],
    // A government disclosure page's header table, and a media outlet's production credits.
    ['metadata', '索引号 11530000-7-/2021-0611005 发布机构 南岭县卫生健康局'],
    ['metadata', '公开目录 规划信息 发布日期 2021-06-11'],
    ['metadata', '文号 浏览量'],
    ['metadata', '出品:南岭县委宣传部  南岭县融媒体中心'],
    ['navigation', '會員中心 登出'],
    ['navigation', '会员中心 | 登录 | 注册'],
    ['navigation', '登出'],
    ['navigation', '打开 App'],
    // A news app's prompt over each picture of a story it carries.
    ['navigation', '打开某某新闻 查看精彩图片'],
    // A news site's channel name over the headline.
    ['navigation', '社區新聞'],
    // A © the page's encoding turned into '?', which is no sentence end.
    [
      'copyright',
      'Copyright ? 2024 http://www.example.com All Rights Reserved.某某市人民醫院 版權所有 技術支持:某某科技',
    ],
    ['breadcrumb', '资讯中心 > 社会新闻 > 正文'],
    ['breadcrumb', '健康频道 > 正文'],
    ['metadata', '医疗机构 来自维基百科，自由的百科全书'],
    ['navigation', '要聞 政治 社會 生活 健康 地方 財經 3C 體育'],
    ['navigation', '限時優惠，現在訂閱，立即暢讀全站好文，還有好禮等你拿！'],
    ['navigation', '不再通知'],
    ['metadata', '本文共1280字'],
    ['metadata', '阅读需要3分钟'],
    ['footer', '為達最佳瀏覽效果，建議使用新版的瀏覽器。'],
    ['navigation', '網站首頁 | 歡迎訪問某某市立醫院官方網站 | 設為首頁 | 加入收藏'],
    ['navigation', '正文内容'],
    ['navigation', '相关新闻'],
    ['navigation', '相關新聞'],
    ['navigation', '【打印本页】 【关闭窗口】'],
    ['navigation', '[列印] [關閉視窗]'],
    ['navigation', '友善列印 回上一頁'],
    ['navigation', '【字体：大 中 小】【打印本页】【关闭窗口】'],
    ['navigation', '字級：小 中 大'],
    ['navigation', '打印本页 | 关闭窗口'],
    // A print-and-send bar (session 13, set W).
    ['navigation', '打印文章   发送给我好友'],
    ['navigation', '列印 推薦給朋友'],
    ['navigation', '青溪县人民医院会员中心English'],
    ['navigation', '嘉禾醫院 登入 繁體 簡體'],
    ['metadata', '发布者：办公室 发布时间：2026-03-02 阅读：88'],
    ['metadata', '發布人：公關室 瀏覽：120'],
    ['footer', '為達最佳瀏覽效果，建議使用 Chrome 或 Edge 瀏覽器'],
    ['navigation', '上一則：嘉禾醫院舉辦健康講座'],
    ['navigation', '首頁 最新消息 醫院簡介 聯絡我們'],
    ['breadcrumb', '首頁 > 最新消息 > 醫院新聞'],
    ['breadcrumb', '您現在的位置：首頁 > 最新消息'],
    // Hong Kong and Macau colons, masthead and footer lines of a newspaper site, stamps,
    // placeholders, hashtags, bare counters, link boxes of cards and photo galleries.
    ['address', '地址︰某市東湖大馬路100號二樓'],
    ['contact', '電話︰2888 0000'],
    ['copyright', '某某經濟報  版權所有  未經同意  不得轉載'],
    ['icp', '新聞出版局登記編號 512號'],
    ['metadata', '2026年 3月5日 第101期 共8版'],
    ['metadata', '第二版 第三版 第四版'],
    ['metadata', '2026年3月6日    即時新聞'],
    ['metadata', '2025-04-02 09:15:00 / 某某社 /'],
    ['navigation', 'Loading'],
    ['navigation', '加载中…'],
    ['navigation', '未能播放Youtube視頻'],
    ['metadata', '#地方 #義診 #醫院'],
    ['metadata', '人氣 1024'],
    ['metadata', '点击:'],
    ['navigation', '相关推荐'],
    ['navigation', '下一图集'],
    ['navigation', '热门图集'],
    ['metadata', 'http://www.example.cn 2024年05月19日08:44 某某晚报'],
    ['navigation', '某县位于某省东部,全县人口93万人,是... [ 详细 ]'],
    ['navigation', '医院始建于1950年，现有职工八百人…更多>>'],
    ['navigation', '评论 0人参与,0条评论'],
    ['metadata', '某某报 县域周刊          2025年3月7日 星期五'],
    ['navigation', '还没有评论,快来抢沙发吧!'],
    ['footer', '今天是  某市人民医院祝您身体健康!家庭幸福!'],
    // A Macao paper's header (found on set J): greeting, utility links, issue date, sections.
    ['footer', '您好!今天是'],
    ['navigation', '設為主頁收藏本頁'],
    ['social', '社交網站:'],
    ['metadata', '當前報章2024年05月22日'],
    ['navigation', '今日導讀'],
    ['navigation', '本報新聞'],
    ['navigation', '字體: 放大 還原 縮小'],
    // Stamps, counters, prompts and picture notes (found on set M).
    ['metadata', '出版: 2024-08-14 10:10'],
    ['metadata', '更新：2024/8/14'],
    ['metadata', '2009-06-28 (16:38)'],
    ['metadata', '2025/7/24 11:36'],
    // A posting date as a bulleted field under the headline (found on set S).
    ['metadata', '• 2024-05-06'],
    ['metadata', '● 2023年7月2日'],
    ['metadata', '2022-11-16 10:01:27 来源: 某某搜索'],
    // The outlet's channel after a dash (set U).
    ['metadata', '2021年03月05日09:12  来源:晴川网-滨江频道'],
    ['metadata', '閱讀量: 1,551'],
    ['metadata', '(资料图片仅供参考)'],
    // A bracketed picture marker alone on its line: not a column label (found on set Q).
    ['metadata', '【资料图】'],
    ['metadata', '[圖片]'],
    ['navigation', '廣告 更多內容請繼續往下閱讀'],
    ['navigation', '留言'],
    ['social', '关注某某热线'],
    ['metadata', '《 某某日报 》( 2024年09月17日 02 版)'],
    // A post's stamp as a bar: date and counter, poster and categories (found on set P).
    ['metadata', '2023-05-14 | 1280 |'],
    ['metadata', 'Posted by | 2021-09-03 | News, Health'],
    ['metadata', '2023/05/14 09:30 | 健康 | 326'],
    // A browser-upgrade prompt's links (set L's last chrome headline).
    ['footer', '關閉此視窗 請至Edge官網下載 請至Firefox官網下載'],
    ['footer', '请至Chrome官网下载'],
    // An encyclopedia mirror's infobox toggle (set N).
    ['metadata', 'Quick Facts 某某紀念醫院, 基本資訊 ...'],
    // A news site's age gate (set L).
    ['navigation', '限制級'],
    ['navigation', '您即將進入之內容 需滿18歲 方可瀏覽。'],
    ['navigation', '我已年滿18歲進入'],
    ['navigation', '或不同意本條款離開'],
    ['social', '某某電子報 APP 某某電子報粉絲團 熱門新訊'],
    // A hospital site's service links (found on set P).
    ['navigation', '预约挂号'],
    ['navigation', '預約掛號 | 繳費 | 報告查詢'],
    ['navigation', '检验结果查询'],
    // A hospital site's section menu (set N).
    ['navigation', '电子院刊'],
    ['navigation', '看病就医 医务管理 护理服务'],
    // A source label opening its line, the site's account after it (found on set K).
    ['metadata', '来源: 某某县人民医院/abc0915'],
    ['metadata', '來源：某某日報'],
    // Traditional forms, read in their simplified form (session 10).
    ['breadcrumb', '當前位置：首頁 > 最新消息 > 院內新聞'],
    ['metadata', '瀏覽人次：532'],
    ['navigation', '列印本頁'],
    ['navigation', '關閉視窗'],
    ['navigation', '回頂端'],
    ['navigation', '轉寄 列印 分享'],
    ['social', '分享至：'],
    ['metadata', '发布于 2025-03-02'],
    ['footer', '您是本站第 18,235 位访客'],
    // A menu mostly of known words with one the site names its own way.
    ['navigation', '首页 医院概况 护理天地 联系我们'],
    ['navigation', '首頁｜醫院簡介｜杏林園地｜聯絡我們'],
  ])('marks a %s line: %s', (reason, line) => {
    for (const page of [`${line}\n\n${BODY}`, `${BODY}\n\n${line}\n`, `${BODY}\r\n${line}`]) {
      const ranges = detectPageChrome(page);
      const start = page.startsWith(line) ? 0 : codePointLength(page.slice(0, page.indexOf(line)));
      expect(ranges).toEqual([{ start, end: start + codePointLength(line), reason }]);
    }
  });

  it('marks a paper site’s utility links and issue date inside a header block without blank lines (found on set J)', () => {
    const header =
      '您好!今天是\n設為主頁收藏本頁\n社交網站:\n當前報章2024年05月22日\n今日導讀\n字體: 放大 還原 縮小';
    const page = `${header}\n某醫院獲考察團肯定\n\n${BODY}`;
    const marked = detectPageChrome(page).map((r) => sliceCodePoints(page, r.start, r.end));
    expect(marked).toEqual(expect.arrayContaining(['設為主頁收藏本頁', '當前報章2024年05月22日']));
    expect(marked).not.toContain('某醫院獲考察團肯定');
  });

  it('marks a header of glossed menu words and an address whose encoding lost characters as ? (found on set O)', () => {
    const header =
      '醫(yī)院新聞\n\n聯(lián)系我們\n\n某市第九人民醫院\n\n地址:中國某省??某市某區某路34號\n\n電話:0898-6580000(總院)';
    const page = `${header}\n\n某醫院將擴建並遷址\n${BODY}`;
    const marked = detectPageChrome(page).map((r) => sliceCodePoints(page, r.start, r.end));
    expect(marked).toEqual([
      '醫(yī)院新聞',
      '聯(lián)系我們',
      '某市第九人民醫院',
      '地址:中國某省??某市某區某路34號',
      '電話:0898-6580000(總院)',
    ]);
  });

  it('keeps a sentence that opens with 地址 and ends in a full stop as text', () => {
    const sentence = '地址:新院區設在城北新區,預計明年啟用?院方表示將增設床位200張。';
    expect(detectPageChrome(`${sentence}\n${BODY}`)).toEqual([]);
  });

  it('marks links to the previous and next story that the joins read as one sentence', () => {
    const page = `${BODY}\n上一条:某县召开卫生工作会议 部署全年任务\n下一条:记某某镇卫生院的十年坚守\n分享到`;
    const marked = detectPageChrome(page).map((r) => sliceCodePoints(page, r.start, r.end));
    expect(marked).toEqual(
      expect.arrayContaining([
        '上一条:某县召开卫生工作会议 部署全年任务',
        '下一条:记某某镇卫生院的十年坚守',
      ]),
    );
  });

  it('keeps sentences that name a document number or its issuing body as text', () => {
    const sentence = '该局发布机构改革方案，文号为南卫发〔2021〕9号，明确了主题词和公开方式。';
    expect(detectPageChrome(`${sentence}\n${BODY}`)).toEqual([]);
    const producer = '出品人表示，这部纪录片记录了县医院十年的变化。';
    expect(detectPageChrome(`${producer}\n${BODY}`)).toEqual([]);
  });

  it('counts offsets in code points past astral characters', () => {
    const page = `𠀀😀${BODY}\n返回顶部`;
    const [range] = detectPageChrome(page);
    expect(range).toBeDefined();
    expect(sliceCodePoints(page, range!.start, range!.end)).toBe('返回顶部');
  });

  it('marks a short line wedged between chrome lines, but not a paragraph', () => {
    const page = `${BODY}\n\n官方微信公众号\n\n安庆市第二人民医院\n\n地址：安庆市关岳庙街79号`;
    const wedged = linesOf(page).find((l) => l.text === '安庆市第二人民医院')!;
    expect(covers(detectPageChrome(page), wedged)?.reason).toBe('footer');
    const paragraph = `${BODY}\n\n官方微信公众号\n\n${BODY}\n\n地址：安庆市关岳庙街79号`;
    expect(detectPageChrome(paragraph).map((r) => r.reason)).toEqual(['social', 'address']);
  });

  it('does not take article prose that mentions the same words for chrome', () => {
    for (const page of [
      '市民可拨打咨询电话：0556-5212008了解详情。',
      '医院开通了官方微信\n公众号，患者可在线预约挂号，还能查询\n检查结果。',
      '该院新址位于\n地址：大观区，交通便利，\n方便群众就医。',
      '发布时间：这一说法并不准确，记者了解到，相关数据仍在核实中。',
      '提质升级\n打造高端医疗“服务圈”',
      '□本报记者 邹欣芮\n通讯员 刘宏超',
      '医院公众号上线预约功能',
      '微博问政 倾听民声',
      '新闻发布会',
      '时间：5月6日上午 地点：市民广场',
      '会员制家庭医生签约服务推开',
      '标签化管理让慢病随访更精准',
      '相关新闻发布后引发热议',
      '关闭窗口期前完成改造',
      '大中小学生健康体检',
      '医院开通English版网站',
      '字体设计大赛',
      // Metadata bars that credit a writer or reporter carry the article's reporters.
      '作者：张三 来源：本站',
      '来源：宣传科 作者：周晓 点击量：326 发布时间：2026-03-12',
      '2026/01/15 05:30 記者陳怡安／台北報導',
      '2026年3月6日 記者王小明／台中報導',
      '2026年3月6日',
      // A dated list item split by a bar is an article's headline, not a stamp.
      '2024-03-01 | 县人民医院新院区开工',
      '医院开通预约挂号新渠道',
      '年满18岁的市民可到社区卫生服务中心接种疫苗，无需预约，现场登记即可。',
      '医院志愿者粉丝团走进社区开展义诊活动，受到居民欢迎。',
      '人气很高的义诊活动吸引市民',
      '无法播放的老唱片重获新生',
      '第三版规划方案通过评审',
      '#',
      '医院将详细介绍新院区的情况。',
      '义诊定于2025年3月8日星期六上午在广场举行',
      '专家祝您身体健康并提醒市民注意防寒保暖，及时就医，不要拖延病情，以免耽误治疗。',
    ]) {
      expect(detectPageChrome(page), page).toEqual([]);
    }
  });
});

describe('detectPageChrome: the links under a related-links heading', () => {
  const page = [
    '某县医院新建门诊楼投入使用',
    '2024-03-02 来源：某某日报',
    '本月，某县医院新建门诊楼投入使用，新增诊室四十间。',
    '【责任编辑：祁安】',
    '相关新闻',
    '- 某镇卫生院完成改造 群众就医更方便(2024-03-01 10:05:12)',
    '- 全市推进医疗补短板项目!年度目标提前完成(2024-02-27 08:30:00)',
    '· 春季义诊走进社区 2024-02-20',
    '',
    '本报将持续关注医院建设进展。',
  ].join('\n');
  const lines = linesOf(page);
  const ranges = detectPageChrome(page);

  it('marks the heading and every link line under it as navigation', () => {
    for (const number of [5, 6, 7, 8]) {
      expect(covers(ranges, lines[number - 1]!)?.reason, lines[number - 1]!.text).toBe(
        'navigation',
      );
    }
  });

  it('stops at the first line that is no link, and leaves the article alone', () => {
    expect(overlaps(ranges, lines[9]!)).toBe(false);
    expect(overlaps(ranges, lines[0]!)).toBe(false);
    expect(overlaps(ranges, lines[2]!)).toBe(false);
  });

  it("marks a site's news section over bulleted links, not a subheading over text (set T)", () => {
    const section = ['晴川要闻', '- 市里召开春季防汛会议', '- 城东新区两所学校开学', ''];
    const marked = detectPageChrome(section.join('\n')).map((r) => r.reason);
    expect(marked).toEqual(['navigation', 'navigation', 'navigation']);
    const subheading = ['病区动态', '- 新门诊楼本周启用', '三月起，门诊搬入新楼。'].join('\n');
    expect(detectPageChrome(subheading)).toEqual([]);
  });

  it('marks nothing after a heading-like word inside a sentence', () => {
    const prose = '医院公布相关新闻。\n- 第一项 2024-02-20\n';
    expect(detectPageChrome(prose)).toEqual([]);
  });
});

describe('detectPageChrome: a box of link cards under a related-links heading', () => {
  const page = [
    '某区中医院新院区预计明年启用',
    '某区中医院新院区将提供三百张床位。',
    '相关推荐',
    '-',
    '某街道完成老旧小区改造',
    '街道完成了十二个小区的改造，惠及居民三千户。 当局并…',
    '2025-07-300 26 0 -',
    '-',
    '某镇卫生院开展义诊',
    '某镇卫生院本周在集市开展义诊，服务群众两百人次...',
    '2025-07-22 86 0 -',
  ].join('\n');
  const lines = linesOf(page);
  const ranges = detectPageChrome(page);

  it('marks the heading and every line of every card', () => {
    // A line of counts may already be taken for a phone number: chrome either way.
    for (const line of lines.slice(2)) expect(covers(ranges, line), line.text).toBeDefined();
  });

  it('leaves the article above alone', () => {
    expect(overlaps(ranges, lines[0]!)).toBe(false);
    expect(overlaps(ranges, lines[1]!)).toBe(false);
  });

  it('stops at prose that is no card', () => {
    const resumed = `${page}\n医院将于明年三月举行启用仪式，届时新院区全面开诊。`;
    const last = linesOf(resumed).at(-1)!;
    expect(overlaps(detectPageChrome(resumed), last)).toBe(false);
  });
});

describe('detectPageChrome: what is not chrome among chrome lines', () => {
  it('keeps the headline between a navigation bar and its publication line', () => {
    const page = [
      '首页 | 新闻中心 | 联系我们',
      '',
      '某县医院新院区今天动土 新院共300床',
      '',
      '本文共860字',
      '',
      '某县医院新院区今天动土，预计三年后启用，新院区共设病床三百张，将大大改善群众就医条件。',
    ].join('\n');
    const lines = linesOf(page);
    const ranges = detectPageChrome(page);
    expect(covers(ranges, lines[0]!)?.reason).toBe('navigation');
    expect(overlaps(ranges, lines[2]!)).toBe(false);
    expect(covers(ranges, lines[4]!)?.reason).toBe('metadata');
  });

  it('takes no line of single spaced characters for a channel bar', () => {
    expect(detectPageChrome('本 报 讯 记 者 从 县 医 院 获 悉\n')).toEqual([]);
  });
});

describe('detectPageChrome: other stories around the article (found on set M)', () => {
  const BODY = '某县医院新院区今天动土，预计三年后启用，新院区共设病床三百张。';
  it('marks other stories’ headlines running to the page’s end under a chrome line', () => {
    const tail = [
      '某某公司股价连涨三天 网友:这次不一样?',
      '作家某某批评某议员:一点都不帅',
      '十万人上街游行 某某:闹剧到此为止',
    ];
    const page = [BODY, '廣告 更多內容請繼續往下閱讀', ...tail].join('\n');
    const lines = linesOf(page);
    const ranges = detectPageChrome(page);
    for (const line of lines.slice(1)) expect(covers(ranges, line)?.reason).toBe('navigation');
    expect(overlaps(ranges, lines[0]!)).toBe(false);
  });

  it('keeps short closing lines that are the article’s: a credit, a caption, or too few', () => {
    const credited = [BODY, '责任编辑：某某', '图为院长某某在现场', '某某病区', '某某门诊'];
    const lines = linesOf(credited.join('\n'));
    const ranges = detectPageChrome(credited.join('\n'));
    expect(overlaps(ranges, lines[2]!)).toBe(false);
    const two = [BODY, '广告', '某某公司股价连涨三天', '某县举办运动会'].join('\n');
    expect(
      linesOf(two)
        .slice(2)
        .some((l) => overlaps(detectPageChrome(two), l)),
    ).toBe(false);
  });

  it('marks related links whose date stands on the line under each headline', () => {
    const page = [
      BODY,
      '相關新聞',
      '某某籲居民無需恐慌',
      '2009-06-18 (16:06)',
      '某某將率團出席論壇',
      '2009-06-08 (17:34)',
    ].join('\n');
    const lines = linesOf(page);
    const ranges = detectPageChrome(page);
    for (const line of lines.slice(1)) expect(covers(ranges, line), line.text).toBeDefined();
    expect(overlaps(ranges, lines[0]!)).toBe(false);
  });

  it('keeps a credit line between navigation lines: it carries the reporter', () => {
    const page = [
      '首页 > 社会 > 某县医院有了新大楼',
      '作者:某某某上传时间:2013-08-20',
      '下一图集',
      BODY,
    ].join('\n');
    const credit = linesOf(page)[1]!;
    expect(overlaps(detectPageChrome(page), credit)).toBe(false);
  });
});

describe('a bar of labelled fields over a line that reads as its continuation (set Q)', () => {
  it('marks the bar as metadata though the next line could continue it', () => {
    const page = [
      '某县医院急诊科的一天',
      '',
      '日期:2023-01-20 22:25:23 来源:某某网',
      '分享到:',
      '',
      '凌晨两点，急诊科的电话又响了。',
    ].join('\n');
    const marked = detectPageChrome(page).map((r) => [
      r.reason,
      [...page].slice(r.start, r.end).join(''),
    ]);
    expect(marked).toContainEqual(['metadata', '日期:2023-01-20 22:25:23 来源:某某网']);
  });

  it('marks a bar opened by its labelled posting date, and not the sentence it joins (set T)', () => {
    // A posting bar is the page's stamp: it gives the article no date and no place.
    const bar = '发布日期:2020-03-28 来源:某某县融媒体中心 编辑:某某';
    const page = `${bar}\n3月24日，县人民医院举办奠基典礼。`;
    expect(detectPageChrome(page)).toEqual([
      { start: 0, end: [...bar].length, reason: 'metadata' },
    ]);
  });

  it('leaves a joined bar that opens with no posting date as it was', () => {
    const page = '来源:某某县融媒体中心\n3月24日，县人民医院举办奠基典礼。';
    expect(detectPageChrome(page)).toEqual([]);
  });
});

describe('detectPageChrome: other stories run on after the article on its own line (found on set R)', () => {
  const article = '新大樓樓高十層，總樓面面積約兩萬平方米。新大樓將於本月啟用。';
  const links = '閱讀全文 其他文章 某地暴雨成災 30人失聯 admin 某局：課本加價1.5% admin';

  it('marks the links from the read-more link to the line end, and the article not', () => {
    const page = `${article} ${links}`;
    const start = codePointLength(`${article} `);
    expect(detectPageChrome(page)).toEqual([
      { start, end: start + codePointLength(links), reason: 'navigation' },
    ]);
  });

  it('leaves a sentence that speaks of reading the full text alone', () => {
    expect(detectPageChrome(`${article}欢迎阅读全文 其他文章请见下期。`)).toEqual([]);
    expect(detectPageChrome(`${article} 阅读全文请点击链接。`)).toEqual([]);
  });
});
