import { describe, expect, it } from 'vitest';
import { planPage } from '../pages/plan-page';
import { CodePointIndex } from '../text/codepoints';
import { articleTexts, segmentPage } from './index';

/** Each planned article's text, its ranges joined by line breaks. */
function plannedTexts(page: string): string[] {
  const index = new CodePointIndex(page);
  return planPage(page).articles.map((a) =>
    a.ranges.map((r) => index.slice(r.start, r.end)).join('\n'),
  );
}

describe('a list page whose dates, alone on their lines, are taken for chrome', () => {
  const page = [
    '医院动态',
    '我院举办护士节表彰大会',
    '2025-05-12',
    '5月11日，某县人民医院表彰优秀护士28名。',
    '我院新增核磁共振投入使用',
    '2025-04-20',
    '某县人民医院投入900万元购置的核磁共振正式启用。',
    '我院开展义诊进社区活动',
    '2025-03-06',
    '3月5日，某县人民医院组织30余名医护人员走进社区义诊。',
  ].join('\n');

  it('is cut into one article per item, each titled by its headline', () => {
    const articles = planPage(page).articles;
    expect(articles.map((a) => a.title)).toEqual([
      '我院举办护士节表彰大会',
      '我院新增核磁共振投入使用',
      '我院开展义诊进社区活动',
    ]);
    const texts = plannedTexts(page);
    expect(texts[1]).toContain('900万元');
    expect(texts[1]).not.toContain('28名');
    expect(texts[2]).not.toContain('900万元');
  });

  it('keeps the dates out of every article where chrome holds them (an HTML list page)', () => {
    // How an HTML page's import marks them: each date line as chrome ('contact', a phone shape).
    const index = new CodePointIndex(page);
    const chrome = [...page.matchAll(/^2025-\d\d-\d\d$/gmu)].map((m) => ({
      start: index.toCodePoint(m.index),
      end: index.toCodePoint(m.index + m[0].length),
    }));
    const articles = segmentPage(page, { chrome });
    expect(articles).toHaveLength(3);
    for (const article of articles) {
      const text = articleTexts(page, article).join('\n');
      expect(text).not.toMatch(/2025-0\d-\d\d/u);
    }
    expect(articleTexts(page, articles[1]!).join('\n')).toContain('900万元');
  });

  it('leaves an article with one publication date under its headline whole', () => {
    const article = [
      '某县人民医院新院区开工',
      '2025-05-12',
      '5月11日，某县人民医院新院区举行开工仪式。',
      '新院区设床位600张，总投资5亿元。',
    ].join('\n');
    expect(planPage(article).articles).toHaveLength(1);
  });
});
