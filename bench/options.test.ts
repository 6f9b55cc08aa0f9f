import { describe, expect, it } from 'vitest';
import { parseOptions, wholeNumber, wholeNumbers } from './options';

const parse = (argv: string[]) =>
  parseOptions(
    argv,
    { files: 1000, sizes: [0, 100_000] },
    { files: wholeNumber(1), sizes: wholeNumbers(0) },
    '--files N, --sizes 0,100000,…',
  );

describe('parseOptions', () => {
  it('keeps the defaults and reads the flags given, digits grouped with _ or not', () => {
    expect(parse([])).toEqual({ files: 1000, sizes: [0, 100_000] });
    expect(parse(['--sizes', '0,1_000_000', '--files', '30'])).toEqual({
      files: 30,
      sizes: [0, 1_000_000],
    });
  });

  it('refuses an unknown flag with the usage, and a bad value naming its flag', () => {
    expect(() => parse(['--rounds', '3'])).toThrow(
      'Unknown argument --rounds (use --files N, --sizes 0,100000,…)',
    );
    expect(() => parse(['files', '3'])).toThrow('Unknown argument files');
    expect(() => parse(['--files', '0'])).toThrow('--files needs a whole number of at least 1');
    expect(() => parse(['--files', '2.5'])).toThrow('--files needs a whole number');
    expect(() => parse(['--files'])).toThrow(
      '--files needs a whole number of at least 1 (got nothing)',
    );
    expect(() => parse(['--sizes', '0,,5'])).toThrow('--sizes needs a whole number of at least 0');
    expect(() => parse(['--sizes', '-1'])).toThrow('--sizes needs a whole number of at least 0');
  });
});
