import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, MIN_CONFIDENCE } from './decode';
import { JAPANESE, KOREAN, seedPage, seedParagraphs, TRADITIONAL_CHINESE } from './test-fixtures';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

function expectDecoded(bytes: Uint8Array, text: string, encoding: string, bom = false): void {
  const result = decodeBytes(bytes);
  if (!result.ok) throw new Error(`expected ${encoding}, got ${result.reason}: ${result.message}`);
  expect(result.encoding).toBe(encoding);
  expect(result.bom).toBe(bom);
  expect(result.text).toBe(text);
  expect(result.confidence).toBeGreaterThanOrEqual(MIN_CONFIDENCE);
}

describe('decodeBytes: Unicode', () => {
  const page = seedPage();

  it('reads UTF-8 as is, keeping CRLF and astral characters', () => {
    const text = page.replace(/\n/g, '\r\n') + '𠀀😀e\u0301';
    expectDecoded(utf8(text), text, 'utf-8');
  });

  it('strips a UTF-8 BOM from the text and records it', () => {
    expectDecoded(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(page)), page, 'utf-8', true);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = iconv.encode(page, 'utf-16le', { addBOM: true });
    const be = iconv.encode(page, 'utf-16be', { addBOM: true });
    expect([le[0], le[1]]).toEqual([0xff, 0xfe]);
    expectDecoded(le, page, 'utf-16le', true);
    expectDecoded(be, page, 'utf-16be', true);
  });

  it('recognises UTF-16 without a BOM from the zero bytes of its ASCII characters', () => {
    const text = page.replace(/\n/g, '\r\n');
    expectDecoded(iconv.encode(text, 'utf-16le'), text, 'utf-16le');
    expectDecoded(iconv.encode(text, 'utf-16be'), text, 'utf-16be');
    expectDecoded(iconv.encode('Hello, world', 'utf-16le'), 'Hello, world', 'utf-16le');
  });

  it('refuses UTF-8 cut in the middle of a character, naming the byte offset', () => {
    const bytes = utf8('第一段\r\n第二段');
    const cut = bytes.subarray(0, bytes.length - 1);
    const result = decodeBytes(cut);
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
    // The last character 段 starts at byte length - 3.
    expect(!result.ok && result.message).toContain(`byte offset ${bytes.length - 3}`);
  });

  it('refuses UTF-8 damaged in the middle instead of guessing another encoding', () => {
    const good = utf8(page);
    const damaged = concat(good.subarray(0, 100), Uint8Array.of(0xff), good.subarray(100));
    const result = decodeBytes(damaged);
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(!result.ok && result.message).toContain('byte offset 100');
  });

  it('refuses UTF-16 with an odd byte count or an unpaired surrogate', () => {
    const le = iconv.encode('abc中文', 'utf-16le', { addBOM: true });
    expect(decodeBytes(le.subarray(0, le.length - 1))).toMatchObject({ reason: 'undecodable' });
    const lone = concat(
      Uint8Array.of(0xff, 0xfe),
      iconv.encode('ab', 'utf-16le'),
      Uint8Array.of(0x00, 0xd8),
    );
    const result = decodeBytes(lone);
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(!result.ok && result.message).toContain('byte offset 6');
  });
});

describe('decodeBytes: legacy encodings', () => {
  const page = seedPage();

  it('reads GB18030 and GBK pages from the seeds and records gb18030', () => {
    for (const encoding of ['gb18030', 'gbk', 'gb2312']) {
      expectDecoded(iconv.encode(page, encoding), page, 'gb18030');
    }
  });

  it('keeps CRLF and four-byte GB18030 characters', () => {
    const text = page.replace(/\n/g, '\r\n') + '𠀀𠀁';
    expectDecoded(iconv.encode(text, 'gb18030'), text, 'gb18030');
  });

  it('reads Big5, Shift_JIS, EUC-JP and EUC-KR', () => {
    expectDecoded(iconv.encode(TRADITIONAL_CHINESE, 'big5'), TRADITIONAL_CHINESE, 'big5');
    expectDecoded(iconv.encode(JAPANESE, 'shift_jis'), JAPANESE, 'shift_jis');
    expectDecoded(iconv.encode(JAPANESE, 'euc-jp'), JAPANESE, 'euc-jp');
    expectDecoded(iconv.encode(KOREAN, 'euc-kr'), KOREAN, 'euc-kr');
  });

  // Long pages give a GB18030 misreading dozens of hanzi, the case where a Chinese reading is
  // accepted without chardet: the frequent-hanzi check must still turn these away.
  it('reads long Big5, Shift_JIS, EUC-JP and EUC-KR pages in their own encoding', () => {
    const long = (text: string): string => Array.from({ length: 20 }, () => text).join('\n');
    expectDecoded(
      iconv.encode(long(TRADITIONAL_CHINESE), 'big5'),
      long(TRADITIONAL_CHINESE),
      'big5',
    );
    expectDecoded(iconv.encode(long(JAPANESE), 'shift_jis'), long(JAPANESE), 'shift_jis');
    expectDecoded(iconv.encode(long(JAPANESE), 'euc-jp'), long(JAPANESE), 'euc-jp');
    expectDecoded(iconv.encode(long(KOREAN), 'euc-kr'), long(KOREAN), 'euc-kr');
  });

  it('reports a GBK page as surely gb18030', () => {
    const result = decodeBytes(iconv.encode(page, 'gbk'));
    expect(result.ok && result.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every seed paragraph of 16+ characters encoded as GBK', () => {
    // Only paragraphs GBK can represent (some seed lines contain U+00A0, which it cannot).
    const paragraphs = seedParagraphs().filter(
      (p) => [...p].length >= 16 && iconv.decode(iconv.encode(p, 'gbk'), 'gbk') === p,
    );
    expect(paragraphs.length).toBeGreaterThan(50);
    const wrong = paragraphs.filter((p) => {
      const result = decodeBytes(iconv.encode(p, 'gbk'));
      return !result.ok || result.text !== p || result.encoding !== 'gb18030';
    });
    expect(wrong.map((p) => [p, decodeBytes(iconv.encode(p, 'gbk'))])).toEqual([]);
  });

  // Measured on windows of the seed text (hanzi and ，。、 only, no ASCII): chardet alone needs
  // ~16 characters; with the frequent-block reading 3+ characters decode right in >99% of
  // windows, and the misses are refused as low-confidence rather than returned garbled,
  // except 1-2 character files whose bytes happen to be valid UTF-8 (为 = CE AA = "Ϊ").
  it.each([3, 4, 8, 12, 16, 32])('short GBK text of %i characters decodes as gb18030', (size) => {
    const hanzi = seedParagraphs()
      .join('')
      .replace(/[^\u4e00-\u9fff，。、]/g, '');
    let exact = 0;
    let garbled = 0;
    let windows = 0;
    for (let start = 0; start + size <= hanzi.length; start += 41) {
      const text = hanzi.slice(start, start + size);
      const result = decodeBytes(iconv.encode(text, 'gbk'));
      windows++;
      if (result.ok && result.text === text) exact++;
      else if (result.ok) garbled++;
    }
    expect(windows).toBeGreaterThan(300);
    expect(exact / windows).toBeGreaterThan(0.97);
    expect(garbled / windows).toBeLessThan(0.01);
  });

  it('decodes a 3+ character Chinese phrase as gb18030 but with a modest confidence', () => {
    const result = decodeBytes(iconv.encode('中华人民共和国', 'gbk'));
    expect(result).toMatchObject({ ok: true, text: '中华人民共和国', encoding: 'gb18030' });
    expect(result.ok && result.confidence).toBeLessThan(0.9);
  });

  it('refuses a single GBK character as low-confidence, naming gb18030 as the guess', () => {
    const result = decodeBytes(iconv.encode('你', 'gbk'));
    expect(result).toMatchObject({ ok: false, reason: 'low-confidence' });
    expect(!result.ok && result.message).toContain('gb18030');
  });

  it('refuses a GB18030 page with an invalid byte as low-confidence instead of inserting U+FFFD', () => {
    const bytes = iconv.encode(page, 'gb18030');
    const damaged = concat(bytes.subarray(0, 200), Uint8Array.of(0xff), bytes.subarray(200));
    const result = decodeBytes(damaged);
    expect(result).toMatchObject({ ok: false, reason: 'low-confidence' });
    expect(!result.ok && result.message).toContain('gb18030');
  });
});

describe('decodeBytes: bad input', () => {
  it('reports an empty file', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('reports a PNG as binary', () => {
    const header = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    let seed = 7;
    const noise = Uint8Array.from(
      { length: 4000 },
      () => (seed = (seed * 1103515245 + 12345) >>> 16) & 0xff,
    );
    expect(decodeBytes(concat(header, noise))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('reports text full of control characters as binary, but allows tabs and form feeds', () => {
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(decodeBytes(controls)).toMatchObject({ ok: false, reason: 'binary' });
    expect(decodeBytes(utf8('a\tb\fc\r\nd'))).toMatchObject({ ok: true, text: 'a\tb\fc\r\nd' });
  });
});

describe('decodeBytes: files too short to tell', () => {
  it.each([
    ['a zero and a one', [0x00, 0x01]],
    ['ÿ and a zero (read as UTF-16LE ÿ before)', [0xff, 0x00]],
    ['A and a zero', [0x41, 0x00]],
    ['a control byte and a digit', [0x12, 0x34]],
    ['seven bytes with a zero', [0x68, 0x00, 0x69, 0x00, 0x21, 0x00, 0x0a]],
  ])('skips %s as binary, saying the file is too short', (_, bytes) => {
    const result = decodeBytes(Uint8Array.from(bytes));
    expect(result).toMatchObject({ ok: false, reason: 'binary' });
    expect(!result.ok && result.message).toContain(`only ${bytes.length} bytes`);
  });

  it('reads a tiny file whose byte-order mark says UTF-16, and tiny printable UTF-8', () => {
    expectDecoded(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'A', 'utf-16le', true);
    expectDecoded(utf8('ok'), 'ok', 'utf-8');
    expectDecoded(utf8('中'), '中', 'utf-8');
  });

  it('still refuses a tiny legacy file as unclear, so the user can choose its encoding', () => {
    expect(decodeBytes(Uint8Array.from([0xb2, 0xe2]))).toMatchObject({
      ok: false,
      reason: 'low-confidence',
    });
  });

  it('still reads UTF-16 without a byte-order mark from four characters on', () => {
    expectDecoded(
      Uint8Array.from([0x68, 0x00, 0x69, 0x00, 0x21, 0x00, 0x0a, 0x00]),
      'hi!\n',
      'utf-16le',
    );
  });
});

describe('decodeBytes: forceEncoding', () => {
  it('re-decodes with the encoding the user chose', () => {
    const bytes = iconv.encode(TRADITIONAL_CHINESE, 'big5');
    expect(decodeBytes(bytes, { forceEncoding: 'Big5' })).toMatchObject({
      ok: true,
      text: TRADITIONAL_CHINESE,
      encoding: 'big5',
      confidence: 1,
    });
    const gbk = iconv.encode('中文', 'gbk');
    expect(decodeBytes(gbk, { forceEncoding: 'GBK' })).toMatchObject({
      text: '中文',
      encoding: 'gb18030',
    });
  });

  it('rejects an unknown encoding name', () => {
    expect(decodeBytes(utf8('abc'), { forceEncoding: 'klingon-8' })).toMatchObject({
      ok: false,
      reason: 'unknown-encoding',
    });
  });

  it('refuses a forced encoding that does not fit the bytes', () => {
    const odd = decodeBytes(utf8('a中文'), { forceEncoding: 'utf-16le' });
    expect(odd).toMatchObject({ ok: false, reason: 'undecodable' });
    const truncated = decodeBytes(Uint8Array.of(0xd6, 0xd0, 0xce), { forceEncoding: 'gb18030' });
    expect(truncated).toMatchObject({ ok: false, reason: 'undecodable' });
  });

  it('names the byte offset where the bytes stop fitting the chosen encoding', () => {
    // 'ab 臺北 ' is 8 bytes of Big5 (6 characters); 0x80 starts no Big5 character.
    const bytes = concat(iconv.encode('ab 臺北 ', 'big5'), Uint8Array.of(0x80), utf8('x'));
    expect(decodeBytes(bytes, { forceEncoding: 'big5' })).toEqual({
      ok: false,
      reason: 'undecodable',
      message: 'the file is not valid big5: byte offset 8 (character 6) is not a character of big5',
    });
  });

  it('uses a declared encoding when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('你好', 'gbk');
    expect(decodeBytes(bytes, { declaredEncoding: 'gb2312' })).toMatchObject({
      ok: true,
      text: '你好',
      encoding: 'gb18030',
    });
  });
});

describe('decodeBytes: offsets in messages count the BOM', () => {
  it('reports the byte offset in the file, BOM included', () => {
    const body = utf8('甲乙');
    const bytes = concat(Uint8Array.of(0xef, 0xbb, 0xbf), body.subarray(0, 5));
    const result = decodeBytes(bytes);
    expect(result).toMatchObject({ ok: false, reason: 'undecodable' });
    expect(!result.ok && result.message).toContain('byte offset 6');
  });
});

describe('decodeBytes: the whole file, not its first 64 KB', () => {
  const header = `${'<p>Copyright notice, navigation and an English table of numbers 12345.</p>\n'.repeat(1000)}`;
  const chinese = seedPage(3000);

  it.each(['gbk', 'big5'])('reads %s Chinese that starts after 70 KB of ASCII', (encoding) => {
    const text = encoding === 'big5' ? `${header}${TRADITIONAL_CHINESE}` : `${header}${chinese}`;
    expect(header.length).toBeGreaterThan(70_000);
    const result = decodeBytes(iconv.encode(text, encoding));
    expect(result).toMatchObject({
      ok: true,
      encoding: encoding === 'gbk' ? 'gb18030' : 'big5',
      text,
    });
  });

  it.each([10_000, 40_000])('reads GBK Chinese after %i bytes of ASCII in a small file', (n) => {
    const text = `${header.slice(0, n)}\n${chinese}`;
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toMatchObject({ ok: true, text });
  });

  it('reads a file whose only Chinese is at its very end', () => {
    const text = `${header}${header}\n最后一行：医院门诊。`;
    expect(decodeBytes(iconv.encode(text, 'gbk'))).toMatchObject({ ok: true, text });
  });
});

describe('decodeBytes: all-hanzi UTF-16 without a BOM', () => {
  const phrases = [
    '中华人民',
    '北京协和医院',
    '中华人民共和国成立',
    '深圳市人民医院新院区开工建设今日启动仪式',
  ];

  it.each(phrases)('reads %s in both byte orders', (phrase) => {
    for (const encoding of ['utf-16le', 'utf-16be']) {
      expect(decodeBytes(iconv.encode(phrase, encoding))).toMatchObject({
        ok: true,
        encoding,
        text: phrase,
      });
    }
  });

  it('reads one whose characters end in a zero byte (开 is U+5F00) in the right byte order', () => {
    expect(decodeBytes(iconv.encode('健康节开幕', 'utf-16le'))).toMatchObject({
      encoding: 'utf-16le',
      text: '健康节开幕',
    });
  });

  it('does not take GBK or Big5 phrases of the same lengths for UTF-16', () => {
    const traditional = [
      '中華人民',
      '北京協和醫院',
      '臺灣大學附設醫院',
      '深圳市人民醫院新院區開工建設今日啟動儀式',
    ];
    const readings = [
      ...phrases.map((phrase) => decodeBytes(iconv.encode(phrase, 'gbk'))),
      ...traditional.map((phrase) => decodeBytes(iconv.encode(phrase, 'big5'))),
    ];
    for (const reading of readings) if (reading.ok) expect(reading.encoding).not.toMatch(/^utf-16/);
    expect(readings.filter((r) => r.ok).map((r) => r.ok && r.text)).toContain('北京协和医院');
  });
});

describe('decodeBytes: mojibake', () => {
  const gbkAsLatin1 = iconv.decode(iconv.encode('中国人民银行发布新规', 'gbk'), 'latin1');
  const utf8AsWindows1252 = iconv.decode(utf8('开放日'), 'windows-1252');

  it.each([
    ['GBK read as ISO-8859-1', `Report: ${gbkAsLatin1}`, '"ÖÐ¹úÈËÃñÒøÐÐ"'],
    ['UTF-8 read as windows-1252', `title ${utf8AsWindows1252}`, '"å¼€æ”¾æ—¥"'],
    ['replacement characters', 'a \uFFFD\uFFFD b', 'a replacement character (U+FFFD)'],
  ])('refuses a UTF-8 file holding %s, saying what it saw', (_case, text, what) => {
    const result = decodeBytes(utf8(text));
    expect(result).toMatchObject({ ok: false, reason: 'mojibake' });
    if (result.ok) return;
    expect(result.message).toContain(`looks like mojibake when read as utf-8: ${what}`);
    expect(result.message).toContain('choose the encoding with --encoding or "Decode as…"');
  });

  it('stores the same bytes when the user chose the encoding', () => {
    const text = `Report: ${gbkAsLatin1}`;
    expect(decodeBytes(utf8(text), { forceEncoding: 'utf-8' })).toMatchObject({ ok: true, text });
  });

  it('refuses a declared ISO-8859-1 that gives C1 controls and detects the real encoding', () => {
    const bytes = iconv.encode(chineseSentence(), 'gbk');
    const result = decodeBytes(bytes, { declaredEncoding: 'iso-8859-1' });
    expect(result).toMatchObject({ ok: true, encoding: 'gb18030', text: chineseSentence() });
  });

  it('reads a page declared ISO-8859-1 as browsers do, as windows-1252 (curly quotes kept)', () => {
    const text = 'Le “café” d’Anne — déjà 5 €.';
    const bytes = iconv.encode(text, 'windows-1252');
    expect(decodeBytes(bytes, { declaredEncoding: 'ISO-8859-1' })).toMatchObject({
      ok: true,
      encoding: 'windows-1252',
      text,
    });
  });

  it('ignores a declared escape encoding for bytes that are not 7-bit', () => {
    const bytes = iconv.encode(chineseSentence(), 'gbk');
    expect(decodeBytes(bytes, { declaredEncoding: 'iso-2022-jp' })).toMatchObject({
      ok: true,
      encoding: 'gb18030',
    });
  });

  it('still reads Western text with accents', () => {
    const text = 'Le café de la gare, naïve Müller — “déjà vu” à Noël. São Paulo, Ça va.';
    expect(decodeBytes(iconv.encode(text, 'windows-1252'))).toMatchObject({ ok: true, text });
    expect(decodeBytes(utf8(text))).toMatchObject({ ok: true, text });
  });
});

function chineseSentence(): string {
  return seedPage(400);
}

describe('decodeBytes: valid UTF-8 whose start reads as hanzi in UTF-16', () => {
  // Pairs of ASCII letters or brackets are code units in the hanzi block ("[[" is U+5B5B), so
  // a long ASCII run at the start once outvoted the Chinese further on.
  it.each([
    ['brackets', `{"text":"${'['.repeat(9000)}"}\n{"text":"病房楼今年交付使用"}\n`],
    ['lower-case letters', `${'abcdefgh'.repeat(1200)}\n院长在会上讲话\n`],
  ])('reads a file opening on 8 KB of %s and then Chinese as UTF-8', (_case, text) => {
    // Both lengths: only an even number of bytes can be UTF-16.
    for (const variant of [text, `${text} `]) {
      expect(decodeBytes(utf8(variant))).toMatchObject({
        ok: true,
        encoding: 'utf-8',
        text: variant,
      });
    }
  });
});
