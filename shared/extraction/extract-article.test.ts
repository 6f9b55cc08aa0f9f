import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planPage } from '../pages/plan-page';
import { parseFieldSchema } from '../schema';
import { sliceCodePoints } from '../text/codepoints';
import { extractArticle, type Suggestion } from './index';

const seedsDir = join(__dirname, '../../seeds');
const schema = parseFieldSchema(
  JSON.parse(readFileSync(join(seedsDir, 'hospital-news.schema.json'), 'utf8')),
);
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const seedText = (prefix: string): string =>
  readFileSync(
    join(
      seedsDir,
      seedFiles.find((f) => f.startsWith(prefix))!,
    ),
    'utf8',
  );

function extractPage(text: string): { title: string | null; suggestions: Suggestion[] }[] {
  return planPage(text).articles.map((a) => ({
    title: a.title,
    suggestions: extractArticle({
      documentText: text,
      ranges: a.ranges,
      title: a.title,
      kicker: a.kicker,
      schema,
    }),
  }));
}

const values = (suggestions: Suggestion[], field: string): unknown[] =>
  suggestions.filter((s) => s.field === field).map((s) => s.value);

describe('extractArticle on seed 000 (阜新市第二人民医院)', () => {
  const text = seedText('000');
  const articles = extractPage(text);
  const article = articles.find((a) =>
    a.suggestions.some((s) => s.value === '阜新市第二人民医院'),
  )!;

  it('finds the hospital, its city and the province derived from the city', () => {
    expect(values(article.suggestions, 'hospital')).toEqual(['阜新市第二人民医院']);
    expect(values(article.suggestions, 'city')).toEqual([{ name: '阜新市', code: '2109' }]);
    expect(values(article.suggestions, 'province')).toEqual([{ name: '辽宁省', code: '21' }]);
    expect(values(article.suggestions, 'county')).toEqual([]);
  });

  it('reads the 4100万元 investment with the span of exactly that text', () => {
    const investment = article.suggestions.find(
      (s) => s.field === 'investments' && (s.value as { amount: number }).amount === 41_000_000,
    )!;
    expect(investment.value).toEqual({ amount: 41_000_000, currency: 'CNY', approx: null });
    expect(investment.raw).toBe('4100万元');
    const [span] = investment.spans;
    expect(sliceCodePoints(text, span!.start, span!.end)).toBe('4100万元');
  });

  it('names 院长 张丽丽 among the people, and an area split over a line break keeps the break', () => {
    expect(values(article.suggestions, 'people')).toContainEqual({ name: '张丽丽', title: '院长' });
    const area = article.suggestions.find(
      (s) => s.field === 'areas' && (s.value as { value: number }).value === 2753,
    )!;
    expect(area.raw).toBe('2753平\n方米');
  });

  it('gives the other article of the page to 大连市妇女儿童医疗中心 with its byline', () => {
    const dalian = articles.find((a) => a !== article)!;
    expect(values(dalian.suggestions, 'hospital')).toEqual(['大连市妇女儿童医疗中心']);
    expect(values(dalian.suggestions, 'reporters')).toEqual([
      { name: '邹欣芮', role: '本报记者' },
      { name: '刘宏超', role: '通讯员' },
    ]);
  });
});

describe('extractArticle on seed 004 (准格尔旗中心医院)', () => {
  const [article] = extractPage(seedText('004'));

  it('derives 鄂尔多斯市 from the county and keeps the chain consistent', () => {
    expect(values(article!.suggestions, 'hospital')).toEqual(['准格尔旗中心医院']);
    expect(values(article!.suggestions, 'county')).toEqual([{ name: '准格尔旗', code: '150622' }]);
    expect(values(article!.suggestions, 'city')).toEqual([{ name: '鄂尔多斯市', code: '1506' }]);
    expect(values(article!.suggestions, 'province')).toEqual([
      { name: '内蒙古自治区', code: '15' },
    ]);
  });

  it('points a derived city at the county name it came from, with lower confidence', () => {
    const city = article!.suggestions.find((s) => s.field === 'city')!;
    const county = article!.suggestions.find((s) => s.field === 'county')!;
    expect(city.raw).toBe('准格尔旗');
    expect(city.confidence).toBeLessThan(county.confidence);
  });
});

describe('extractArticle on every seed article', () => {
  const pages = seedFiles.map((file) => {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    return { file, text, articles: extractPage(text) };
  });

  it('gives spans whose code-point slice of the document is exactly the raw text', () => {
    let checked = 0;
    for (const { text, articles } of pages) {
      for (const { suggestions } of articles) {
        for (const s of suggestions) {
          expect(s.spans.length).toBeGreaterThan(0);
          expect(sliceCodePoints(text, s.spans[0]!.start, s.spans[0]!.end)).toBe(s.raw);
          for (const span of s.spans) {
            expect(sliceCodePoints(text, span.start, span.end)).toBe(span.text);
            checked++;
          }
          expect(s.confidence).toBeGreaterThan(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('keeps at most one suggestion for single-valued fields and every article gets a hospital', () => {
    const single = schema.fields.filter((f) => f.cardinality === 'one').map((f) => f.key);
    for (const { articles } of pages) {
      for (const { suggestions } of articles) {
        for (const key of single)
          expect(suggestions.filter((s) => s.field === key).length).toBeLessThanOrEqual(1);
        expect(values(suggestions, 'hospital')).toHaveLength(1);
      }
    }
  });

  it('is deterministic', () => {
    for (const { text, articles } of pages) expect(extractPage(text)).toEqual(articles);
  });

  it('skips retired fields and runs user patterns', () => {
    const text = seedText('001');
    const plan = planPage(text).articles[1]!;
    const custom = parseFieldSchema({
      ...schema,
      fields: schema.fields.map((f) =>
        f.key === 'beds'
          ? {
              ...f,
              extractors: [],
              patterns: [{ name: 'wards', regex: '横跨(?<value>[0-9]+)个病区' }],
            }
          : f.key === 'hospital'
            ? { ...f, retired: true }
            : f,
      ),
    });
    const out = extractArticle({
      documentText: text,
      ranges: plan.ranges,
      title: plan.title,
      kicker: plan.kicker,
      schema: custom,
    });
    expect(values(out, 'hospital')).toEqual([]);
    const beds = out.filter((s) => s.field === 'beds');
    expect(beds.map((s) => [s.value, s.raw, s.extractor])).toEqual([[52, '52', 'pattern:beds@1']]);
  });
});

// Pieces of article text, with the awkward characters of real pages: astral ideographs, emoji,
// CRLF and LF breaks inside words, letter-spacing, full-width digits.
const piece = fc.constantFrom(
  '阜新市第二人民医院',
  '阜新市第\r\n二人民医院',
  '总投资达4100万元，',
  '总投资达 41\n00万元',
  '改建面积2753平\r\n方米，',
  '𠀀𠀁',
  '😀',
  '院长张丽丽表示，',
  '【高质量发展】\r\n',
  '□本报记者 邹欣芮\r\n通讯员 刘宏超\r\n',
  '医院成立辅助生殖中心，',
  '与中国医科大学附属第一医院合作，',
  '2021年7月26日，医院开诊。',
  '拥有１１４５张开放床位。',
  '数 字 化 手 术 室',
  '\r\n\r\n',
  '\n',
  ' ',
  '门诊量1.4万人次，',
  '荣获“全国三八红旗集体”称号。',
  '准格尔旗中心医院始建于1983年。',
  '𠀀医院𠀀',
);

describe('span mapping property', () => {
  it('reads a date that closes the article, with nothing after it in the view (found by the property)', () => {
    const documentText = '准格尔旗中心医院始建于1983年。';
    // The article ends right after 年: looking one character past the date went past its end.
    const out = extractArticle({
      documentText,
      ranges: [{ start: 0, end: 16 }],
      schema,
      title: null,
      kicker: null,
    });
    for (const s of out)
      for (const span of s.spans)
        expect([...documentText].slice(span.start, span.end).join('')).toBe(span.text);
  });

  it('maps every span back to original text holding the raw characters, across ranges, astral chars and CRLF', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (pieces, cuts) => {
          const text = pieces.join('');
          const chars = [...text];
          // Split the document into up to five ranges with gaps between them (other articles).
          const points = [...new Set(cuts.map((c) => c % (chars.length + 1)))].sort(
            (a, b) => a - b,
          );
          const bounds = [0, ...points, chars.length];
          const ranges = [];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const start = bounds[i]! + (i > 0 && i % 2 === 0 ? 1 : 0);
            if (start < bounds[i + 1]!) ranges.push({ start, end: bounds[i + 1]! });
          }
          const out = extractArticle({
            documentText: text,
            ranges,
            schema,
            title: null,
            kicker: null,
          });
          for (const s of out) {
            for (const span of s.spans) {
              const slice = chars.slice(span.start, span.end).join('');
              expect(slice).toBe(span.text);
              expect(ranges.some((r) => span.start >= r.start && span.end <= r.end)).toBe(true);
            }
            const first = chars.slice(s.spans[0]!.start, s.spans[0]!.end).join('');
            // The raw text's non-whitespace characters, in order, are exactly the slice's.
            expect(first.replace(/\s+/gu, '')).toBe(s.raw.replace(/\s+/gu, ''));
            expect(first).toBe(s.raw);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('extractArticle with a schema edited in place', () => {
  it('runs the extractors the schema names now, not those of its first article', () => {
    const text = seedText('004');
    const [plan] = planPage(text).articles;
    const edited = parseFieldSchema(
      JSON.parse(readFileSync(join(seedsDir, 'hospital-news.schema.json'), 'utf8')),
    );
    const extract = (): Suggestion[] =>
      extractArticle({ documentText: text, ranges: plan!.ranges, schema: edited });
    expect(values(extract(), 'hospital')).toEqual(['准格尔旗中心医院']);
    const at = edited.fields.findIndex((f) => f.key === 'hospital');
    // The same schema object, its hospital field given no extractor, then retired.
    edited.fields[at] = { ...edited.fields[at]!, extractors: [] };
    expect(values(extract(), 'hospital')).toEqual([]);
    edited.fields[at] = { ...edited.fields[at]!, extractors: ['rule:hospital@1'] };
    expect(values(extract(), 'hospital')).toEqual(['准格尔旗中心医院']);
    edited.fields[at]!.retired = true;
    expect(values(extract(), 'hospital')).toEqual([]);
  });
});
