import { describe, expect, it } from 'vitest';
import type { Handlers } from './contract';
import { dispatch } from './dispatch';
import { methodNames } from './method-names';
import { isWellFormedText } from './well-formed-text';

/** Handlers that record every call: a refused input must never reach one. */
function recordingHandlers(calls: string[]): Handlers {
  return Object.fromEntries(
    methodNames.map((name) => [
      name,
      () => {
        calls.push(name);
        throw new Error('not reached in this test');
      },
    ]),
  ) as unknown as Handlers;
}

describe('typed text with a lone surrogate', () => {
  it('tells well-formed text from text with half a character', () => {
    expect(isWellFormedText('𠀀 医院 😀')).toBe(true);
    expect(isWellFormedText('\ud800x')).toBe(false);
    expect(isWellFormedText('x\udc00')).toBe(false);
    expect(isWellFormedText('\ud83d')).toBe(false);
  });

  it.each([
    ['values.edit', { valueId: 1, revision: 1, text: '\ud800x' }, 'text'],
    ['values.add', { articleId: 1, fieldKey: 'honors', text: '三甲\udc00' }, 'text'],
    ['comments.add', { articleId: 1, body: '好\ud800' }, 'body'],
  ] as const)(
    '%s refuses it before any handler runs, naming the field',
    async (method, input, field) => {
      const calls: string[] = [];
      const answer = await dispatch(recordingHandlers(calls), method, input, { client: null });
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(answer.error.code).toBe('invalid-input');
      expect(answer.error.message).toContain(`${field}: contains a broken character`);
      expect(calls).toEqual([]);
    },
  );
});
