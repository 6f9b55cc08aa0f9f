import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { articleTexts, segmentPage } from './index';

/** Each article's text, in page order. */
function texts(page: string): string[] {
  return segmentPage(page).map((a) => articleTexts(page, a).join('\n'));
}

describe('pages carrying the profiles of several institutions', () => {
  it('cuts two profiles that open paragraphs with the name and a founding or location verb', () => {
    const page = [
      '两家医院有什么不同？',
      '青山市人民医院始建于1951年，是一所三级甲等综合医院。现有职工1200人，开放床位900张。',
      '医院设临床科室30个。',
      '青山市中医医院，位于青山市北大街，创建于1985年。现有职工300人，开放床位260张。',
    ].join('\n');
    const articles = segmentPage(page);
    expect(articles).toHaveLength(2);
    const [first, second] = texts(page);
    expect(first).toContain('职工1200人');
    expect(first).toContain('临床科室30个');
    expect(first).not.toContain('260张');
    expect(second).toMatch(/^青山市中医医院/u);
    expect(second).not.toContain('900张');
    expect(articles[1]!.signals).toContain('profile of 青山市中医医院 opens line 4');
  });

  it('cuts profiles under headings that are the names, numbered or with 简介', () => {
    const page = [
      '一、河湾县人民医院简介',
      '',
      '医院建于1956年，现有床位480张，职工620人。',
      '',
      '二、河湾县妇幼保健院简介',
      '',
      '该院建于1978年，现有床位120张，职工150人。',
    ].join('\n');
    const articles = segmentPage(page);
    expect(articles.map((a) => a.title)).toEqual([
      '一、河湾县人民医院简介',
      '二、河湾县妇幼保健院简介',
    ]);
    const [first, second] = texts(page);
    expect(first).toContain('480张');
    expect(second).toContain('120张');
    expect(second).not.toContain('480张');
  });

  it('keeps a visit whole whose stops are headed 在 and the hospital visited', () => {
    const page = [
      '3月2日上午，副区长一行先后走访了区中医院、区儿童医院，随后举行座谈。',
      '在区中医院',
      '一行察看了康复病区，了解针灸门诊运行情况。',
      '在区儿童医院',
      '一行来到产科病房，询问孕产妇服务情况。',
      '副区长对全区医疗服务表示肯定。',
    ].join('\n');
    const articles = segmentPage(page);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).not.toBe('在区中医院');
  });

  it('keeps one hospital profile whole though it opens two paragraphs with its name', () => {
    const page = [
      '青山市人民医院始建于1951年，是一所三级甲等综合医院。',
      '青山市人民医院位于城东，占地120亩。',
    ].join('\n');
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('keeps a news article whole where one other hospital opens a paragraph', () => {
    const page = [
      '青山市人民医院与省肿瘤医院签约',
      '3月5日，青山市人民医院与省肿瘤医院签订合作协议。',
      '省肿瘤医院始建于1972年，是全省唯一的肿瘤专科医院。',
      '签约后，专家将每周来院坐诊。',
    ].join('\n');
    // One opening only: the page's own hospital is named, never opened with a profile verb.
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('does not take references to a hospital already named (该院, 本院) for a profile', () => {
    const page = ['青山市人民医院始建于1951年。', '该院位于城东。', '本院是一所综合医院。'].join(
      '\n',
    );
    expect(segmentPage(page)).toHaveLength(1);
  });

  it('keeps offsets in code points where characters outside the BMP come first', () => {
    const page = [
      '𠀀𠀀介绍',
      '青山市人民医院始建于1951年，现有床位900张。',
      '青山市中医医院始建于1985年，现有床位260张。',
    ].join('\n');
    const index = new CodePointIndex(page);
    const second = segmentPage(page)[1]!;
    expect(index.slice(second.ranges[0]!.start, second.ranges[0]!.end)).toBe(
      '青山市中医医院始建于1985年，现有床位260张。',
    );
  });
});
