import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { scanUtf8, type Utf8Scan } from './utf8-scan';

/** What decode.ts concludes from a scan: UTF-8 cut off at the end, or damaged in one spot. */
function verdict(scan: Utf8Scan): { cutTail: boolean; damaged: boolean; at: number } {
  const cutTail = scan.truncatedAtEnd && scan.multiByteSequences > 0;
  const damaged =
    scan.multiByteSequences >= 8 && scan.invalidSequences * 50 <= scan.multiByteSequences;
  return { cutTail, damaged, at: cutTail || damaged ? scan.firstErrorOffset : -1 };
}

/** Bytes that are mostly UTF-8 Chinese, with some GBK runs and stray bytes mixed in. */
const mixedBytes = fc
  .array(
    fc.oneof(
      fc
        .string({ unit: fc.constantFrom('医', '院', '县', 'a', ' ', '\n', '𠀀'), maxLength: 40 })
        .map((text) => Buffer.from(text, 'utf8')),
      fc.constantFrom('医院', '人民').map((text) => iconv.encode(text, 'gbk')),
      fc.uint8Array({ minLength: 1, maxLength: 3 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => new Uint8Array(Buffer.concat(parts)));

describe('scanUtf8', () => {
  it('stopping once the bytes are plainly foreign changes no verdict drawn from the scan', () => {
    fc.assert(
      fc.property(mixedBytes, (bytes) => {
        const whole = scanUtf8(bytes);
        const early = scanUtf8(bytes, { stopWhenForeign: true });
        expect(verdict(early)).toEqual(verdict(whole));
        expect(early.firstErrorOffset).toBe(whole.firstErrorOffset);
        expect(early.valid).toBe(whole.valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('still finds UTF-8 damaged in two spots near its start', () => {
    const rest = Buffer.from('县人民医院召开会议。\n'.repeat(20), 'utf8');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0x41, 0xfe]), rest]));
    const scan = scanUtf8(bytes, { stopWhenForeign: true });
    expect(verdict(scan)).toEqual({ cutTail: false, damaged: true, at: 0 });
    expect(scan).toEqual(scanUtf8(bytes));
  });

  it('stops within the first few hundredths of a GBK page', () => {
    const page = iconv.encode('县人民医院召开会议。\n'.repeat(2000), 'gbk');
    const early = scanUtf8(page, { stopWhenForeign: true });
    expect(early.invalidSequences * 20).toBeLessThan(scanUtf8(page).invalidSequences);
  });
});
