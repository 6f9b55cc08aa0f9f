import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectionSample, WHOLE_FILE_SAMPLE_BYTES } from './detection-sample';

const ascii = (length: number): string =>
  'abc def, 123.\n'.repeat(Math.ceil(length / 14)).slice(0, length);

describe('detectionSample', () => {
  it('is all of a small file from just before its first non-ASCII byte', () => {
    const bytes = iconv.encode(`${ascii(200)}中文${ascii(1000)}`, 'gbk');
    expect(detectionSample(bytes)).toEqual({ bytes, whole: true });
    const later = iconv.encode(`${ascii(20_000)}中文`, 'gbk');
    const sample = detectionSample(later);
    expect(sample.whole).toBe(true);
    expect(sample.bytes.length).toBeLessThan(300);
    expect(iconv.decode(Buffer.from(sample.bytes), 'gbk').endsWith('中文')).toBe(true);
  });

  it('starts with the first non-ASCII text of a large file, then its middle and end', () => {
    const text = `${ascii(100_000)}开头的中文。\n${ascii(100_000)}中间。\n${ascii(100_000)}结尾。`;
    const bytes = iconv.encode(text, 'gbk');
    const sample = detectionSample(bytes);
    expect(sample.whole).toBe(false);
    expect(sample.bytes.length).toBeLessThanOrEqual(WHOLE_FILE_SAMPLE_BYTES);
    const read = iconv.decode(Buffer.from(sample.bytes), 'gbk');
    expect(read.indexOf('开头的中文')).toBeLessThan(300);
    expect(read.endsWith('结尾。')).toBe(true);
  });

  it('never cuts a character: every window ends on a byte below 0x30', () => {
    // GBK hanzi with no ASCII between them for long stretches, and trail bytes in 0x40–0x7E.
    const text = `${ascii(70_000)}${'乘乙乜九乞也习乡书乩买乱乳'.repeat(3000)}，${'乘乙乜九'.repeat(4000)}`;
    const bytes = iconv.encode(text, 'gbk');
    const read = iconv.decode(Buffer.from(detectionSample(bytes).bytes), 'gbk');
    expect(read).not.toContain('\uFFFD');
    for (const line of read.split('\n')) expect(text).toContain(line);
  });
});
