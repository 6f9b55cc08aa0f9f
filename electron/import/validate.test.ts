import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listImportFiles } from './sources';
import type { ImportFile } from './types';
import { checkFileSize, isDecodedFile, readAndDecodeFile } from './validate';
import { seedPage } from './test-fixtures';

let root: string;
beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gleaner-validate-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function fileOf(name: string, content: Uint8Array | string): Promise<ImportFile> {
  await fs.writeFile(path.join(root, name), content);
  const { files } = await listImportFiles([path.join(root, name)]);
  return files[0]!;
}

describe('checkFileSize', () => {
  it('accepts files up to the limit and names size and limit above it', () => {
    expect(checkFileSize(20 * 1024 * 1024)).toBeNull();
    const result = checkFileSize(25 * 1024 * 1024);
    expect(result).toEqual({ reason: 'too-large', message: expect.stringContaining('25 MB') });
    expect(result?.message).toContain('20 MB');
    expect(checkFileSize(1500, 1024)?.message).toBe('the file is 1.5 KB, over the 1 KB limit');
  });
});

describe('readAndDecodeFile', () => {
  const page = seedPage();

  it('decodes a GBK text file and keeps the original bytes', async () => {
    const bytes = iconv.encode(page, 'gbk');
    const result = await readAndDecodeFile(await fileOf('文章 1.txt', bytes), {
      maxBytes: 1 << 20,
    });
    if (!isDecodedFile(result)) throw new Error(result.message);
    expect(result.text).toBe(page);
    expect(result.encoding).toBe('gb18030');
    expect(Buffer.compare(result.bytes, bytes)).toBe(0);
  });

  it('extracts the visible text and title of an HTML file in its declared encoding', async () => {
    const html =
      '<html><head><meta charset="gbk"><title>新闻</title></head><body><p>你好</p><p>世界</p></body></html>';
    const result = await readAndDecodeFile(await fileOf('page.html', iconv.encode(html, 'gbk')), {
      maxBytes: 1 << 20,
    });
    expect(result).toMatchObject({ text: '你好\n世界', title: '新闻', encoding: 'gb18030' });
  });

  it('re-decodes with a forced encoding', async () => {
    const file = await fileOf('latin.txt', iconv.encode('café crème', 'latin1'));
    const result = await readAndDecodeFile(file, {
      maxBytes: 1 << 20,
      forceEncoding: 'windows-1252',
    });
    expect(result).toMatchObject({ text: 'café crème', encoding: 'windows-1252', confidence: 1 });
  });

  it.each([
    [
      'binary',
      'image.txt',
      Uint8Array.of(
        0x89,
        0x50,
        0x4e,
        0x47,
        0x0d,
        0x0a,
        0x1a,
        0x0a,
        0,
        0,
        0,
        13,
        73,
        72,
        68,
        82,
        0,
        0,
        1,
      ),
    ],
    ['empty', '空.txt', new Uint8Array()],
    ['undecodable', 'cut.md', new TextEncoder().encode('半截的文字').subarray(0, 14)],
  ])('skips a %s file with a message naming it', async (reason, name, bytes) => {
    const result = await readAndDecodeFile(await fileOf(name, bytes), { maxBytes: 1 << 20 });
    expect(result).toMatchObject({ reason, name });
    expect(isDecodedFile(result)).toBe(false);
    expect('message' in result && result.message.startsWith(`${name}: `)).toBe(true);
  });

  it('skips an oversized file without reading it', async () => {
    const file = await fileOf('big.txt', 'x'.repeat(2048));
    const result = await readAndDecodeFile(file, { maxBytes: 1024 });
    expect(result).toMatchObject({ reason: 'too-large', name: 'big.txt' });
    expect('message' in result && result.message).toBe(
      'big.txt: the file is 2 KB, over the 1 KB limit',
    );
  });

  it.each([
    ['blank.txt', ' \r\n\t\u3000\u00a0\n', 'the file holds only white space'],
    ['marks.md', '\ufeff\u200b\u202e\u2028\u2029\r\r', 'the file holds only white space'],
    [
      'frames.html',
      '<html><frameset><frame src="a.html"></frameset></html>',
      'the page has no visible text',
    ],
    ['markup.htm', '<p> </p><div>&nbsp;</div><img src="x.png">', 'the page has no visible text'],
  ])(
    'skips %s, which has nothing to read, instead of storing a blank article',
    async (name, content, why) => {
      const result = await readAndDecodeFile(await fileOf(name, content), { maxBytes: 1 << 20 });
      expect(result).toMatchObject({ reason: 'empty', name, message: `${name}: ${why}` });
    },
  );

  it('keeps a text whose only letters follow invisible marks', async () => {
    const result = await readAndDecodeFile(await fileOf('rtl.txt', '\u202e\u200b 医院\n'), {
      maxBytes: 1 << 20,
    });
    expect(result).toMatchObject({ text: '\u202e\u200b 医院\n' });
  });

  it('reports a file deleted after listing', async () => {
    const file = await fileOf('gone.txt', 'x');
    await fs.rm(file.path);
    expect(await readAndDecodeFile(file, { maxBytes: 1024 })).toMatchObject({
      reason: 'not-found',
    });
  });

  it('reports an unknown forced encoding', async () => {
    const file = await fileOf('a.txt', 'abc');
    const result = await readAndDecodeFile(file, { maxBytes: 1024, forceEncoding: 'no-such' });
    expect(result).toMatchObject({
      reason: 'unknown-encoding',
      message: expect.stringMatching(
        /^a\.txt: unknown encoding "no-such" \(use a name such as utf-8/,
      ),
    });
  });
});
