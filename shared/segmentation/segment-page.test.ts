import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../text/codepoints';
import { articleTexts, segmentPage, type SegmentedArticle } from './index';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seed = (prefix: string): string =>
  readFileSync(
    join(
      SEEDS,
      seedFiles.find((f) => f.startsWith(prefix))!,
    ),
    'utf8',
  );

/** Index of the article whose ranges contain the first occurrence of `needle`; -1 if none. */
function articleContaining(text: string, articles: SegmentedArticle[], needle: string): number {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is on the page`).toBeGreaterThanOrEqual(0);
  const cp = new CodePointIndex(text).toCodePoint(at);
  const end = cp + codePointLength(needle);
  return articles.findIndex((a) => a.ranges.some((r) => r.start <= cp && end <= r.end));
}

/** Line number → article index for every non-blank line (−1 when no article holds it). */
function lineAssignment(text: string, articles: SegmentedArticle[]): number[] {
  const owners: number[] = [];
  let cp = 0;
  const parts = text.split(/(\r\n|\n|\r)/); // lines at even indices, their terminators after
  for (let p = 0; p < parts.length; p += 2) {
    const line = parts[p]!;
    const length = codePointLength(line);
    if (line.trim() !== '') {
      const holders = articles
        .map((a, i) => (a.ranges.some((r) => r.start <= cp && cp + length <= r.end) ? i : -1))
        .filter((i) => i >= 0);
      expect(holders.length, `line "${line}" is in at most one article`).toBeLessThanOrEqual(1);
      owners.push(holders[0] ?? -1);
    }
    cp += length + (parts[p + 1]?.length ?? 0);
  }
  return owners;
}

function expectWellFormed(text: string, articles: SegmentedArticle[]): void {
  const length = codePointLength(text);
  const index = new CodePointIndex(text);
  const all = articles.flatMap((a) => a.ranges).sort((a, b) => a.start - b.start);
  for (const article of articles) {
    article.ranges.forEach((r, i) => {
      expect(r.start).toBeLessThan(r.end);
      expect(r.end).toBeLessThanOrEqual(length);
      if (i > 0) expect(r.start).toBeGreaterThan(article.ranges[i - 1]!.end);
      // Whole lines: a range starts at a line start and ends at a line end.
      expect(r.start === 0 || /[\r\n]/.test(index.slice(r.start - 1, r.start))).toBe(true);
      expect(r.end === length || /[\r\n]/.test(index.slice(r.end, r.end + 1))).toBe(true);
    });
  }
  all.forEach((r, i) => {
    if (i > 0) expect(r.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
  });
}

const expectedCounts: [string, number][] = [
  ['000', 2],
  ['001', 2],
  ['002', 3],
  ['003', 1],
  ['004', 1],
];

describe('segmentPage on the seed pages', () => {
  it.each(expectedCounts)('seed %s has %i article(s)', (prefix, count) => {
    expect(segmentPage(seed(prefix))).toHaveLength(count);
  });

  it.each(expectedCounts)('seed %s: every non-blank line is in exactly one article', (prefix) => {
    const text = seed(prefix);
    const articles = segmentPage(text);
    expectWellFormed(text, articles);
    expect(lineAssignment(text, articles)).not.toContain(-1);
  });

  it('000: puts the interleaved 阜新 and 大连 columns back with their headlines', () => {
    const text = seed('000');
    const articles = segmentPage(text);
    const fuxin = articles.findIndex((a) => a.kicker?.includes('阜新市第二人民医院'));
    expect(fuxin).toBeGreaterThanOrEqual(0);
    expect(articles[fuxin]!.title).toBe('聚核心竞争力 促高质量发展');
    const dalian = articleContaining(text, articles, '三院合一共发展 融合资源出成效');
    expect(dalian).not.toBe(fuxin);
    expect(articles[dalian]!.title).toContain('三院合一共发展 融合资源出成效');

    // 阜新: body before its kicker, then its lead-in after the 大连 column and the sponsor line.
    for (const sentence of [
      '为了给百姓提供更加优质、便利',
      '医院利用信息化手段，满足妇产',
      '还提高了救治患者的能',
      '围绕这一发展理念，',
    ]) {
      expect(articleContaining(text, articles, sentence), sentence).toBe(fuxin);
    }
    // 大连: the column right after the 阜新 kicker, and its lead-in at the page bottom.
    for (const sentence of [
      '集团整合后实行一体化管理，即',
      '集团利用医防融合、全域妇女儿',
      '大连市妇儿医疗集团第二届儿童健康节开幕仪式现场',
      '三院区实行一体化',
      '集团整合工作得到',
    ]) {
      expect(articleContaining(text, articles, sentence), sentence).toBe(dalian);
    }
    expect(articles[dalian]!.signals.some((s) => s.startsWith('lines 176–'))).toBe(true);
  });

  it('001: a 【label】 before a kicker goes with that kicker’s article', () => {
    const text = seed('001');
    const articles = segmentPage(text);
    expect(articles.map((a) => a.kicker)).toEqual(['辽阳市中心医院', '朝阳市第二医院']);
    expect(articles.map((a) => a.title)).toEqual([
      '承医者使命 护人民健康',
      '党建引领 探索高质量发展新航道',
    ]);
    for (const sentence of [
      '古城辽阳，古韵悠长',
      '如今，辽阳市中心医院6个诊疗中心',
      '特约记者 李波',
    ]) {
      expect(articleContaining(text, articles, sentence), sentence).toBe(0);
    }
    for (const sentence of [
      '【党建引领】',
      '朝阳市第二医院始建于1983年',
      '医院外景',
      '中心”的理念，打破传统内外科诊疗界限',
      '图片由朝阳市第二医院提供',
    ]) {
      expect(articleContaining(text, articles, sentence), sentence).toBe(1);
    }
  });

  it('002: three kicker articles, the 本溪 one keeps its out-of-order columns', () => {
    const text = seed('002');
    const articles = segmentPage(text);
    expect(articles.map((a) => a.kicker)).toEqual([
      '辽宁省妇幼保健院(辽宁省妇女儿童医院)',
      '本溪市中心医院',
      '盘锦市中心医院医疗集团',
    ]);
    expect(articles.map((a) => a.title)).toEqual([
      '“党建+”带出高质量发展“加速度”',
      '盘活资源打造“新金山”',
      '利民惠民为民有了“盘锦实践”',
    ]);
    const expectations: [number, string[]][] = [
      [0, ['穷则思变。', '医院拥有全省唯一一家人类精子库', '党建引领风帆劲']],
      [
        1,
        [
          '质医疗资源,实现对本溪市金山医院',
          '责任与梦想',
          '通讯员 潘祖斌',
          '本溪市金山医院始建于1956年',
        ],
      ],
      [2, ['专科做强利民', '号、缴费、预约的时间。', '据悉,盘锦市医疗保障事务服务站', '本专版由']],
    ];
    for (const [article, sentences] of expectations) {
      for (const sentence of sentences) {
        expect(articleContaining(text, articles, sentence), sentence).toBe(article);
      }
    }
  });

  it('003: a web page is one article titled by the line above its text; chrome is left out', () => {
    const text = seed('003');
    const [article] = segmentPage(text);
    expect(article!.title).toBe('医改新理念赋能妇幼保健发展新格局——记安庆二院怀宁院区一周年');

    const index = new CodePointIndex(text);
    const cpOf = (needle: string): number => index.toCodePoint(text.indexOf(needle));
    const chrome = [
      { start: 0, end: cpOf('医改新理念') },
      { start: cpOf('官方微信公众号'), end: codePointLength(text) },
    ];
    const trimmed = segmentPage(text, { chrome });
    expect(trimmed).toHaveLength(1);
    const body = articleTexts(text, trimmed[0]!).join('\n');
    expect(body.startsWith('医改新理念')).toBe(true);
    expect(body).toContain('成为越来越多怀宁女性朋友的共识。');
    expect(body).not.toContain('回到头部');
    expect(body).not.toContain('备案号');
  });

  it('004: sub-headings shaped like headlines and a repeated paragraph stay in one article', () => {
    const text = seed('004');
    const articles = segmentPage(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('准格尔旗中心医院 优化医疗资源惠民生');
    const repeated = '视,生命体征可实时传输至相关医院专家';
    const second = text.indexOf(repeated, text.indexOf(repeated) + 1);
    expect(second).toBeGreaterThan(0);
    const cp = new CodePointIndex(text).toCodePoint(second);
    expect(articles[0]!.ranges.some((r) => r.start <= cp && cp < r.end)).toBe(true);
  });
});

describe('segmentPage on variants of the pages', () => {
  it.each(expectedCounts)('seed %s as CRLF: same articles, same lines, no stray \\r', (prefix) => {
    const text = seed(prefix);
    const crlf = text.replace(/\n/g, '\r\n');
    const lf = segmentPage(text);
    const articles = segmentPage(crlf);
    expect(articles).toHaveLength(lf.length);
    expectWellFormed(crlf, articles);
    expect(lineAssignment(crlf, articles)).toEqual(lineAssignment(text, lf));
    expect(articles.map((a) => a.title)).toEqual(lf.map((a) => a.title));
    for (const article of articles) {
      for (const piece of articleTexts(crlf, article)) expect(piece.endsWith('\r')).toBe(false);
    }
  });

  it('astral characters before the articles shift offsets by code points, not UTF-16 units', () => {
    const text = seed('000');
    const prefix = '𠀀😀 导读\n\n';
    const shifted = prefix + text;
    const plain = segmentPage(text);
    const articles = segmentPage(shifted);
    expect(articles).toHaveLength(plain.length);
    const shift = codePointLength(prefix); // 7 code points, but 9 UTF-16 units
    expect(shift).toBe(7);
    articles.forEach((article, i) => {
      const expected = plain[i]!.ranges.map((r) => ({
        start: r.start + shift,
        end: r.end + shift,
      }));
      // The prefix line is leading text, so it opens the first article's first range.
      if (i === 0) expected[0]!.start = 0;
      expect(article.ranges).toEqual(expected);
    });
    const [first, ...rest] = articleTexts(shifted, articles[0]!);
    expect(first).toBe(prefix + articleTexts(text, plain[0]!)[0]);
    expect(rest).toEqual(articleTexts(text, plain[0]!).slice(1));
    expect(articleTexts(shifted, articles[1]!)).toEqual(articleTexts(text, plain[1]!));
  });

  it('a page with no signals is one article over all its text', () => {
    const text = '今天天气很好。\n\n我们去公园散步，\n看到了很多花。\r\n\r\n回家吃饭。';
    const articles = segmentPage(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.ranges).toEqual([{ start: 0, end: codePointLength(text) }]);
    expect(articles[0]!.kicker).toBeNull();
  });

  it('a blank page has no articles', () => {
    expect(segmentPage('\n \n\u3000\n')).toEqual([]);
  });

  it('is deterministic', () => {
    const text = seed('002');
    expect(segmentPage(text)).toEqual(segmentPage(text));
  });

  it('segments 2,000 pages in seconds of CPU time, not minutes', () => {
    const pages = seedFiles.map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    for (let i = 0; i < 100; i++) segmentPage(pages[i % pages.length]!); // warm up the JIT
    // A guard against a rule that goes quadratic (minutes), not a speed figure: the speed is
    // measured by the benchmarks. 10,000 pages under an 8 s bound took 7.2–7.5 s of CPU on an
    // idle machine and 9.2 s on a busy one (CPU time still grows with contention), so the bound
    // failed without any change; 2,000 pages take about 1.5 s.
    const before = process.cpuUsage();
    for (let i = 0; i < 2000; i++) segmentPage(pages[i % pages.length]!);
    const used = process.cpuUsage(before);
    const seconds = (used.user + used.system) / 1e6;
    expect(seconds).toBeLessThan(8);
  });
});

describe('segmentPage rules on small synthetic pages', () => {
  const fuxinKicker = ['阜新市第二人民医院：', '', '聚核心竞争力 促高质量发展', ''];
  const dalianKicker = ['大连市儿童医院：', '', '三院合一 共发展新篇', ''];
  const articleOf = (text: string, needle: string): string | null => {
    const articles = segmentPage(text);
    return articles[articleContaining(text, articles, needle)]?.kicker ?? null;
  };

  it('moves a run of blocks that names another article twice, even one name per block', () => {
    const text = [
      ...fuxinKicker,
      '医院在大连设立了分部。',
      '',
      '这是新的开始。',
      '',
      '大连的患者很满意。',
      '',
      ...dalianKicker,
      '医院近年来发展很快。',
    ].join('\n');
    expect(segmentPage(text)).toHaveLength(2);
    for (const sentence of ['医院在大连设立了分部。', '这是新的开始。', '大连的患者很满意。']) {
      expect(articleOf(text, sentence), sentence).toBe('大连市儿童医院');
    }
  });

  it('keeps a block that names another article only once in passing', () => {
    const text = [
      ...fuxinKicker,
      '医院与大连的专家合作。',
      '',
      '医院发展很快。',
      '',
      ...dalianKicker,
      '医院近年来发展很快。',
    ].join('\n');
    expect(articleOf(text, '医院与大连的专家合作。')).toBe('阜新市第二人民医院');
  });

  it('glues a heading to the paragraph that names its article', () => {
    const text = [
      ...fuxinKicker,
      '深化体制改革',
      '统筹资源布局',
      '',
      '大连市儿童医院整合后实行一体化管理。',
      '',
      ...dalianKicker,
      '医院近年来发展很快。',
    ].join('\n');
    expect(articleOf(text, '统筹资源布局')).toBe('大连市儿童医院');
  });

  it('after sponsor credits, unnamed text joins the next article that is decided', () => {
    const text = [
      ...fuxinKicker,
      '阜新市第二人民医院发展很快。',
      '本专版由辽宁省卫生健康委主办',
      '患者动动手指就能挂号。',
      '',
      '这是大连市儿童医院带来的变化。',
      '',
      ...dalianKicker,
      '医院近年来发展很快。',
    ].join('\n');
    expect(articleOf(text, '本专版由')).toBe('阜新市第二人民医院');
    expect(articleOf(text, '患者动动手指就能挂号。')).toBe('大连市儿童医院');
  });
});

describe('segmentPage on pages assembled at random', () => {
  const seedLines = seedFiles.flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'));
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...seedLines) },
    { weight: 2, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }).filter((s) => !/[\r\n]/.test(s)),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('𠀀😀 图为现场', '【专题】', '某某市人民医院：', '\u3000\u3000'),
    },
  );
  const page = fc.record({
    lines: fc.array(line, { maxLength: 120 }),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
  });

  it('covers every non-blank line exactly once with sorted whole-line ranges', () => {
    fc.assert(
      fc.property(page, ({ lines, newline }) => {
        const text = lines.join(newline);
        const articles = segmentPage(text);
        expectWellFormed(text, articles);
        const owners = lineAssignment(text, articles);
        expect(owners).not.toContain(-1);
        expect(articles.length === 0).toBe(owners.length === 0);
        expect(segmentPage(text)).toEqual(articles);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves chrome lines out of every article and still covers the rest once', () => {
    fc.assert(
      fc.property(page, fc.array(fc.boolean(), { maxLength: 120 }), ({ lines, newline }, marks) => {
        const text = lines.join(newline);
        const chrome: { start: number; end: number }[] = [];
        let cp = 0;
        lines.forEach((line, i) => {
          const length = codePointLength(line);
          if (marks[i] && line.trim() !== '') chrome.push({ start: cp, end: cp + length });
          cp += length + codePointLength(newline);
        });
        const articles = segmentPage(text, { chrome });
        expectWellFormed(text, articles);
        for (const range of chrome) {
          for (const article of articles) {
            expect(article.ranges.some((r) => r.start < range.end && range.start < r.end)).toBe(
              false,
            );
          }
        }
        const owners = lineAssignment(text, articles);
        expect(owners.filter((o) => o === -1)).toHaveLength(chrome.length);
      }),
      { numRuns: 150 },
    );
  });
});

describe('segmentPage on a list of thousands of institutions', () => {
  it('cuts it by position, in time linear in the page', () => {
    // 20,000 kickers, each paragraph naming the next institution. Searching the page for every
    // article's names cost articles × page length (minutes here); past MAX_ARTICLES_BY_CONTENT
    // articles a page is cut by position alone, so each paragraph stays under its kicker.
    const digits = '〇一二三四五六七八九';
    const name = (n: number) =>
      `第${[...String(n)].map((d) => digits[Number(d)]).join('')}人民医院`;
    const count = 20_000;
    const page = Array.from(
      { length: count },
      (_, n) =>
        `朝阳市${name(n)}：\n新院区投入使用\n\n朝阳市${name(n + 1)}专家前来会诊，病人满意。\n\n`,
    ).join('');
    const articles = segmentPage(page);
    expect(articles).toHaveLength(count);
    expect(articles[7]!.kicker).toBe(`朝阳市${name(7)}`);
    expect(articleTexts(page, articles[7]!).join('\n')).toContain(`朝阳市${name(8)}专家前来会诊`);
    expect(articleTexts(page, articles[8]!).join('\n')).not.toContain(`${name(8)}专家`);
  });
});

describe('segmentPage: a line whose last part is chrome (found on set R)', () => {
  it('ends the article where the chrome on its line begins', () => {
    const article = '某县医院新院区今日启用，设床位六百张，开设临床科室三十个。';
    const text = `某县医院新院区启用\n\n${article} 阅读全文 其他文章 某地暴雨 admin`;
    const start = codePointLength(`某县医院新院区启用\n\n${article} `);
    const end = codePointLength(text);
    const [only] = segmentPage(text, { chrome: [{ start, end }] });
    expect(articleTexts(text, only!).join('|')).toBe(`某县医院新院区启用\n\n${article}`);
  });
});
