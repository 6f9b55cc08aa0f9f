import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { decodeEscapeEncoding, sniffEscapeEncoding } from './escape-encodings';
import { JAPANESE, KOREAN } from './test-fixtures';

const latin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');
const ESC = '\x1b';

/** The double-byte runs of an 8-bit EUC encoding with their high bits cleared, between `open`/`close`. */
function shifted(text: string, eightBit: string, open: string, close: string): Uint8Array {
  const out: number[] = [];
  let inside = false;
  for (const character of text) {
    const bytes = iconv.encode(character, eightBit);
    const double = bytes.length === 2 && bytes[0]! >= 0xa1;
    if (double !== inside) out.push(...latin1(double ? open : close));
    inside = double;
    if (double) out.push(bytes[0]! & 0x7f, bytes[1]! & 0x7f);
    else out.push(...bytes);
  }
  if (inside) out.push(...latin1(close));
  return Uint8Array.from(out);
}

// The example of RFC 1843 itself, written by hand there: an independent check of the decoder.
const RFC_1843_EXAMPLE = latin1(
  'This sentence is in ASCII.\nThe next sentence is in GB.~{<:Ky2;S{#,NpJ)l6HK!#~}Bye.',
);
const CHINESE = '医院今年新增床位三百张，总投资约二亿元。\n门诊大楼明年启用。';

describe('HZ-GB-2312', () => {
  it('decodes the example of RFC 1843 and records hz-gb-2312', () => {
    expect(decodeBytes(RFC_1843_EXAMPLE)).toEqual({
      ok: true,
      text: 'This sentence is in ASCII.\nThe next sentence is in GB.己所不欲，勿施於人。Bye.',
      encoding: 'hz-gb-2312',
      confidence: 0.9,
      bom: false,
    });
  });

  it('decodes Chinese lines, ~~ as a tilde and ~ before a newline as a line continuation', () => {
    const body = shifted(CHINESE, 'gbk', '~{', '~}');
    const bytes = Uint8Array.from([...latin1('a~~b ~\n'), ...body]);
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'hz-gb-2312', text: `a~b ${CHINESE}` });
  });

  it('leaves plain ASCII with a tilde and a brace as UTF-8', () => {
    const text = 'see ~{home}/notes and ~/x';
    expect(sniffEscapeEncoding(latin1(text))).toBeNull();
    expect(decodeBytes(latin1(text))).toMatchObject({ ok: true, encoding: 'utf-8', text });
  });

  it('refuses a forced HZ decode of bytes outside GB2312, with the byte offset', () => {
    const result = decodeBytes(latin1('ok ~{\x7f\x7f~}'), { forceEncoding: 'HZ-GB-2312' });
    expect(result).toEqual({
      ok: false,
      reason: 'undecodable',
      message: 'the file is not valid HZ-GB-2312: a byte pair outside GB2312 at byte offset 5',
    });
  });
});

describe('ISO-2022-JP', () => {
  const bytes = shifted(JAPANESE, 'euc-jp', `${ESC}$B`, `${ESC}(B`);

  it('is recognised by its escapes and decoded (not stored with them)', () => {
    expect(sniffEscapeEncoding(bytes)).toBe('iso-2022-jp');
    expect(decodeBytes(bytes)).toMatchObject({
      ok: true,
      encoding: 'iso-2022-jp',
      text: JAPANESE,
    });
  });

  it('refuses a broken escape sequence naming ISO-2022-JP', () => {
    const broken = Uint8Array.from([...bytes.subarray(0, 5), 0x1b, 0x24, 0x5a, 0x21, 0x21]);
    expect(decodeBytes(broken)).toEqual({
      ok: false,
      reason: 'undecodable',
      message: 'the file is not valid ISO-2022-JP',
    });
  });
});

describe('ISO-2022-CN and ISO-2022-KR', () => {
  it('decodes ISO-2022-CN with GB2312, designated again on each line', () => {
    const lines = CHINESE.split('\n').map((line) =>
      Uint8Array.from([...latin1(`${ESC}$)A`), ...shifted(line, 'gbk', '\x0e', '\x0f')]),
    );
    const bytes = Uint8Array.from([...lines[0]!, 0x0a, ...lines[1]!]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'iso-2022-cn', text: CHINESE });
  });

  it('refuses ISO-2022-CN with CNS 11643 characters, naming the encoding and the set', () => {
    const bytes = latin1(`abc ${ESC}$)G\x0e\x44\x21\x0f`);
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      reason: 'unsupported-encoding',
      message:
        'the file is ISO-2022-CN with CNS 11643 characters (at byte offset 4), which Gleaner cannot decode; convert it to UTF-8 first',
    });
  });

  it('refuses a pair with no character in the set instead of storing U+FFFD', () => {
    // Row 0x22 of KS X 1001 ends at 0x65; 0x227E is unassigned.
    const bytes = latin1(`${ESC}$)C a\x0e\x22\x7e\x0f`);
    expect(decodeBytes(bytes, { forceEncoding: 'iso-2022-kr' })).toEqual({
      ok: false,
      reason: 'undecodable',
      message: 'the file is not valid ISO-2022-KR: character 2 is a byte pair with no character',
    });
  });

  it('decodes ISO-2022-KR', () => {
    const text = KOREAN.split('\n')[0]!;
    const bytes = Uint8Array.from([
      ...latin1(`${ESC}$)C`),
      ...shifted(text, 'euc-kr', '\x0e', '\x0f'),
    ]);
    expect(decodeEscapeEncoding(bytes, 'iso-2022-kr')).toEqual({ ok: true, text });
    expect(decodeBytes(bytes)).toMatchObject({ ok: true, encoding: 'iso-2022-kr', text });
  });
});

describe('decoding any bytes', () => {
  // Pieces of the escape encodings mixed with arbitrary 7-bit bytes: the decoders must answer
  // (decoded or refused with a reason), never throw, for any arrangement of them.
  const piece = fc.oneof(
    fc.constantFrom(
      '\x1b$B',
      '\x1b(B',
      '\x1b$)A',
      '\x1b$)C',
      '\x1b$)G',
      '~{',
      '~}',
      '~~',
      '\x0e',
      '\x0f',
      '\n',
    ),
    fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
  );

  it('answers for any mix of escapes and 7-bit bytes, and never throws', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const bytes = latin1(pieces.join(''));
        for (const encoding of ['iso-2022-jp', 'iso-2022-cn', 'iso-2022-kr', 'hz-gb-2312'] as const)
          expect(typeof decodeEscapeEncoding(bytes, encoding).ok).toBe('boolean');
        const result = decodeBytes(bytes);
        if (result.ok) expect(result.text).not.toContain('\uFFFD');
      }),
      { numRuns: 500 },
    );
  });

  it('answers for any bytes at all', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = decodeBytes(bytes);
        expect(result.ok ? typeof result.text : result.message).toMatch(/./);
      }),
      { numRuns: 500 },
    );
  });
});
