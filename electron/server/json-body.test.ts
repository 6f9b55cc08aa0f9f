import { describe, expect, it } from 'vitest';
import { maxJsonDepth, nestingExceeds, parseJsonBody } from './json-body';
import { cpuMillisecondsOf } from '../../shared/testing/cpu-time';

const body = (text: string) => parseJsonBody(Buffer.from(text, 'utf8'));

describe('parseJsonBody', () => {
  it('parses JSON, and an empty body as {}', () => {
    expect(body('{"id":7,"name":"医院"}')).toEqual({ ok: true, value: { id: 7, name: '医院' } });
    expect(body('')).toEqual({ ok: true, value: {} });
    expect(body('  \n')).toEqual({ ok: true, value: {} });
  });

  it('refuses invalid JSON, saying why', () => {
    expect(body('{not json')).toEqual({ ok: false, problem: 'not-json' });
  });

  it(`accepts ${maxJsonDepth} levels and refuses one more, before parsing`, () => {
    const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
    expect(body(nested(maxJsonDepth)).ok).toBe(true);
    expect(body(nested(maxJsonDepth + 1))).toEqual({ ok: false, problem: 'too-deep' });
    // Unclosed, so JSON.parse would fail anyway; the depth is what is reported, at once.
    let answer: ReturnType<typeof body> = { ok: true } as ReturnType<typeof body>;
    const cpu = cpuMillisecondsOf(() => {
      answer = body('{"a":'.repeat(1_000_000));
    });
    expect(answer).toMatchObject({ ok: false });
    expect(cpu).toBeLessThan(500);
  });
});

describe('nestingExceeds', () => {
  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ s: '[[[[{{{{"\\[[[' });
    expect(nestingExceeds(text, 1)).toBe(false);
    expect(nestingExceeds('{"a":{"b":1}}', 1)).toBe(true);
    expect(nestingExceeds('["\\\\",[[1]]]', 2)).toBe(true);
    expect(nestingExceeds('["\\\\",[[1]]]', 3)).toBe(false);
  });
});
