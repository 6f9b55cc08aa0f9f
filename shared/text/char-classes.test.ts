import { describe, expect, it } from 'vitest';
import { isRegExpSpace } from './char-classes';

describe('isRegExpSpace', () => {
  it('answers as /\\s/u for every UTF-16 unit', () => {
    const differing: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (isRegExpSpace(unit) !== /\s/u.test(String.fromCharCode(unit))) differing.push(unit);
    }
    expect(differing).toEqual([]);
  });
});
