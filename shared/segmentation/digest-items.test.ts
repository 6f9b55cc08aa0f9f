import { describe, expect, it } from 'vitest';
import { articleTexts, segmentPage } from './index';

/** Each article's text, its ranges joined by a line break, in page order. */
function articlesOf(page: string): { text: string; title: string | null }[] {
  return segmentPage(page).map((a) => ({ text: articleTexts(page, a).join('\n'), title: a.title }));
}

// Every page below is written for these tests; none is taken from a real site.
const FIRST =
  '近日，全省基层卫生工作推进会在南湖市召开。会议要求各地加快乡镇卫生院标准化建设，今年内完成二百所卫生院的改造提升，并推动县域医共体建设取得新成效。（省卫健委官网）';
const SECOND =
  '本周二上午，北山县人民医院新建住院综合楼正式投入使用。该楼共十二层，设置床位三百张，总投资一亿二千万元，将有效缓解当地群众住院难的问题。（据北山日报）';
const THIRD_HEADLINE = '西岭市中医院与省中医药大学签约共建临床教学基地';
const THIRD =
  '日前，西岭市中医院与省中医药大学举行合作签约仪式，双方将在人才培养、科研合作和临床教学等方面深入合作，共同建设中医药临床教学基地。（西岭新闻网）';

describe('digest pages: briefs each closed by their source', () => {
  it('makes each brief an article, a headline above a brief going with it', () => {
    const page = [
      '【健康早知道】一周卫生健康要闻',
      '',
      FIRST,
      '',
      SECOND,
      '',
      THIRD_HEADLINE,
      '',
      THIRD,
    ].join('\n');
    const articles = articlesOf(page);
    expect(articles.map((a) => a.text)).toEqual([
      `【健康早知道】一周卫生健康要闻\n\n${FIRST}`,
      SECOND,
      `${THIRD_HEADLINE}\n\n${THIRD}`,
    ]);
    expect(articles[2]!.title).toBe(THIRD_HEADLINE);
  });

  it('keeps a last brief whose source was cut off as an article of its own', () => {
    const cut = THIRD.slice(0, 50);
    const articles = articlesOf([FIRST, SECOND, THIRD_HEADLINE, cut].join('\n'));
    expect(articles.map((a) => a.text)).toEqual([FIRST, SECOND, `${THIRD_HEADLINE}\n${cut}`]);
  });

  it('leaves an article that names its source once, at its end, whole', () => {
    const body = FIRST.replace('（省卫健委官网）', '');
    const page = [THIRD_HEADLINE, body, body.slice(10), SECOND].join('\n');
    expect(articlesOf(page)).toHaveLength(1);
  });

  it('leaves an article that cites sources along the way whole', () => {
    // Four paragraphs between two sources: an article quoting its sources, not briefs.
    const plain = FIRST.replace('（省卫健委官网）', '');
    const page = [THIRD_HEADLINE, plain, SECOND, plain, plain, plain, plain, FIRST].join('\n');
    expect(articlesOf(page)).toHaveLength(1);
  });

  it('reads sources in brackets of either width, after 据 or 来源, in traditional characters', () => {
    const traditional =
      '本週三，東港醫院新建急診大樓舉行動土典禮，預計兩年後完工，可提供更完善的急重症醫療服務，服務周邊地區民眾。(來源：東港時報)';
    const articles = articlesOf(
      [SECOND.replace('（据北山日报）', '(北山晚报)'), traditional].join('\n'),
    );
    expect(articles).toHaveLength(2);
  });
});
