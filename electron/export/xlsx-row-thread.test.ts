import { describe, expect, it } from 'vitest';
import type { CsvCell } from '../../shared/export/csv';
import { inlineRowEncoder, threadRowEncoder } from './xlsx-row-thread';

/** Rows with what the sheet XML has to get right: escapes, controls, 𠀀, long and empty cells. */
const rows: CsvCell[][] = [
  [1, 'a < b & c > d', '"quoted"', null, '', 'after two empty cells'],
  ['tab\there', 'line\r\nbreak', ' lead and trail ', 'bell\u0007gone', '_x0041_ literal'],
  ['𠀀 and 😀', 0.1 + 0.2, -0, 2 ** 53 - 1, '第一人民医院'],
  ['x'.repeat(40_000), `${'y'.repeat(32_700)}𠀀${'z'.repeat(100)}`],
  [],
];

const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('the XLSX row thread', () => {
  it('makes the same bytes as the calling thread, rows numbered from where it is told', async () => {
    const inline = inlineRowEncoder();
    const thread = threadRowEncoder();
    try {
      const [here, there, header] = await Promise.all([
        inline.encode(7, rows, false),
        thread.encode(7, rows, false),
        thread.encode(1, [['id', 'title']], true),
      ]);
      expect(Buffer.compare(Buffer.from(here), Buffer.from(there))).toBe(0);
      const xml = text(there);
      expect(xml.startsWith('<row r="7">')).toBe(true);
      expect(xml).toContain('<row r="11"></row>');
      expect(xml).toContain('a &lt; b &amp; c &gt; d');
      expect(xml).toContain('<c r="F7" t="inlineStr"><is><t xml:space="preserve">after two');
      expect(xml).not.toContain('\u0007');
      expect(xml).toContain('_x005F_x0041_ literal');
      expect(xml).toContain('𠀀 and 😀');
      expect(xml).toContain('…[truncated; full text in the JSONL or Parquet export]');
      expect(text(header)).toBe(
        '<row r="1"><c s="1" t="inlineStr"><is><t>id</t></is></c><c s="1" t="inlineStr"><is><t>title</t></is></c></row>',
      );
    } finally {
      await thread.close();
    }
  });

  it('answers many requests in the order they were asked', async () => {
    const thread = threadRowEncoder();
    try {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => thread.encode(i + 2, [[`row ${i}`]], false)),
      );
      answers.forEach((bytes, i) => expect(text(bytes)).toContain(`<row r="${i + 2}">`));
    } finally {
      await thread.close();
    }
  });

  it('refuses work once closed, with an error that names the row thread', async () => {
    const thread = threadRowEncoder();
    await thread.close();
    await expect(thread.encode(2, [['late']], false)).rejects.toThrow(/XLSX row thread/);
  });
});
