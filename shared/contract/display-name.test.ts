import { describe, expect, it } from 'vitest';
import type { Handlers } from './contract';
import { dispatch } from './dispatch';

const reached = 'reached its handler';
const handlers = new Proxy({} as Handlers, {
  get: () => () => {
    throw new Error(reached);
  },
});

async function keyOf(method: 'profiles.create' | 'searches.save', name: string) {
  const input =
    method === 'profiles.create' ? { name, role: 'admin' } : { name, filter: { query: '医院' } };
  const answer = await dispatch(handlers, method, input, { client: 'window:1' });
  if (answer.ok) return 'accepted';
  return answer.error.message === reached ? reached : answer.error.key;
}

// Found by the attack pass (docs/security.md): a profile named "\u202Enimda" showed as "admin"
// in the audit log and the sign-in list, "王\u200B芳" as a second 王芳, and a name with a lone
// surrogate was stored as "\uFFFD" (another name than the one created).
describe('names people read (profiles, saved searches)', () => {
  it.each([
    ['a right-to-left override', '\u202enimda'],
    ['a zero-width space', '王\u200b芳'],
    ['a left-to-right mark', '李明\u200e'],
    ['a NUL', 'a\u0000b'],
    ['a newline', '王芳\n(admin)'],
    ['a C1 control', 'x\u0085y'],
    ['a lone surrogate', '\ud800x'],
  ])('refuse %s', async (_what, name) => {
    expect(await keyOf('profiles.create', name)).toBe('input-invalid');
    expect(await keyOf('searches.save', name)).toBe('input-invalid');
  });

  it('accept Chinese, 4-byte characters and emoji sequences', async () => {
    expect(await keyOf('profiles.create', '𠀀王芳 👩‍💻')).toBe(reached);
    expect(await keyOf('searches.save', '𠀀 医院 👨‍👩‍👧')).toBe(reached);
  });
});
