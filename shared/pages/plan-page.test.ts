import { describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../text/codepoints';
import { MAX_ARTICLE_RANGES, MAX_MARKS_PER_KIND, MAX_RANGE_LENGTH, planPage } from './plan-page';

describe('planPage', () => {
  it('cuts an article of more pieces than the search index holds into articles that fit', () => {
    // One-line paragraphs each followed by a menu word (chrome): every paragraph is a range of
    // its own. 5,000 of them failed the whole import ("an article can have at most 4095 ranges").
    const page = Array.from(
      { length: 5000 },
      (_, n) => `医院第${n}次义诊活动在社区举行，受到群众欢迎。\n返回顶部\n`,
    ).join('');
    const { articles } = planPage(page);
    const sizes = articles.map((a) => a.ranges.length);
    expect(sizes.every((n) => n <= MAX_ARTICLE_RANGES)).toBe(true);
    expect(sizes.slice(0, -1).every((n) => n === MAX_ARTICLE_RANGES)).toBe(true);
    expect(articles[1]!.signals).toEqual([
      `continues the article before: one article holds at most ${MAX_ARTICLE_RANGES} pieces of text`,
    ]);
    expect(articles[1]!.title).toBeNull();
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

  it('cuts a range longer than the search index takes in one row after whole lines', () => {
    const line = '医院新院区今日正式投入使用，开放床位八百张。';
    const lines = Array.from({ length: Math.ceil((2.5 * MAX_RANGE_LENGTH) / 23) }, () => line);
    const page = lines.join('\r\n');
    const [article, ...rest] = planPage(page).articles;
    expect(rest).toEqual([]);
    expect(article!.ranges.length).toBe(3);
    for (const range of article!.ranges) {
      expect(range.end - range.start).toBeLessThanOrEqual(MAX_RANGE_LENGTH);
      // Every piece is whole lines: it starts a line and ends one, without its line break.
      expect(
        sliceCodePoints(page, range.start, range.end)
          .split('\r\n')
          .every((l) => l === line),
      ).toBe(true);
    }
    const text = article!.ranges.map((r) => sliceCodePoints(page, r.start, r.end)).join('\r\n');
    expect(text).toBe(page);
  });

  it('cuts a page that is one long line anywhere, on code points', () => {
    const page = '𠀀医院'.repeat(MAX_RANGE_LENGTH);
    const { ranges } = planPage(page).articles[0]!;
    expect(ranges).toEqual([
      { start: 0, end: MAX_RANGE_LENGTH },
      { start: MAX_RANGE_LENGTH, end: 2 * MAX_RANGE_LENGTH },
      { start: 2 * MAX_RANGE_LENGTH, end: 3 * MAX_RANGE_LENGTH },
    ]);
    expect(ranges.map((r) => sliceCodePoints(page, r.start, r.end)).join('')).toBe(page);
  });

  it('stores at most MAX_MARKS_PER_KIND marks of a kind, and says how many it left out', () => {
    const menu = '首页 新闻中心 通知公告 联系我们';
    const page = `医院新院区今日正式投入使用，开放床位八百张。\n${`${menu}\n\n`.repeat(MAX_MARKS_PER_KIND + 5)}`;
    const plan = planPage(page);
    expect(plan.marks).toHaveLength(MAX_MARKS_PER_KIND);
    expect(plan.marks.every((m) => m.kind === 'chrome')).toBe(true);
    expect(plan.articles[0]!.signals).toContain(
      `${(MAX_MARKS_PER_KIND + 5).toLocaleString('en')} chrome lines found; only the first ${MAX_MARKS_PER_KIND.toLocaleString('en')} are marked`,
    );
  });
});

describe('planPage on a list page', () => {
  it('plans one article per dated item, each titled by its headline', () => {
    // Written for this test: a column page of four short items under a header and a menu.
    const page = [
      '首页 新闻中心 通知公告 联系我们',
      '医院动态',
      '2024-03-12  我院开展世界肾脏日义诊活动',
      '2024-03-08  我院举办三八妇女节健康讲座',
      '2024-03-05  心内科完成首例左心耳封堵术',
      '2024-03-01  我院召开2024年度工作会议',
    ].join('\n');
    const { articles } = planPage(page);
    expect(articles.map((a) => a.title)).toEqual([
      '我院开展世界肾脏日义诊活动',
      '我院举办三八妇女节健康讲座',
      '心内科完成首例左心耳封堵术',
      '我院召开2024年度工作会议',
    ]);
    expect(articles[3]!.signals).toEqual(['list item 4 of 4 (date-lead line 6)']);
    const last = articles[3]!.ranges.map((r) => sliceCodePoints(page, r.start, r.end));
    expect(last).toEqual(['2024-03-01  我院召开2024年度工作会议']);
  });
});
