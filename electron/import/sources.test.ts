import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importKindOf, listImportFiles } from './sources';

let root: string;

beforeEach(async () => {
  root = await fs.mkdtemp(path.join(os.tmpdir(), 'gleaner-sources-'));
});
afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true });
});

async function write(relative: string, content = 'x'): Promise<string> {
  const full = path.join(root, relative);
  await fs.mkdir(path.dirname(full), { recursive: true });
  await fs.writeFile(full, content);
  return full;
}

const relativeNames = (files: { path: string }[]): string[] =>
  files.map((file) => path.relative(root, file.path));

describe('listImportFiles', () => {
  it('walks a folder tree, keeps known extensions in sorted order, skips hidden entries', async () => {
    await write('b.TXT');
    await write('a/notes.md');
    await write('a/page.HTM');
    await write('a/deep/er/data.jsonl');
    await write('a/deep/table.csv', 'h\nv\n');
    await write('a/readme.markdown');
    await write('a/index.html');
    await write('.hidden.txt');
    await write('.git/config.txt');
    await write('a/.cache/article.txt');
    await write('photo.png');
    await write('script.js');
    await write('no-extension');
    const { files, skipped } = await listImportFiles([root]);
    expect(relativeNames(files)).toEqual([
      'a/deep/er/data.jsonl',
      'a/deep/table.csv',
      'a/index.html',
      'a/notes.md',
      'a/page.HTM',
      'a/readme.markdown',
      'b.TXT',
    ]);
    expect(files.map((file) => file.kind)).toEqual([
      'jsonl',
      'csv',
      'html',
      'markdown',
      'html',
      'markdown',
      'text',
    ]);
    expect(files.find((file) => file.name === 'table.csv')?.size).toBe(4);
    expect(skipped).toEqual([]);
  });

  it('handles odd file names: spaces, Chinese, emoji, leading dashes, newlines', async () => {
    const names = [
      'with space.txt',
      '中文 文章.txt',
      '😀 emoji.md',
      '-rf.txt',
      '--.html',
      'line\nbreak.txt',
    ];
    for (const name of names) await write(name, name);
    const { files, skipped } = await listImportFiles([root]);
    expect(skipped).toEqual([]);
    expect(files.map((file) => file.name).sort()).toEqual([...names].sort());
    for (const file of files) expect(await fs.readFile(file.path, 'utf8')).toBe(file.name);
  });

  it('lists and opens files and folders whose names are not UTF-8, named readably (GB18030, else escaped)', async () => {
    const bytesOf = (...parts: (string | readonly number[])[]): Buffer =>
      Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    const gbkTest = [0xb2, 0xe2, 0xca, 0xd4]; // 测试 in GBK
    const latin1Cafe: [string, number[]] = ['caf', [0xe9]]; // café in Latin-1: not GB18030 either
    const sep = path.sep;
    await fs.writeFile(bytesOf(root, sep, gbkTest, '.txt'), 'gbk name');
    await fs.writeFile(bytesOf(root, sep, ...latin1Cafe, '.md'), 'latin-1 name');
    await fs.mkdir(bytesOf(root, sep, gbkTest));
    await fs.writeFile(bytesOf(root, sep, gbkTest, sep, '内.txt'), 'in a gbk folder');

    const { files, skipped } = await listImportFiles([root]);
    expect(skipped).toEqual([]);
    expect(relativeNames(files)).toEqual(['caf\\xE9.md', '测试.txt', '测试/内.txt']);
    expect(files.map((file) => file.name)).toEqual(['caf\\xE9.md', '测试.txt', '内.txt']);
    // Each opens by its bytes; its readable path opens nothing.
    const contents = await Promise.all(
      files.map((file) => fs.readFile(Buffer.from(file.rawPath!), 'utf8')),
    );
    expect(contents).toEqual(['latin-1 name', 'gbk name', 'in a gbk folder']);
    await expect(fs.readFile(files[1]!.path)).rejects.toThrow(/ENOENT/);
  });

  it('survives a symbolic link loop and imports each file once', async () => {
    const article = await write('tree/sub/article.txt');
    await fs.symlink(path.join(root, 'tree'), path.join(root, 'tree/sub/back-to-top'));
    await fs.symlink(article, path.join(root, 'tree/alias.txt'));
    const { files, skipped } = await listImportFiles([path.join(root, 'tree'), article]);
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('article.txt');
    expect(skipped).toEqual([
      expect.objectContaining({ reason: 'symlink-loop', name: 'back-to-top' }),
    ]);
  });

  it('reports file link loops as skipped, naming each link, whatever its extension', async () => {
    const article = await write('tree/article.txt');
    // In the folder: a.txt -> b.txt -> a.txt, a link to itself, and a loop without an
    // importable extension; picked by hand: a link to itself.
    await fs.symlink('b.txt', path.join(root, 'tree/a.txt'));
    await fs.symlink('a.txt', path.join(root, 'tree/b.txt'));
    await fs.symlink('self.md', path.join(root, 'tree/self.md'));
    await fs.symlink('notes', path.join(root, 'tree/notes'));
    await fs.symlink('picked.txt', path.join(root, 'picked.txt'));
    const { files, skipped } = await listImportFiles([
      path.join(root, 'tree'),
      path.join(root, 'picked.txt'),
    ]);
    expect(files.map((file) => file.path)).toEqual([article]);
    expect(skipped.map(({ name, reason }) => [name, reason])).toEqual([
      ['picked.txt', 'symlink-loop'],
      ['a.txt', 'symlink-loop'],
      ['b.txt', 'symlink-loop'],
      ['notes', 'symlink-loop'],
      ['self.md', 'symlink-loop'],
    ]);
    for (const entry of skipped) {
      expect(entry.message).toMatch(new RegExp(`^${entry.name}: skipped, .*link loop`));
    }
  });

  it('reports files picked by hand that cannot be imported, naming them', async () => {
    const picture = await write('picture.png');
    const hidden = await write('.picked-hidden.txt');
    const { files, skipped } = await listImportFiles([
      picture,
      path.join(root, 'missing.txt'),
      hidden,
    ]);
    expect(relativeNames(files)).toEqual(['.picked-hidden.txt']);
    expect(skipped.map(({ name, reason }) => [name, reason])).toEqual([
      ['missing.txt', 'not-found'],
      ['picture.png', 'unsupported-type'],
    ]);
    for (const entry of skipped) expect(entry.message).toContain(entry.name);
  });

  it('maps extensions case-insensitively and ignores unknown ones', () => {
    expect(importKindOf('A.MarkDown')).toBe('markdown');
    expect(importKindOf('x.Htm')).toBe('html');
    expect(importKindOf('x.txt.bak')).toBeNull();
    expect(importKindOf('txt')).toBeNull();
  });
});
