import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { hanziStats, readsAsChinese } from './frequent-hanzi';
import { JAPANESE, KOREAN, seedPage, seedParagraphs, TRADITIONAL_CHINESE } from './test-fixtures';

describe('readsAsChinese', () => {
  it('accepts a Chinese page', () => {
    expect(hanziStats(seedPage()).frequentShare).toBeGreaterThan(0.3);
    expect(readsAsChinese(seedPage())).toBe(true);
  });

  it.each([
    ['big5', TRADITIONAL_CHINESE],
    ['shift_jis', JAPANESE],
    ['euc-jp', JAPANESE],
    ['euc-kr', KOREAN],
  ])('turns away %s text misread as GB18030', (encoding, text) => {
    const misread = iconv.decode(iconv.encode(text.repeat(10), encoding), 'gb18030');
    expect(hanziStats(misread).hanzi).toBeGreaterThan(40);
    expect(readsAsChinese(misread)).toBe(false);
  });

  it('is unsure of a short phrase and of text without hanzi', () => {
    expect(readsAsChinese('中华人民共和国')).toBe(false);
    expect(readsAsChinese('plain ASCII, no ideographs')).toBe(false);
  });

  it('accepts most seed paragraphs of 60+ characters on their own', () => {
    const long = seedParagraphs().filter((p) => p.length >= 60);
    expect(long.length).toBeGreaterThan(20);
    const accepted = long.filter((p) => readsAsChinese(p)).length;
    expect(accepted / long.length).toBeGreaterThan(0.7);
  });
});
