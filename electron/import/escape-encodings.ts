import iconv from 'iconv-lite';

/**
 * The 7-bit East Asian encodings: ISO-2022-JP, ISO-2022-CN, ISO-2022-KR and HZ-GB-2312 switch
 * between ASCII and a double-byte set with escape sequences, so every byte is below 0x80 and the
 * file is also valid UTF-8 (ASCII). Read as UTF-8 it keeps its escapes and letter pairs in the
 * text; the escapes are what tells them apart.
 *
 * iconv-lite decodes none of them. ISO-2022-JP goes through the WHATWG TextDecoder (ICU, in Node
 * and Electron). HZ and the GB2312 / KS X 1001 forms of ISO-2022-CN/KR are decoded here: each
 * double-byte pair is the 8-bit EUC pair with the high bits cleared, so setting them back and
 * decoding with iconv-lite gives the text. ISO-2022-CN's CNS 11643 sets have no decoder here.
 */
export type EscapeEncoding = 'iso-2022-jp' | 'iso-2022-cn' | 'iso-2022-kr' | 'hz-gb-2312';

export type EscapeDecode =
  { ok: true; text: string } | { ok: false; unsupported: boolean; message: string };

const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;
const TILDE = 0x7e;

function hasEscape(bytes: Uint8Array, ...tails: string[]): boolean {
  const wanted = tails.map((tail) => [ESC, ...Array.from(tail, (c) => c.charCodeAt(0))]);
  for (let i = bytes.indexOf(ESC); i !== -1; i = bytes.indexOf(ESC, i + 1)) {
    if (wanted.some((seq) => seq.every((byte, k) => bytes[i + k] === byte))) return true;
  }
  return false;
}

function isSevenBit(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/**
 * The escape encoding these bytes are written in, or null. Only 7-bit data qualifies; HZ also
 * needs at least one `~{ … ~}` span that decodes, since a tilde and a brace occur in plain text.
 */
export function sniffEscapeEncoding(bytes: Uint8Array): EscapeEncoding | null {
  if (!isSevenBit(bytes)) return null;
  if (bytes.includes(ESC)) {
    if (hasEscape(bytes, '$B', '$@', '$(D', '(J', '(I')) return 'iso-2022-jp';
    if (hasEscape(bytes, '$)A', '$)G', '$)E', '$*H', '$+I', '$+J', '$+K', '$+L', '$+M'))
      return 'iso-2022-cn';
    if (hasEscape(bytes, '$)C')) return 'iso-2022-kr';
  }
  const open = bytes.indexOf(TILDE);
  if (open !== -1 && hasHzOpen(bytes, open)) {
    const hz = decodeHz(bytes);
    if (hz.ok && hz.doubleByteCharacters > 0) return 'hz-gb-2312';
  }
  return null;
}

function hasHzOpen(bytes: Uint8Array, from: number): boolean {
  for (let i = from; i !== -1; i = bytes.indexOf(TILDE, i + 2)) {
    if (bytes[i + 1] === 0x7b) return true;
    if (i + 1 >= bytes.length) return false;
  }
  return false;
}

export function decodeEscapeEncoding(bytes: Uint8Array, encoding: EscapeEncoding): EscapeDecode {
  const decoded = decodeWith(bytes, encoding);
  // 7-bit input holds no U+FFFD: one in the text is a pair with no character in the set.
  const bad = decoded.ok ? decoded.text.indexOf('\uFFFD') : -1;
  if (bad === -1) return decoded;
  return {
    ok: false,
    unsupported: false,
    message: `the file is not valid ${encoding.toUpperCase()}: character ${bad} is a byte pair with no character`,
  };
}

function decodeWith(bytes: Uint8Array, encoding: EscapeEncoding): EscapeDecode {
  switch (encoding) {
    case 'iso-2022-jp':
      return decodeIso2022Jp(bytes);
    case 'hz-gb-2312': {
      const hz = decodeHz(bytes);
      return hz.ok ? { ok: true, text: hz.text } : hz;
    }
    case 'iso-2022-cn':
    case 'iso-2022-kr':
      return decodeShiftedIso2022(bytes, encoding);
  }
}

function decodeIso2022Jp(bytes: Uint8Array): EscapeDecode {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder('iso-2022-jp', { fatal: true });
  } catch {
    return {
      ok: false,
      unsupported: true,
      message: 'the file is ISO-2022-JP, which this build cannot decode',
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, unsupported: false, message: 'the file is not valid ISO-2022-JP' };
  }
}

const invalid = (name: string, offset: number, what: string): EscapeDecode => ({
  ok: false,
  unsupported: false,
  message: `the file is not valid ${name}: ${what} at byte offset ${offset}`,
});

/** Collects ASCII and double-byte runs; each double-byte run is decoded with its 8-bit twin. */
class ShiftedText {
  private readonly parts: string[] = [];
  private pairs: number[] = [];
  doubleByteCharacters = 0;

  constructor(private readonly eightBit: string) {}

  ascii(byte: number): void {
    this.flush();
    this.parts.push(String.fromCharCode(byte));
  }

  pair(lead: number, trail: number): void {
    this.pairs.push(lead | 0x80, trail | 0x80);
    this.doubleByteCharacters++;
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }

  private flush(): void {
    if (this.pairs.length === 0) return;
    this.parts.push(iconv.decode(Buffer.from(this.pairs), this.eightBit));
    this.pairs = [];
  }
}

/** GB2312 rows with characters: symbols (rows 1–9) and hanzi (rows 16–87), as 7-bit leads. */
const isGb2312Lead = (byte: number): boolean =>
  (byte >= 0x21 && byte <= 0x29) || (byte >= 0x30 && byte <= 0x77);
const isTrail = (byte: number): boolean => byte >= 0x21 && byte <= 0x7e;
const isNewline = (byte: number): boolean => byte === 0x0a || byte === 0x0d;

/**
 * HZ (RFC 1843): `~{` enters GB2312 mode and `~}` leaves it; in ASCII mode `~~` is a tilde and
 * `~` before a newline joins the lines. Encoders end GB mode at a line end, so a newline inside
 * it is taken as `~}` followed by the newline.
 */
export function decodeHz(
  bytes: Uint8Array,
): { ok: true; text: string; doubleByteCharacters: number } | Extract<EscapeDecode, { ok: false }> {
  const out = new ShiftedText('gb18030');
  const fail = (offset: number, what: string) =>
    invalid('HZ-GB-2312', offset, what) as Extract<EscapeDecode, { ok: false }>;
  let gb = false;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte >= 0x80) return fail(i, 'a byte above 0x7F');
    if (byte === TILDE) {
      const next = bytes[i + 1];
      if (gb && next === 0x7d) gb = false;
      else if (!gb && next === 0x7b) gb = true;
      else if (!gb && next === TILDE) out.ascii(TILDE);
      else if (!gb && next === 0x0a) {
        // A line continuation: neither byte is text.
      } else
        return fail(
          i,
          `"~" followed by ${next === undefined ? 'the end of the file' : 'an unknown byte'}`,
        );
      i += 2;
      continue;
    }
    if (gb) {
      if (isNewline(byte)) {
        gb = false;
        out.ascii(byte);
        i++;
        continue;
      }
      const trail = bytes[i + 1];
      if (!isGb2312Lead(byte) || trail === undefined || !isTrail(trail))
        return fail(i, 'a byte pair outside GB2312');
      out.pair(byte, trail);
      i += 2;
      continue;
    }
    out.ascii(byte);
    i++;
  }
  return { ok: true, text: out.text(), doubleByteCharacters: out.doubleByteCharacters };
}

/**
 * ISO-2022-CN (RFC 1922) and ISO-2022-KR (RFC 1557): `ESC $ ) X` designates the double-byte set
 * that SO shifts to and SI shifts back from. Only GB2312 (`A`) and KS X 1001 (`C`) are decoded;
 * CNS 11643 (`G`, planes 3–7, SS2/SS3) and ISO-IR-165 are refused with their names. A newline
 * returns to ASCII and, in ISO-2022-CN, forgets the designation.
 */
function decodeShiftedIso2022(
  bytes: Uint8Array,
  encoding: 'iso-2022-cn' | 'iso-2022-kr',
): EscapeDecode {
  const name = encoding.toUpperCase();
  const korean = encoding === 'iso-2022-kr';
  const out = new ShiftedText(korean ? 'euc-kr' : 'gb18030');
  let designated = false;
  let shifted = false;
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    if (byte >= 0x80) return invalid(name, i, 'a byte above 0x7F');
    if (byte === ESC) {
      const tail = String.fromCharCode(...bytes.subarray(i + 1, i + 4));
      if (tail === (korean ? '$)C' : '$)A')) {
        designated = true;
        i += 4;
        continue;
      }
      const unsupported = unsupportedSet(tail);
      if (unsupported) {
        return {
          ok: false,
          unsupported: true,
          message: `the file is ${name} with ${unsupported} characters (at byte offset ${i}), which Gleaner cannot decode; convert it to UTF-8 first`,
        };
      }
      return invalid(name, i, 'an unknown escape sequence');
    }
    if (byte === SO) {
      if (!designated) return invalid(name, i, 'a shift-out before any character set');
      shifted = true;
      i++;
      continue;
    }
    if (byte === SI) {
      shifted = false;
      i++;
      continue;
    }
    if (isNewline(byte)) {
      shifted = false;
      if (!korean) designated = false;
      out.ascii(byte);
      i++;
      continue;
    }
    if (!shifted) {
      out.ascii(byte);
      i++;
      continue;
    }
    const trail = bytes[i + 1];
    const lead = korean ? byte >= 0x21 && byte <= 0x7d : isGb2312Lead(byte);
    if (!lead || trail === undefined || !isTrail(trail))
      return invalid(name, i, `a byte pair outside ${korean ? 'KS X 1001' : 'GB2312'}`);
    out.pair(byte, trail);
    i += 2;
  }
  return { ok: true, text: out.text() };
}

function unsupportedSet(tail: string): string | null {
  if (tail === '$)G' || tail.startsWith('$*H') || /^\$\+[I-M]/.test(tail)) return 'CNS 11643';
  if (tail === '$)E') return 'ISO-IR-165';
  if (tail.startsWith('N') || tail.startsWith('O')) return 'CNS 11643 (single shift)';
  return null;
}
