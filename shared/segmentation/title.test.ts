import { describe, expect, it } from 'vitest';
import { splitPageLines } from './lines';
import { fallbackTitle } from './title';
import { segmentPage } from './segment-page';

const titleOf = (text: string): string | null => fallbackTitle(splitPageLines(text));
const BODY =
  '3月8日，晴川市中医院妇产科的12名医护人员走进市总工会，为女职工开展健康义诊和专题讲座，现场气氛热烈。';

describe('fallbackTitle on plain-text pages', () => {
  it('takes the short line right above the text', () => {
    expect(titleOf(`新闻中心\n市中医院开展妇女节健康义诊\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
  });

  it('passes over a caption between the headline and the text', () => {
    expect(titleOf(`市中医院开展妇女节健康义诊\n（护理部 供图）\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
    expect(titleOf(`市中医院开展妇女节健康义诊\n图为医护人员测量血压\n${BODY}`)).toBe(
      '市中医院开展妇女节健康义诊',
    );
  });

  it('passes over 来源/点击量 bars, login bars and tag lines', () => {
    const page = [
      '會員中心 登出',
      '嘉禾醫院新院區動土',
      '來源：嘉禾醫院 點擊：30',
      '標籤: 新院區 動土',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('嘉禾醫院新院區動土');
  });

  it('finds no title when only chrome and captions sit above the text', () => {
    expect(titleOf(`登出\n（张三 供图）\n${BODY}`)).toBeNull();
  });

  it('takes a long headline with a date/source bar right under it', () => {
    const headline =
      '晴川市中医院与城东区开展党支部结对共建并举行“送医送药进社区，健康服务到万家”义诊活动';
    expect(headline.length).toBeGreaterThan(40);
    expect(
      titleOf(`${headline}\n\n2021-03-09 14:50:00 来源：晴川日报 大字体 小字体\n${BODY}`),
    ).toBe(headline);
    // Under menu words: the long line, not the last menu word above it.
    expect(
      titleOf(
        `党的建设\n医院动态\n中医药文化\n${headline}\n发布者：admin 来源： 发布时间：2020-09-16\n${BODY}`,
      ),
    ).toBe(headline);
    // A long line with a sentence stop is a paragraph, whatever follows it.
    expect(
      titleOf(
        `新闻中心\n晴川市中医院今天开展义诊。全院二十名医护人员走进社区为居民服务，现场气氛热烈。\n来源：本站\n${BODY}`,
      ),
    ).toBeNull();
  });

  it('passes over a keyword banner with no punctuation above the headline', () => {
    const banner =
      '免费在线观看最新影视大全高清无码一区二区三区在线观看天天更新影视大全免费在线看_精品资源每日更新';
    expect(banner.length).toBeGreaterThan(40);
    expect(
      titleOf(
        `${banner}\n首页 > 县区之窗 > 民生资讯\n晴川县医院住院大楼建成\n2011-09-01 09:44:49 来源：\n${BODY}`,
      ),
    ).toBe('晴川县医院住院大楼建成');
  });

  it('never takes an outlet’s newsroom line under the headline', () => {
    expect(titleOf(`晴川醫院急重症大樓今落成啟用\n某某網新聞中心\n${BODY}`)).toBe(
      '晴川醫院急重症大樓今落成啟用',
    );
  });
});

describe('fallbackTitle: a deck or kicker beside the headline, a sidebar teaser (found on set F)', () => {
  it('takes the headline over the deck under it (phrases joined by a comma or a space)', () => {
    expect(titleOf(`晴川市中医院住院楼奠基\n新建一栋12层大楼,计划新增500张床位\n${BODY}`)).toBe(
      '晴川市中医院住院楼奠基',
    );
    expect(titleOf(`晴川县人民医院病房楼奠基\n项目带动 夯实基层\n${BODY}`)).toBe(
      '晴川县人民医院病房楼奠基',
    );
  });

  it('takes the headline under a kicker of two slogans', () => {
    expect(titleOf(`凝心聚力谋发展 砥砺奋进新征程\n晴川县人民医院召开职工代表大会\n${BODY}`)).toBe(
      '晴川县人民医院召开职工代表大会',
    );
  });

  it('keeps the last line when both or neither read as a deck', () => {
    expect(titleOf(`新闻中心\n晴川县人民医院召开职工代表大会\n${BODY}`)).toBe(
      '晴川县人民医院召开职工代表大会',
    );
  });

  it('passes over a sidebar teaser that ends in its link ([ 详细 ], 更多>>)', () => {
    const teaser =
      '晴川县位于江南省东部,三市交界处,县内服务人口60万人,东临大海,南望长江,是... [ 详细 ]';
    expect(
      titleOf(`${teaser}\n晴川市副市长来院视察\n时间:2012-11-01 10:06来源:某某网\n${BODY}`),
    ).toBe('晴川市副市长来院视察');
  });
});

describe('fallbackTitle on headlines set off by a posting stamp (set K)', () => {
  it('takes the headline a page joined with its publication stamp and text into one line', () => {
    const line = `副市长赵明视察我院 发布时间:2012年5月3日 浏览:211次 ${BODY}`;
    expect(titleOf(line)).toBe('副市长赵明视察我院');
  });

  it('takes the headline a page joined with a bare date and time and its text (found on set M)', () => {
    expect(
      titleOf(
        '某区综合医院预计十一月正式投入使用 2025-09-17 22:14 区政府在工作报告中提出要推进医院建设。',
      ),
    ).toBe('某区综合医院预计十一月正式投入使用');
  });

  it('takes the headline a page joined with a written date, its time and the byline (set O)', () => {
    expect(
      titleOf(
        '鎮醫院慶祝三十周年 新大樓明年啟用 2016年3月8日 09:20 李文華/某縣報導 某鎮醫院8日舉行慶祝活動，院長致詞。',
      ),
    ).toBe('鎮醫院慶祝三十周年 新大樓明年啟用');
  });

  it('takes the headline a page joined with a date and the credit bracket after it (set P)', () => {
    expect(
      titleOf(
        '嘉禾醫院新大樓上樑 後年啟用 2019-05-21 〔記者林志明/嘉義報導〕嘉禾醫院昨舉行上樑典禮，院長致詞。',
      ),
    ).toBe('嘉禾醫院新大樓上樑 後年啟用');
  });

  it('takes a long headline under a channel name with a bare posting date under it', () => {
    const headline =
      '县中医院开展送医下乡活动 专家团队走进偏远山村为留守老人义诊并送去常用药品和健康知识手册';
    expect(titleOf(`社區新聞\n${headline}\n2026-03-08\n${BODY}`)).toBe(headline);
  });
});

describe('fallbackTitle on a page that lost its line breaks (one line, session 15)', () => {
  it.each([
    ['a dateline', '晴川市中医院新病房楼启用 本报讯（记者 孙立 通讯员 吴霞）'],
    ['a local dateline', '晴川市中医院新病房楼启用 晴川讯（记者 孙立）'],
    ['a credit bracket', '晴川市中医院新病房楼启用 （通讯员 吴霞）'],
    ['a date opening the first sentence', '晴川市中医院新病房楼启用 '],
    ['a time word opening the first sentence', '晴川市中医院新病房楼启用 近日，'],
    ['a full-width indent', '晴川市中医院新病房楼启用\u3000\u3000'],
  ])('takes the headline before %s', (_form, head) => {
    expect(titleOf(`${head}${BODY}`)).toBe('晴川市中医院新病房楼启用');
  });

  it('takes none from a line that opens with its text', () => {
    expect(titleOf(`今年以来 近日，${BODY}`)).toBeNull();
    expect(titleOf(`今日晴川网消息 ${BODY}`)).toBeNull();
    expect(titleOf(`晴川新闻网4月5日讯（记者 孙立）\u3000\u3000${BODY}`)).toBeNull();
    expect(titleOf(`${BODY} ${BODY}`)).toBeNull();
  });
});

describe('fallbackTitle with the date/source bar marked as chrome (set O)', () => {
  const titleWithBar = (page: string, bar: string): string | null => {
    const start = [...page.slice(0, page.indexOf(bar))].length;
    const chrome = [{ start, end: start + [...bar].length, reason: 'metadata' }];
    const lines = splitPageLines(page, chrome);
    return fallbackTitle(lines, new Set([start]));
  };
  const bar = '來源:某市第九人民醫院 發布時間:2012-11-30 00:00 瀏覽次數:811次';

  it('keeps the headline above the bar over a lead line with commas under it', () => {
    const page = `某醫院將擴建並遷址\n${bar}\n\n計劃明年6月建成,,擬更名為某市第九人民醫院\n\n${BODY}`;
    expect(titleWithBar(page, bar)).toBe('某醫院將擴建並遷址');
  });

  it('still takes the headline under a press release bar', () => {
    const release = '發布日期:2024-10-21';
    const page = `某市政府衛生局新聞稿\n${release}\n\n某醫院癌症中心擴建完工 投入2.5億\n\n${BODY}`;
    expect(titleWithBar(page, release)).toBe('某醫院癌症中心擴建完工 投入2.5億');
  });
});

describe('fallbackTitle over decks set between the date bar and the text (found on set V)', () => {
  it('keeps the headline over a date and hits bar, not the last of two decks under it', () => {
    const page = [
      '当前位置：首页 > 院务动态',
      '晴川市卫生健康系统荣获两个省级奖项',
      '2023-05-06  |   318   |',
      '',
      '市中心医院获“省级优秀团队”奖',
      '',
      '市中医院林小雨获“省级优秀医师”奖',
      '',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('晴川市卫生健康系统荣获两个省级奖项');
  });

  it('takes a headline in two phrases under a column label, over the credit line', () => {
    const page = `后勤动态\n携手共建 互促发展——晴川学院医院与市中医院签约\n文:林小雨 图:周大山\n${BODY}`;
    expect(titleOf(page)).toBe('携手共建 互促发展——晴川学院医院与市中医院签约');
  });

  it('still takes the one headline between a bar and the text', () => {
    const page = `卫生健康局通讯\n2023-05-06  |   318   |\n\n市中医院开展妇女节健康义诊\n${BODY}`;
    expect(titleOf(page)).toBe('市中医院开展妇女节健康义诊');
  });
});

describe('fallbackTitle on a hard-wrapped page (set K)', () => {
  it('takes no wrapped line of prose and no bracketed credit for the headline', () => {
    const page = [
      '某某新聞網 2005-12-21 17:30',
      '台南市老字號的安和醫院,遭週刊指控,有人無照行醫,還將手術衣和一般床單放在一起',
      '清洗。院長王某表示指控絕非事實',
      '(林某某報導)',
      '表示,媒體的指控絕非事實,也沒有向他查證,他決定提告。',
      '院長王某拿出廠商的清單,證實醫院沒有將手術衣和床單放在一起',
      '院長說，醫院一向依法經營，員工都有執照，歡迎主管機關隨時來查，他已委請律師準備提出告訴，並將公布相關資料。',
    ].join('\n');
    expect(titleOf(page)).toBeNull();
  });
});

describe('fallbackTitle above a dateline the hard wrap left short', () => {
  it('takes the headline, not the lead line that opens with the paper’s dateline', () => {
    const wrapped = ['某县医院新门诊楼落成', '', '本报讯　某县医院新门诊楼今日落成，院长王', BODY];
    expect(titleOf(wrapped.join('\n'))).toBe('某县医院新门诊楼落成');
    const traditional = [
      '某市醫院新院區啟用',
      '',
      '本報訊（記者林某）某市醫院新院區今日啟用，',
      BODY,
    ];
    expect(titleOf(traditional.join('\r\n'))).toBe('某市醫院新院區啟用');
  });

  it('still takes a headline that only mentions news (喜讯)', () => {
    expect(titleOf(`喜讯：我院通过三级医院评审\n${BODY}`)).toBe('喜讯：我院通过三级医院评审');
  });
});

describe('fallbackTitle on a page of short lines only (a poem-like feature, set Q)', () => {
  it('takes the headline right over the date/source bar when no line is a paragraph', () => {
    const page = [
      '雪夜里值守的乡镇卫生院|走基层',
      '',
      '日期:2023-01-20 22:25:23 来源:某某网',
      '',
      '那一晚',
      '',
      '救护车开上了盘山路',
      '',
      '我们跟着出车',
    ].join('\n');
    expect(titleOf(page)).toBe('雪夜里值守的乡镇卫生院|走基层');
  });
});

describe('fallbackTitle: a headline set again in two lines under it (found on set R)', () => {
  it('takes the long headline, not its repeat cut in two', () => {
    const page = [
      '全省投资最大的晴川市立医院新院区7月1日正式营运 提供急诊、妇幼、康复及夜间友善医疗',
      '',
      '社长林志明',
      '全省投资最大的晴川市立医院新院区7月1日正式营运',
      '',
      '提供急诊、妇幼、康复及夜间友善的全程医疗服务',
      '',
      BODY,
    ].join('\n');
    // The masthead line is chrome (chrome-site-identity.ts): the headline has it right under it.
    const start = page.indexOf('社长林志明');
    const chromed = splitPageLines(page, [{ start, end: start + '社长林志明'.length }]);
    expect(fallbackTitle(chromed)).toBe(
      '全省投资最大的晴川市立医院新院区7月1日正式营运 提供急诊、妇幼、康复及夜间友善医疗',
    );
  });

  it('still passes over a keyword banner over a short headline of its own', () => {
    const page = [
      '义诊 健康 体检 医院 护理 门诊 专家 讲座 社区 服务 预约 挂号 住院 手术',
      '',
      '发布时间：2024-05-09',
      '市中医院开展妇女节健康义诊',
      BODY,
    ].join('\n');
    expect(titleOf(page)).toBe('市中医院开展妇女节健康义诊');
  });
});
describe('fallbackTitle: a long headline the page prints twice (set Y)', () => {
  const headline =
    '晴川首座 市中医院斥资近3亿打造「康复医学大楼」 市长李某某 感谢为广大病友带来新的便利与希望';

  it('takes the long line of phrases set off by spaces when the next line repeats it', () => {
    expect(titleOf([headline, '', headline, '', BODY].join('\n'))).toBe(headline);
  });

  it('still passes over such a line printed once (a banner of keywords)', () => {
    expect(titleOf([headline, '', BODY].join('\n'))).toBeNull();
  });
});

describe('fallbackTitle: a part of the headline set over the text (found on set R)', () => {
  it('keeps the headline, not its last words alone on the line under it', () => {
    expect(titleOf(`某县中医医院门诊楼项目开工奠基\n\n  开工奠基\n${BODY}`)).toBe(
      '某县中医医院门诊楼项目开工奠基',
    );
  });

  it('still takes a headline under a shorter, different line', () => {
    expect(titleOf(`义诊\n市中医院开展妇女节健康义诊\n${BODY}`)).toBe('市中医院开展妇女节健康义诊');
  });
});

describe('fallbackTitle over the metadata a page sets under its headline (set S)', () => {
  const LONG_HEAD = '弘扬中医药文化·守护百姓健康--晴川县中医院走进南岭社区开展“健康进万家”送医活动';

  it('takes the long headline, not the writing unit’s name on the line under it', () => {
    expect(titleOf(`${LONG_HEAD}\n晴川县中医院\n${BODY}`)).toBe(LONG_HEAD);
  });

  it('takes a short headline over the unit’s name as well', () => {
    expect(titleOf(`县中医院开展送医活动\n晴川县中医院\n${BODY}`)).toBe('县中医院开展送医活动');
  });

  it('passes over bulleted fields (date, author, category) under the headline', () => {
    const page = [
      '晴川医院东院区主体封顶',
      '  • 2024-05-06 09:12:30',
      '  • 周立民',
      '  • 医院',
      BODY,
    ];
    expect(titleOf(page.join('\n'))).toBe('晴川医院东院区主体封顶');
  });

  it('takes the headline, not the line repeating it as 原标题', () => {
    const page = [
      '市卫健委督导组到晴川县检查医疗工作',
      '原标题:市卫健委督导组到晴川县检查医疗工作',
      BODY,
    ];
    expect(titleOf(page.join('\n'))).toBe('市卫健委督导组到晴川县检查医疗工作');
  });
});

describe('fallbackTitle over bulleted credits and a profile card (set T)', () => {
  it('passes over every bulleted label line, whatever its word', () => {
    const page = [
      '晴川市中医院',
      '市中医院走进社区送健康',
      '  • 文:宣传科',
      '  • 核稿:周晓',
      '  • 日期:2026-03-08',
      BODY,
    ];
    expect(titleOf(page.join('\n'))).toBe('市中医院走进社区送健康');
  });

  it("takes a profile card's name, not its labelled fields", () => {
    const card = '晴川市中医院 医院别称:市中医院 医院级别:三级甲等 医院性质:公立';
    expect(titleOf(`${card}\n${BODY}`)).toBe('晴川市中医院');
  });
});

describe('an official document: its title, then its addressee (set X2)', () => {
  const page = [
    '晴川县发改局对晴川县中医院康复楼项目可行性研究报告的批复',
    '',
    '晴川县卫健局：',
    '',
    '你局所报请示已收到。现答复如下：同意建设晴川县中医院康复楼，总建筑面积为6400平方米左右。',
  ].join('\n');

  it('takes the title over the addressee closed by a colon', () => {
    expect(titleOf(page)).toBe('晴川县发改局对晴川县中医院康复楼项目可行性研究报告的批复');
  });

  it('keeps the page one article titled so, the addressee in its text', () => {
    const [article, ...more] = segmentPage(page);
    expect(more).toEqual([]);
    expect(article!.title).toBe('晴川县发改局对晴川县中医院康复楼项目可行性研究报告的批复');
  });
});

describe("a government page's disclosure table over a document (set X2)", () => {
  it('reads no title from the issuer over the table, nor a field row as the text', () => {
    const page = [
      '晴川县发改局',
      '索引号 11530000-7-/2021-0415001 发布机构 晴川县发改局 公开方式 主动公开',
      '文号 浏览量',
      '主题词 其他',
      '晴川县发改局对晴川县中医院康复楼项目可行性研究报告的批复',
      '',
      '晴川县卫健局：',
      '',
      '你局所报请示已收到。现答复如下：同意建设晴川县中医院康复楼，总建筑面积为6400平方米左右。',
    ].join('\n');
    expect(titleOf(page)).toBe('晴川县发改局对晴川县中医院康复楼项目可行性研究报告的批复');
  });

  it('keeps a headline that only mentions a word of the table (文号)', () => {
    expect(titleOf(`市中医院规范公文文号管理\n${BODY}`)).toBe('市中医院规范公文文号管理');
  });
});
