import { describe, expect, it } from 'vitest';
import { printable } from './printable';

describe('printable', () => {
  it('escapes line breaks, tabs and terminal escape sequences', () => {
    expect(printable('a\nb.txt')).toBe('a\\nb.txt');
    expect(printable('a\r\nb\tc')).toBe('a\\r\\nb\\tc');
    expect(printable('\u001b[31mred.txt')).toBe('\\u001b[31mred.txt');
    expect(printable('nul\u0000.txt del\u007f c1\u0085')).toBe(
      'nul\\u0000.txt del\\u007f c1\\u0085',
    );
  });

  it('escapes Unicode line separators and bidirectional overrides', () => {
    expect(printable('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
    expect(printable('invoice\u202Etxt.exe')).toBe('invoice\\u202etxt.exe');
    expect(printable('x\u2066y\u2069')).toBe('x\\u2066y\\u2069');
  });

  it('leaves ordinary names alone: Chinese, emoji, spaces, backslashes', () => {
    for (const name of ['中文 文章.txt', '😀 emoji.md', 'C:\\Users\\新闻.txt', '-rf.txt', '𠀀']) {
      expect(printable(name)).toBe(name);
    }
  });
});
