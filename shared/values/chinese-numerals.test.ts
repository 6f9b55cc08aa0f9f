import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseChineseNumber,
  parseChineseNumberExact,
  parseChineseNumberSlowly,
} from './chinese-numerals';

describe('parseChineseNumber', () => {
  it.each([
    ['一千二百', 1200],
    ['两万', 20000],
    ['三百零五', 305],
    ['十二', 12],
    ['十', 10],
    ['一百一十', 110],
    ['一千零十', 1010],
    ['一万零五百', 10500],
    ['一亿两千万', 120000000],
    ['两万亿', 2000000000000],
    ['零', 0],
  ])('reads the Chinese numeral %s as %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    ['二〇二三', 2023],
    ['二○二三', 2023], // U+25CB, the circle OCR produces for 〇
    ['一九八三', 1983],
  ])('reads the digit-by-digit year form %s as %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    ['一二九亿', 12_900_000_000],
    ['一二九億', 12_900_000_000],
    ['四五○万', 4_500_000],
  ])('reads digits written one by one before 万 or 亿 (%s) as %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each(['三五亿', '二亿三', '亿一二九'])('reads no digit-by-digit number in %s', (raw) => {
    expect(parseChineseNumber(raw)).not.toBe(12_900_000_000);
    expect(parseChineseNumber(raw)).not.toBe(3_500_000_000);
  });

  it.each([
    ['壹仟贰佰', 1200],
    ['叁拾', 30],
    ['壹佰零伍', 105],
    ['伍萬', 50000],
  ])('reads the financial form %s as %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    ['1.4万', 14000],
    ['3.23万', 32300],
    ['1.2亿', 120000000],
    ['5千', 5000],
    ['1千2百', 1200],
    ['12万3千', 123000],
    ['3万5000', 35000],
    ['0.07亿', 7000000],
    // Each of these comes out wrong when scaled in floating point (1.1 × 1e8 = 110000000.00000001).
    ['1.1亿', 110000000],
    ['2.01万', 20100],
    ['0.57万', 5700],
  ])('scales the mixed form %s to exactly %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    ['１２３', 123],
    ['1,200', 1200],
    ['1，200', 1200],
    ['12,345,678', 12345678],
    ['3.5', 3.5],
    ['３．５', 3.5],
    ['１．４万', 14000],
    ['三点五', 3.5],
    ['三点五万', 35000],
  ])('normalises %s to %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    ['一万五', 15000],
    ['三百五', 350],
    ['两千三', 2300],
    ['一百一', 110],
    ['1万5', 15000],
    ['一千零五', 1005],
    ['1千200', 1200],
  ])('reads the colloquial shortening %s as %d', (raw, expected) => {
    expect(parseChineseNumber(raw)).toBe(expected);
  });

  it.each([
    [''],
    ['   '],
    ['abc'],
    ['万'], // 万元收入: a unit, not a number
    ['亿万'],
    ['三五'], // "three or five", a range
    ['二三百'],
    ['二十百'],
    ['一百十'],
    ['1.2.3'],
    ['1,20'], // not a thousands group
    ['1234,567'],
    ['1 200'], // two numbers, or a foreign separator: refuse rather than guess
    ['12三'],
    ['-5'],
    ['点五'],
    ['5万元'], // the unit belongs to parseMoney
  ])('refuses %j', (raw) => {
    expect(parseChineseNumber(raw)).toBeNull();
  });

  it('ignores surrounding whitespace and OCR gaps before a unit', () => {
    expect(parseChineseNumber(' 1.4\n万 ')).toBe(14000);
  });

  it('scales any decimal by 万 and 亿 without floating error', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(['万', 4], ['亿', 8]),
        (digits, scale, [unit, exponent]) => {
          const text = digits.toString().padStart(scale + 1, '0');
          const literal = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
          const expected = Number((digits * 10n ** BigInt(exponent - scale)).toString());
          expect(parseChineseNumber(`${literal}${unit}`)).toBe(expected);
        },
      ),
    );
  });

  it('reads full-width digits like ASCII ones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), (n) => {
        const fullWidth = String(n).replace(/[0-9]/g, (d) =>
          String.fromCharCode(d.charCodeAt(0) + 0xfee0),
        );
        expect(parseChineseNumber(fullWidth)).toBe(n);
      }),
    );
  });
});

describe('parseChineseNumberExact on plain digits', () => {
  it('reads them as the full reading does (a leading space takes that path)', () => {
    const plain = fc
      .tuple(fc.stringMatching(/^[0-9]{1,20}$/), fc.option(fc.stringMatching(/^[0-9]{1,8}$/)))
      .map(([integer, fraction]) => (fraction === null ? integer : `${integer}.${fraction}`));
    fc.assert(
      fc.property(plain, (text) => {
        expect(parseChineseNumberExact(text)).toEqual(parseChineseNumberExact(` ${text}`));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fast path of plain amounts (1992万, 1.5亿, 664)', () => {
  it('gives the exact reading, double for double', () => {
    const digits = fc.stringMatching(/^[0-9]{1,20}$/);
    const amount = fc
      .tuple(digits, fc.option(fc.stringMatching(/^[0-9]{1,14}$/)), fc.constantFrom('', '万', '亿'))
      .map(
        ([integer, fraction, unit]) =>
          `${integer}${fraction === null ? '' : `.${fraction}`}${unit}`,
      );
    fc.assert(
      fc.property(amount, (raw) => {
        expect(parseChineseNumber(raw)).toBe(parseChineseNumberSlowly(raw));
      }),
      { numRuns: 5000 },
    );
    for (const raw of ['0', '0万', '00万', '0.5万', '0.07万', '1.23456789亿', '9007199254740993万'])
      expect(parseChineseNumber(raw)).toBe(parseChineseNumberSlowly(raw));
    expect(parseChineseNumber('0.07万')).toBe(700);
    expect(parseChineseNumber('1.5亿')).toBe(150000000);
  });
});
