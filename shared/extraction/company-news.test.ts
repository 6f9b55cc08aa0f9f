import { describe, expect, it } from 'vitest';
import { parseFieldSchema, type FieldSchema } from '../schema';
import companyNewsJson from '../schema/builtin/company-news.schema.json';
import { findInstitutions } from './institutions';
import { EXTRACTORS_BY_ID, extractArticle, type Suggestion } from './index';

const schema = parseFieldSchema(companyNewsJson, { extractors: EXTRACTORS_BY_ID });

function extract(text: string, title: string | null, using: FieldSchema = schema): Suggestion[] {
  return extractArticle({
    documentText: text,
    ranges: [{ start: 0, end: [...text].length }],
    title,
    schema: using,
  });
}

const values = (suggestions: Suggestion[], field: string): unknown[] =>
  suggestions.filter((s) => s.field === field).map((s) => s.value);

describe('company names (subjectInstitution: company)', () => {
  it('reads place-led and bare names, and not words that describe a company', () => {
    const text =
      '近日，杭州市青禾环保科技有限公司与远山电气股份有限公司签约。该公司表示，多家上市公司和子公司也将参与。';
    const names = findInstitutions(text, 'company').map((m) => [m.name, m.kind]);
    expect(names).toEqual([
      ['杭州市青禾环保科技有限公司', 'company'],
      ['远山电气股份有限公司', 'company'],
    ]);
  });

  it('keeps a bracketed word inside the name, and does not start a name inside it', () => {
    const text = '南通海鸿（集团）股份有限公司已与施耐德（中国）投资有限公司签约。';
    expect(findInstitutions(text, 'company').map((m) => m.name)).toEqual([
      '南通海鸿（集团）股份有限公司',
      '施耐德（中国）投资有限公司',
    ]);
    for (const m of findInstitutions(text, 'company'))
      expect(text.slice(m.start, m.end)).toBe(m.name);
  });

  it('reads no company in hospital news: the hospital reading is unchanged', () => {
    const text = '阜新市第二人民医院与远山电气股份有限公司签约。';
    expect(findInstitutions(text).map((m) => m.name)).toEqual(['阜新市第二人民医院']);
  });
});

describe('extraction with the company-news schema', () => {
  // Written for this test: a company named in full, a dateline, posts, sums, a product, a partner.
  const title = '贵州黔峰茶业集团有限公司新建茶叶精制厂';
  const text = `${title}

本报遵义讯 2024年3月8日，贵州黔峰茶业集团有限公司茶叶精制厂在遵义市湄潭县开工，项目总投资6.5亿元。
黔峰茶业董事长吴德明介绍，公司今年推出了“黔峰翠芽”系列绿茶。公司总经理潘晓燕表示，贵州黔峰茶业集团有限公司将与贵州大学合作建立茶叶研究中心。`;
  const found = extract(text, title);

  it('finds the company, its province and city, the posts and the investment', () => {
    expect(values(found, 'company')).toEqual(['贵州黔峰茶业集团有限公司']);
    expect(values(found, 'province')).toEqual([{ name: '贵州省', code: '52' }]);
    expect(values(found, 'city')).toEqual([{ name: '遵义市', code: '5203' }]);
    expect(values(found, 'people')).toEqual([
      { name: '吴德明', title: '董事长' },
      { name: '潘晓燕', title: '总经理' },
    ]);
    expect(values(found, 'investments')).toEqual([
      { amount: 650_000_000, currency: 'CNY', approx: null },
    ]);
  });

  it('reads the product through the schema pattern and the partner through the partner rule', () => {
    expect(values(found, 'products')).toEqual(['黔峰翠芽']);
    expect(values(found, 'partners')).toEqual(['贵州大学']);
  });

  it('gives every value exact spans and the company under rule:subject@1', () => {
    const chars = [...text];
    for (const s of found)
      for (const span of s.spans)
        expect(chars.slice(span.start, span.end).join('')).toBe(span.text);
    expect(found.find((s) => s.field === 'company')!.extractor).toBe('rule:subject@1');
  });

  it('finds no company and no place when the schema says the subject is a hospital', () => {
    const asHospitals: FieldSchema = { ...schema, subjectInstitution: 'hospital' };
    const again = extract(text, title, asHospitals);
    expect(values(again, 'company')).toEqual([]);
    expect(values(again, 'province')).toEqual([]);
  });
});
