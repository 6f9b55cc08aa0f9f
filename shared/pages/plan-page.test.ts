import { describe, expect, it } from 'vitest';
import { MAX_ARTICLE_RANGES, planPage } from './plan-page';

describe('planPage', () => {
  it('cuts an article of more pieces than the search index holds into articles that fit', () => {
    // One-line paragraphs each followed by a menu word (chrome): every paragraph is a range of
    // its own. 5,000 of them failed the whole import ("an article can have at most 4095 ranges").
    const page = Array.from(
      { length: 5000 },
      (_, n) => `医院第${n}次义诊活动在社区举行，受到群众欢迎。\n返回顶部\n`,
    ).join('');
    const { articles } = planPage(page);
    expect(articles.map((a) => a.ranges.length)).toEqual([
      MAX_ARTICLE_RANGES,
      5000 - MAX_ARTICLE_RANGES,
    ]);
    expect(articles[1]!.signals).toEqual([
      `continues the article before: one article holds at most ${MAX_ARTICLE_RANGES} pieces of text`,
    ]);
    // Nothing is lost or doubled: the pieces together are the ranges, in page order.
    const ranges = articles.flatMap((a) => a.ranges);
    expect(ranges).toHaveLength(5000);
    expect(ranges.every((r, i) => i === 0 || r.start > ranges[i - 1]!.end)).toBe(true);
  });

  it('leaves an article within the limit as it is', () => {
    const page = Array.from(
      { length: 50 },
      (_, n) => `医院第${n}次义诊活动在社区举行，受到群众欢迎。\n返回顶部\n`,
    ).join('');
    const { articles } = planPage(page);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.ranges).toHaveLength(50);
  });
});
