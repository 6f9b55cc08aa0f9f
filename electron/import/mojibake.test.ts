import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findMojibake } from './mojibake';
import { seedPage, TRADITIONAL_CHINESE } from './test-fixtures';

const misread = (text: string, from: string, as: string): string =>
  iconv.decode(iconv.encode(text, from), as);

describe('findMojibake', () => {
  it.each([
    ['GBK read as ISO-8859-1', misread('中国', 'gbk', 'latin1'), '"ÖÐ¹ú"'],
    ['UTF-8 read as windows-1252', misread('开', 'utf-8', 'windows-1252'), '"å¼€"'],
    ['é encoded twice, twice', misread('café, thé', 'utf-8', 'windows-1252'), '"Ã©"'],
    ['a C1 control', 'smart \u0093quotes\u0094', 'an invisible C1 control character (U+0093)'],
    ['U+FFFD', 'x\uFFFDy', 'a replacement character (U+FFFD)'],
  ])('finds %s', (_case, text, what) => {
    expect(findMojibake(`Text: ${text}`)?.what).toBe(what);
  });

  it.each([
    ['Chinese', seedPage(3000)],
    ['traditional Chinese', TRADITIONAL_CHINESE],
    ['Chinese with ·, ×, ° and ——', '马克·吐温说：3×4米，气温25°C——很热。'],
    ['French', 'À Noël, « CAFÉ » et thé; Ça coûte 3 €; naïveté, déjà.'],
    ['German and Portuguese', 'Größe, Übermäßig; ação, São João, Ñandú.'],
    ['one stray pair', 'the sign «CAFÉ» hangs there'],
  ])('leaves %s alone', (_case, text) => {
    expect(findMojibake(text)).toBeNull();
  });
});
