import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CodePointIndex } from '../text/codepoints';
import { findDateMentions, parseChineseDate } from './dates';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seed = (prefix: string): string => {
  const name = readdirSync(seedsDir).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(new URL(name, seedsDir), 'utf8');
};

describe('parseChineseDate', () => {
  it.each([
    ['2021年3月', { year: 2021, month: 3, partial: true, iso: '2021-03' }],
    ['2023年11月', { year: 2023, month: 11, partial: true, iso: '2023-11' }],
    ['2023年11月7日', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['2023年11月7号', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['2023-11-07', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['2023.11.7', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['2023/11/7', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['２０２３年１１月７日', { year: 2023, month: 11, day: 7, partial: false, iso: '2023-11-07' }],
    ['二〇二三年十一月', { year: 2023, month: 11, partial: true, iso: '2023-11' }],
    ['二〇二三年十一月二十一日', { year: 2023, month: 11, day: 21, iso: '2023-11-21' }],
    ['2021年 3月', { year: 2021, month: 3, iso: '2021-03' }],
    ['1983年', { year: 1983, partial: true, iso: '1983', precision: 'year' }],
    ['3月5日', { month: 3, day: 5, partial: true, relative: false, iso: 'XXXX-03-05' }],
    ['2024年2月29日', { iso: '2024-02-29' }],
    // The Republic's calendar, Taiwan's: 民国 N 年 is 1911 + N.
    ['民國69年', { year: 1980, partial: true, iso: '1980', precision: 'year' }],
    ['民国108年3月2日', { year: 2019, month: 3, day: 2, iso: '2019-03-02' }],
    ['民國元年', { year: 1912, iso: '1912' }],
    ['民國三十八年', { year: 1949, iso: '1949' }],
  ])('parses %s', (raw, expected) => {
    expect(parseChineseDate(raw)).toMatchObject({ relative: false, ...expected });
  });

  it('keeps an unresolved relative date partial, with its offset', () => {
    const date = parseChineseDate('今年2月7日');
    expect(date).toMatchObject({ month: 2, day: 7, partial: true, relative: true });
    expect(date).toMatchObject({ iso: 'XXXX-02-07', yearOffset: 0 });
    expect(date?.year).toBeUndefined();
  });

  it.each([
    ['今年2月7日', '2024-02-07', false],
    ['今年', '2024', true],
    ['去年', '2023', true],
    ['前年', '2022', true],
    ['明年', '2025', true],
    ['去年2月', '2023-02', true],
  ])('resolves %s against the article date to %s', (raw, iso, partial) => {
    const date = parseChineseDate(raw, { articleDate: { year: 2024, month: 5, day: 1 } });
    expect(date).toMatchObject({ iso, partial, relative: true });
  });

  it('does not use the article date to guess the year of 3月5日', () => {
    expect(parseChineseDate('3月5日', { articleDate: { year: 2024 } })?.iso).toBe('XXXX-03-05');
  });

  it.each([
    ['上世纪80年代', 1980, '198X', true],
    ['20世纪90年代', 1990, '199X', false],
    ['1980年代', 1980, '198X', false],
  ])('reads the decade %s', (raw, year, iso, relative) => {
    expect(parseChineseDate(raw)).toEqual({
      year,
      iso,
      relative,
      partial: true,
      precision: 'decade',
    });
  });

  it('counts 上世纪 from the article century when given', () => {
    expect(parseChineseDate('上世纪80年代', { articleDate: { year: 1995 } })?.year).toBe(1880);
  });

  it.each([
    [''],
    ['80年代'], // 1980s or 1920s/2020s? refuse rather than guess the century
    ['2023年13月'],
    ['2023年2月29日'],
    ['2023-02-30'],
    ['2023-11'], // could be a decimal or a range
    ['23年'],
    ['〇〇二三年'],
    ['2023年11月7日上午'],
    ['13月'],
    ['10个月'],
  ])('refuses %j', (raw) => {
    expect(parseChineseDate(raw)).toBeNull();
  });
});

describe('findDateMentions', () => {
  it('gives code-point spans that slice out the mention after astral characters', () => {
    const text = '𠀀😀 2021年7月26日，𠀀今年2月7日和二〇二三年十一月，电话0556-5212008。';
    const index = new CodePointIndex(text);
    const mentions = findDateMentions(text);
    expect(mentions.map((m) => m.text)).toEqual([
      '2021年7月26日',
      '今年2月7日',
      '二〇二三年十一月',
    ]);
    for (const mention of mentions) {
      expect(index.slice(mention.start, mention.end)).toBe(mention.text);
    }
    expect(mentions[0]!.start).toBe(3);
  });

  it('resolves relative mentions against the article date', () => {
    const mentions = findDateMentions('去年2月，医院成立', { articleDate: { year: 2024 } });
    expect(mentions.map((m) => m.value.iso)).toEqual(['2023-02']);
  });

  it('finds the dates of seed 001, including relative ones and OCR spacing', () => {
    const text = seed('001');
    const mentions = findDateMentions(text, { articleDate: { year: 2024 } });
    const isoByText = mentions.map((m) => [m.text, m.value.iso]);
    expect(isoByText).toEqual(
      expect.arrayContaining([
        ['2023年11月', '2023-11'],
        ['1983年', '1983'],
        ['2022年7月', '2022-07'],
        ['今年2月7日', '2024-02-07'],
        ['去年', '2023'],
      ]),
    );
    const index = new CodePointIndex(text);
    for (const mention of mentions)
      expect(index.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it.each([
    ['000', '2021年 3月', '2021-03'],
    ['000', '2020 年', '2020'],
    ['002', '2021年5月', '2021-05'],
    ['003', '2021年7月26日', '2021-07-26'],
    ['003', '2021年7月8日', '2021-07-08'],
    ['004', '2022年4月20日', '2022-04-20'],
  ])('seed %s contains %s', (prefix, mentionText, iso) => {
    const mention = findDateMentions(seed(prefix)).find((m) => m.text === mentionText);
    expect(mention?.value.iso).toBe(iso);
  });

  it('does not read durations, phone numbers or decimals as dates', () => {
    const text = '开诊10个月后，电话0556-5212008，占比27.2%，76年的岁月，2030健康中国';
    expect(findDateMentions(text)).toEqual([]);
  });
});
