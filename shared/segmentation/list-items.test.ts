import { describe, expect, it } from 'vitest';
import { articleTexts, segmentPage } from './index';
import { MAX_ITEMS } from './list-items';

/** Each article's text, its ranges joined by a line break, in page order. */
function articlesOf(page: string): { text: string; title: string | null; signals: string[] }[] {
  return segmentPage(page).map((a) => ({
    text: articleTexts(page, a).join('\n'),
    title: a.title,
    signals: a.signals,
  }));
}

// Every page below is written for these tests; none is taken from a real site.

describe('list pages', () => {
  it('splits one-line dated items, the column header going with the first item', () => {
    const page = [
      '医院动态',
      '2024-03-12  我院开展世界肾脏日义诊活动',
      '2024-03-08  我院举办三八妇女节健康讲座',
      '2024-03-05  心内科完成首例左心耳封堵术',
      '2024-03-01  我院召开2024年度工作会议',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      '医院动态\n2024-03-12  我院开展世界肾脏日义诊活动',
      '2024-03-08  我院举办三八妇女节健康讲座',
      '2024-03-05  心内科完成首例左心耳封堵术',
      '2024-03-01  我院召开2024年度工作会议',
    ]);
    expect(articles.map((a) => a.title)).toEqual([
      '我院开展世界肾脏日义诊活动',
      '我院举办三八妇女节健康讲座',
      '心内科完成首例左心耳封堵术',
      '我院召开2024年度工作会议',
    ]);
    expect(articles[2]!.signals).toEqual(['list item 3 of 4 (date-lead line 4)']);
  });

  it('splits a title line with a trailing date and its summary, separated by blank lines', () => {
    const page = [
      '新闻动态',
      '',
      '县人民医院开展世界肾脏日义诊  2024-03-12',
      '3月12日上午，县人民医院肾内科在门诊大厅开展义诊，为八十余名群众测量血压、解读化验单。',
      '',
      '县中医院举办中医药文化进校园活动  2024-03-10',
      '近日，县中医院走进第二实验小学，向师生介绍八段锦和常见中药材。',
      '',
      '县妇幼保健院新生儿病房投入使用  2024-03-06',
      '新病房设床位二十张，配备暖箱和呼吸机等设备。',
      '',
      '县卫健局部署春季传染病防控工作  2024-03-02',
      '会议要求各医疗机构做好发热门诊预检分诊。',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles).toHaveLength(4);
    expect(articles[0]!.text).toContain('新闻动态');
    expect(articles[0]!.text).toContain('为八十余名群众测量血压');
    expect(articles[1]!.text).toBe(
      '县中医院举办中医药文化进校园活动  2024-03-10\n近日，县中医院走进第二实验小学，向师生介绍八段锦和常见中药材。',
    );
    expect(articles[3]!.title).toBe('县卫健局部署春季传染病防控工作');
    expect(articles[3]!.text).toContain('预检分诊');
  });

  it('splits items whose date closes them, with no blank lines between', () => {
    const page = [
      '市第一人民医院成功开展首例达芬奇机器人手术',
      '手术历时三小时，患者术后第二天即可下床活动。',
      '2024-04-18',
      '市第一人民医院获评省级文明单位',
      '这是医院连续第三次获得该称号。',
      '2024-04-11',
      '市第一人民医院与社区卫生服务中心签约组建医联体',
      '2024-04-02',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      '市第一人民医院成功开展首例达芬奇机器人手术\n手术历时三小时，患者术后第二天即可下床活动。\n2024-04-18',
      '市第一人民医院获评省级文明单位\n这是医院连续第三次获得该称号。\n2024-04-11',
      '市第一人民医院与社区卫生服务中心签约组建医联体\n2024-04-02',
    ]);
    expect(articles[1]!.title).toBe('市第一人民医院获评省级文明单位');
  });

  it('splits a date that opens each item on its own line, with the lines after it', () => {
    const page = [
      '2024-05-20',
      '区人民医院开展护士节表彰活动',
      '',
      '2024-05-14',
      '区人民医院胸痛中心通过国家认证',
      '认证专家组对急诊流程给予肯定。',
      '',
      '2024-05-09',
      '区人民医院组织消防应急演练',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      '2024-05-20\n区人民医院开展护士节表彰活动',
      '2024-05-14\n区人民医院胸痛中心通过国家认证\n认证专家组对急诊流程给予肯定。',
      '2024-05-09\n区人民医院组织消防应急演练',
    ]);
    expect(articles[1]!.title).toBe('区人民医院胸痛中心通过国家认证');
  });

  it('splits one-sentence items led by a bracketed date, in CRLF text', () => {
    const page = [
      '卫生健康简讯',
      '【3月12日】县人民医院开展无偿献血活动，一百二十名职工参加献血。',
      '【3月14日】县中医院新建康复大楼主体封顶，建筑面积一万二千平方米。',
      '【3月18日】县疾控中心开展结核病防治宣传周活动。',
      '【3月21日】县妇幼保健院举办孕妇学校公益课堂。',
    ].join('\r\n');
    const articles = segmentPage(page);
    expect(articles).toHaveLength(4);
    expect(articleTexts(page, articles[1]!)).toEqual([
      '【3月14日】县中医院新建康复大楼主体封顶，建筑面积一万二千平方米。',
    ]);
    // A sentence is no headline: the title is left to extraction.
    expect(articles[1]!.title).toBeNull();
  });

  it('splits a bulleted list of headlines, a trailing footer going with the last item', () => {
    const page = [
      '通知公告',
      '· 关于调整门诊时间的通知',
      '· 关于开展职工体检的通知',
      '· 关于招聘护理人员的公告',
      '· 关于五一假期值班安排的通知',
      '共4条',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.title)).toEqual([
      '关于调整门诊时间的通知',
      '关于开展职工体检的通知',
      '关于招聘护理人员的公告',
      '关于五一假期值班安排的通知',
    ]);
    expect(articles[3]!.text).toBe('· 关于五一假期值班安排的通知\n共4条');
  });

  it('splits items printed as a title, a date and a summary, with no blank lines', () => {
    const page = [
      '院务公开',
      '区中医院新建治未病中心开诊',
      '2024-06-18',
      '治未病中心设体质辨识、艾灸和膏方门诊，开诊首日接待群众一百余人。',
      '区中医院获评市级平安医院',
      '2024-06-02',
      '区中医院连续三年无重大安全事故，此次获评市级平安医院。',
      '区中医院召开医德医风警示教育会',
      '2024-05-21',
      '会议通报了三起违反医德医风的典型案例。',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      '院务公开\n区中医院新建治未病中心开诊\n2024-06-18\n治未病中心设体质辨识、艾灸和膏方门诊，开诊首日接待群众一百余人。',
      '区中医院获评市级平安医院\n2024-06-02\n区中医院连续三年无重大安全事故，此次获评市级平安医院。',
      '区中医院召开医德医风警示教育会\n2024-05-21\n会议通报了三起违反医德医风的典型案例。',
    ]);
    expect(articles.map((a) => a.title)).toEqual([
      '区中医院新建治未病中心开诊',
      '区中医院获评市级平安医院',
      '区中医院召开医德医风警示教育会',
    ]);
  });

  it('splits a tag page: a date and time line, then a one-paragraph summary', () => {
    const page = [
      '#门诊',
      '2025-01-20 14:19',
      '市疾控中心今天发布监测数据，全市流感样病例就诊人数连续两周上升，提醒市民做好防护。',
      '2025-01-20 09:37',
      '市儿童医院儿科门诊量较上周增加两成，医院增开夜间门诊应对就诊高峰。',
      '2025-01-18 17:44',
      '春节临近，市卫健委要求各医院做好节日期间急诊和住院的人力安排。',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      '#门诊\n2025-01-20 14:19\n市疾控中心今天发布监测数据，全市流感样病例就诊人数连续两周上升，提醒市民做好防护。',
      '2025-01-20 09:37\n市儿童医院儿科门诊量较上周增加两成，医院增开夜间门诊应对就诊高峰。',
      '2025-01-18 17:44\n春节临近，市卫健委要求各医院做好节日期间急诊和住院的人力安排。',
    ]);
  });

  it('splits bulleted dates each over a headline and a summary, every line blank-separated', () => {
    const page = [
      '最新消息',
      '',
      '  • 2024-07-29 11:58',
      '',
      '    县医院恢复全部门诊业务',
      '',
      '    县医院自今日起恢复全部门诊和住院业务，市民可通过电话预约挂号。',
      '',
      '  • 2024-07-22 09:10',
      '',
      '    县医院新增两台血液透析机',
      '',
      '    新设备投入使用后，透析室每天可多接诊十二人次。',
      '',
      '  • 2024-07-15 16:30',
      '',
      '    县医院开展防溺水急救培训',
      '',
      '    培训由急诊科医生讲解心肺复苏的要点。',
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles).toHaveLength(3);
    expect(articles.map((a) => a.title)).toEqual([
      '县医院恢复全部门诊业务',
      '县医院新增两台血液透析机',
      '县医院开展防溺水急救培训',
    ]);
    expect(articles[2]!.text).toContain('心肺复苏');
    expect(articles[1]!.text).not.toContain('心肺复苏');
  });

  it('keeps an introduction that is an article of its own apart from the items', () => {
    const intro =
      '今年以来，县人民医院围绕群众看病就医的急难愁盼问题，推出一系列便民举措，下面是近期的几项工作。';
    const page = [
      intro,
      '',
      '2024-06-03  医院开通夜间门诊',
      '2024-06-10  医院上线检查结果互认系统',
      '2024-06-17  医院开设老年人绿色通道',
      '2024-06-24  医院推出床旁结算服务',
    ].join('\n');
    // One body paragraph against four items: it is little enough for the page to be a list.
    const articles = articlesOf(page);
    expect(articles).toHaveLength(5);
    expect(articles[0]!.text).toBe(intro);
    expect(articles[4]!.title).toBe('医院推出床旁结算服务');
  });
});

describe('pages that are not lists', () => {
  it('keeps an article whose paragraphs open with dates in one piece', () => {
    const page = [
      '县人民医院新院区建设纪实',
      '3月12日，县人民医院新院区项目举行开工仪式，副县长出席并讲话。',
      '4月20日，项目完成地基施工，进入主体结构阶段。',
      '6月18日，门诊楼主体封顶，比计划提前十天。',
      '9月30日，新院区通过竣工验收，十月一日起试运行。',
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('keeps a hospital profile with a dated timeline inside its text in one piece', () => {
    const body =
      '县人民医院是一所集医疗、教学、科研、预防保健于一体的二级甲等综合医院，现有职工八百余人，开放床位六百张，设临床科室二十八个。';
    const page = [
      '医院简介',
      body,
      body,
      body,
      '发展历程',
      '1956年5月1日 县卫生院成立',
      '1985年3月2日 更名为县人民医院',
      '2008年9月9日 门诊综合楼投入使用',
      '2019年12月20日 通过二级甲等医院复审',
      body,
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('keeps an article with bulleted points in one piece', () => {
    const page = [
      '县人民医院推出五项便民措施',
      '为改善群众就医体验，医院近日推出以下措施：',
      '· 开设午间门诊，中午十二点至下午两点照常接诊，方便上班族就医。',
      '· 推行检查预约，患者可通过手机提前预约彩超和核磁共振检查。',
      '· 设立一站式服务中心，集中办理医保报销和病历复印等业务。',
      '· 开通出院患者随访热线，由专人负责回访。',
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('keeps a news article with a related-news list under it in one piece', () => {
    const paragraph =
      '5月12日，市中心医院举行国际护士节表彰大会，表彰了二十名优秀护士和十个先进护理单元，院长在会上勉励全院护理人员不断提升专业水平，为患者提供更加温暖的服务。';
    const page = [
      '市中心医院表彰优秀护士',
      paragraph,
      paragraph,
      paragraph,
      '相关新闻',
      '2024-05-06  市中心医院举办护理技能大赛',
      '2024-04-28  市中心医院开展护理质量检查',
      '2024-04-15  市中心医院新增二十名专科护士',
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('does not make thousands of articles of a log of dated lines', () => {
    const log = (n: number) =>
      Array.from(
        { length: n },
        (_, i) => `2024-03-12 10:${String(i % 60).padStart(2, '0')}  第${i}次备份完成`,
      ).join('\n');
    expect(segmentPage(log(MAX_ITEMS))).toHaveLength(MAX_ITEMS);
    expect(segmentPage(log(MAX_ITEMS + 1))).toHaveLength(1);
  });

  it('does not make a list of two dated items', () => {
    const page = ['2024-03-12  我院开展义诊活动', '2024-03-08  我院举办健康讲座'].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });
});

describe('list pages of two items, each a bullet and a date (session 9)', () => {
  it('splits two bulleted items whose sentences open with their dates', () => {
    const page = [
      '·4月2日下午，在世界孤独症关注日来临之际，儿科走进特殊教育学校开展义诊，为三十名儿童检查身体。',
      '·4月4日下午，为加强院内感染管理，院感科对全院保洁人员开展培训，六十余人参加。',
    ].join('\n');
    expect(articlesOf(page).map((a) => a.text)).toEqual(page.split('\n'));
  });

  it('keeps one article where only one line opens with a bullet and a date, or none has a bullet', () => {
    const one = '·4月2日下午，儿科开展义诊。\n义诊持续两小时，共检查三十名儿童。';
    expect(articlesOf(one)).toHaveLength(1);
    const plain = '4月2日下午，儿科开展义诊。\n4月4日下午，院感科开展培训。';
    expect(articlesOf(plain)).toHaveLength(1);
  });
});
