import { describe, expect, it } from 'vitest';
import { extractFrom } from './rule-test-kit';

describe('rule:title', () => {
  it('locates the headline in the text, with OCR line breaks inside it', () => {
    const found = extractFrom('提质升级\n打造医疗服务圈\n\n正文。', ['title'], {
      title: '提质升级打造医疗服务圈',
    });
    expect(found.map((s) => [s.value, s.raw])).toEqual([
      ['提质升级 打造医疗服务圈', '提质升级\n打造医疗服务圈'],
    ]);
  });

  it('keeps a traditional headline as written', () => {
    const found = extractFrom('錦州醫院新院區開工\n\n遼寧省錦州市醫院新院區開工。', ['title'], {
      title: '錦州醫院新院區開工',
    });
    expect(found.map((s) => s.value)).toEqual(['錦州醫院新院區開工']);
  });

  it('finds a headline written with pinyin glosses, its span over the glosses (found on set O)', () => {
    const written = '某醫(yī)院將擴(kuò)建遷址';
    const found = extractFrom(`${written}\n\n某醫(yī)院將擴(kuò)建並遷址到城北。`, ['title'], {
      title: written,
    });
    expect(found.map((s) => [s.value, s.raw])).toEqual([['某醫院將擴建遷址', written]]);
  });

  it('suggests nothing for a headline not in the text', () => {
    expect(extractFrom('正文。', ['title'], { title: '另一篇' })).toEqual([]);
  });
});

describe('rule:column', () => {
  it('takes the first 【栏目】 label with high confidence, later ones low', () => {
    const found = extractFrom('【医院巡礼】正文。\n\n【健康资讯】下一篇。', ['column']);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([['医院巡礼', 0.95]]);
  });

  it('takes a paper’s page label over the story as its column (第3版：健康周刊; set S)', () => {
    const found = extractFrom(
      '第3版：健康周刊\n\n晴川县人民医院开展义诊\n\n本报讯 5月2日，该院专家走进社区。',
      ['column'],
    );
    expect(found.map((s) => s.value)).toEqual(['健康周刊']);
    expect(found[0]?.spans.map((s) => s.text)).toEqual(['健康周刊']);
    // Deep in the text the same words are a sentence's, not a label.
    const late = `${'该院专家走进社区开展健康讲座。'.repeat(10)}\n第3版：健康周刊`;
    expect(extractFrom(late, ['column'])).toEqual([]);
  });

  it('takes no column from a bracketed dateline (【本報訊】, 【特訊】; found on set J)', () => {
    expect(extractFrom('【本報訊】仁愛醫院昨日舉行院慶。', ['column'])).toEqual([]);
    expect(extractFrom('【特訊】衛生局局長昨日到醫院考察。', ['column'])).toEqual([]);
    expect(extractFrom('【本报讯】县医院举行义诊。', ['column'])).toEqual([]);
    // A column whose name ends in 讯 stays one.
    const found = extractFrom('【健康快讯】县医院举行义诊。', ['column']);
    expect(found.map((s) => s.value)).toEqual(['健康快讯']);
  });

  it('takes no column from a dated or reported dateline (【某報12月27日報導】; found on set Q)', () => {
    expect(extractFrom('【寰宇報12月27日報導】仁愛醫院新大樓昨日啟用。', ['column'])).toEqual([]);
    expect(extractFrom('【青溪通讯社北京电】县医院举行义诊。', ['column'])).toEqual([]);
    expect(extractFrom('【电视台记者报道】县医院举行义诊。', ['column'])).toEqual([]);
    // A column that names a report stays one.
    const found = extractFrom('【专题报告】县医院举行义诊。', ['column']);
    expect(found.map((s) => s.value)).toEqual(['专题报告']);
  });

  it('takes no column from a part of the piece in brackets (【访谈背景】, 【人物简介】; set V)', () => {
    expect(
      extractFrom('【访谈背景】\n林院长谈起医院十年来的学科建设。\n【访谈嘉宾】林小雨', ['column']),
    ).toEqual([]);
    expect(extractFrom('【人物简介】林小雨，主任医师。', ['column'])).toEqual([]);
    expect(extractFrom('【编者按】今年是县医院建院七十年。', ['column'])).toEqual([]);
    expect(extractFrom('【健康讲堂】县医院专家讲解冬季养生。', ['column'])).toHaveLength(1);
  });

  it('takes no column from an interview sectioned by three bracketed headings on their lines', () => {
    const page =
      '【缘起】\n\n林院长谈学科建设。\n\n【来宾】\n\n林小雨，主任医师。\n\n【问与答】\n\n问：医院有何规划？';
    expect(extractFrom(page, ['column'])).toEqual([]);
    expect(extractFrom('【健康讲堂】\n\n县医院专家讲解冬季养生。', ['column'])).toHaveLength(1);
  });

  it('takes no column from font-size buttons written one to a bracket (【大】【中】【小】)', () => {
    expect(extractFrom('字体：【大】【中】【小】\n医院开展义诊。', ['column'])).toEqual([]);
  });

  it('keeps a traditional label as written', () => {
    const found = extractFrom('【醫院動態】遼寧省錦州市醫院舉行義診。', ['column']);
    expect(found.map((s) => s.value)).toEqual(['醫院動態']);
  });
});

describe('rule:title on lines that are never headlines', () => {
  it.each([
    ['（张三 供图）', '（张三 供图）\n\n医院开展义诊。'],
    ['来源：办公室 点击量：12', '来源：办公室 点击量：12\n\n医院开展义诊。'],
    ['登出', '登出\n\n醫院舉行義診。'],
    ['標籤: 義診 社區', '標籤: 義診 社區\n\n醫院舉行義診。'],
  ])('suggests nothing for the title %s', (title, text) => {
    expect(extractFrom(text, ['title'], { title })).toEqual([]);
  });

  it('takes a menu-word heading that opens the article, with less confidence than a headline', () => {
    const text = '医院概况\n本院始建于1962年，是一所二级甲等中医医院。';
    const found = extractFrom(text, ['title'], { title: '医院概况' });
    expect(found.map((s) => [s.value, s.spans[0]!.start, s.spans[0]!.end])).toEqual([
      ['医院概况', 0, 4],
    ]);
    expect(found[0]!.confidence).toBeLessThan(0.9);
  });

  it('never takes a menu word that does not open the article', () => {
    const text = '本院始建于1962年。\n医院概况\n设有内科、外科等科室。';
    expect(extractFrom(text, ['title'], { title: '医院概况' })).toEqual([]);
    expect(extractFrom('首页 新闻动态\n正文。', ['title'], { title: '首页 新闻动态' })).toEqual([]);
  });
});

describe('rule:column and page buttons', () => {
  it('never takes a bracketed page button for a column', () => {
    const text = '医院开展义诊。【打印本页】 【关闭窗口】 【字体：大 中 小】【我要打印】';
    expect(extractFrom(text, ['column'])).toEqual([]);
  });

  it('still takes a column whose name starts like a button word', () => {
    const found = extractFrom('【中医文化】医院开展义诊。【关闭窗口】', ['column']);
    expect(found.map((s) => [s.value, s.confidence])).toEqual([['中医文化', 0.95]]);
  });

  it('never takes a bracketed credit or source label, nor a bare 【字號】 button, for a column', () => {
    const text = '医院开展义诊。【责任编辑：祁安】【來源：某某日報】【字號】';
    expect(extractFrom(text, ['column'])).toEqual([]);
  });
});
