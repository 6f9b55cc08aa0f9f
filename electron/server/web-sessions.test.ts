import { describe, expect, it } from 'vitest';
import type { ApiEnvelope } from '../../shared/contract/errors';
import { sessionHeader } from '../../shared/contract/session-header';
import { bundledSeedsDir } from '../app-root';
import { useTestServer } from '../test-support/test-server';

const startServer = useTestServer('gleaner-web-sessions-');
const start = () => startServer({ seedsDir: bundledSeedsDir });

/** A browser tab: every call carries the tab's session id, as renderer/api/client.ts sends it. */
function tab(url: string, sessionId: string | undefined) {
  return async <T = unknown>(method: string, input: unknown = {}): Promise<ApiEnvelope<T>> => {
    const response = await fetch(`${url}api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(sessionId === undefined ? {} : { [sessionHeader]: sessionId }),
      },
      body: JSON.stringify(input),
    });
    return (await response.json()) as ApiEnvelope<T>;
  };
}

function valueOf<T>(envelope: ApiEnvelope<T>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

/** A curator with a passphrase, created by the admin's tab. */
async function createCurator(
  admin: ReturnType<typeof tab>,
  name: string,
  passphrase: string,
): Promise<{ id: number }> {
  return valueOf(
    await admin<{ id: number }>('profiles.create', { name, role: 'curator', passphrase }),
  );
}

describe('sessions in browser mode', () => {
  it('records two tabs acting at the same time under their own names', async () => {
    const { url, project } = await start();
    const admin = tab(url, 'admin-tab-0123456789abcdef');
    // The first tab of a project with one passphrase-free profile is signed in as it.
    expect(valueOf(await admin<{ profile: { name: string } }>('session.get')).profile.name).toBe(
      'local',
    );
    const wang = await createCurator(admin, '王芳', 'wang-pass');
    const li = await createCurator(admin, '李明', 'li-pass');
    const tabA = tab(url, 'tab-a-0123456789abcdef');
    const tabB = tab(url, 'tab-b-0123456789abcdef');
    // Now that there are three profiles, a new tab starts signed out.
    expect(valueOf(await tabA<{ profile: unknown }>('session.get')).profile).toBeNull();
    valueOf(await tabA('session.signIn', { profileId: wang.id, passphrase: 'wang-pass' }));
    valueOf(await tabB('session.signIn', { profileId: li.id, passphrase: 'li-pass' }));

    // Each tab accepts the values of its own articles, interleaved, all in flight at once.
    const values = project.db
      .prepare(
        'SELECT v.id, v.revision, v.article_id AS articleId FROM field_values v ORDER BY v.id',
      )
      .all() as { id: number; revision: number; articleId: number }[];
    const articles = [...new Set(values.map((v) => v.articleId))];
    const owner = (articleId: number) => (articles.indexOf(articleId) % 2 === 0 ? 'A' : 'B');
    const results = await Promise.all(
      values.map((v) =>
        (owner(v.articleId) === 'A' ? tabA : tabB)('values.setState', {
          valueId: v.id,
          state: 'accepted',
          revision: v.revision,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(values.length).toBeGreaterThan(20);
    const actors = project.db
      .prepare(
        "SELECT entity_id AS id, actor FROM audit WHERE entity = 'value' AND action = 'set-state'",
      )
      .all() as { id: number; actor: string }[];
    const byValue = new Map(actors.map((a) => [a.id, a.actor]));
    for (const v of values) {
      expect(byValue.get(v.id)).toBe(owner(v.articleId) === 'A' ? '王芳' : '李明');
    }

    // Signing out in tab A leaves tab B signed in, and tab A can change nothing any more.
    valueOf(await tabA('session.signOut'));
    expect(valueOf(await tabB<{ profile: { name: string } }>('session.get')).profile.name).toBe(
      '李明',
    );
    const refused = await tabA('backups.create');
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives a call without a session id, or with a malformed one, a session of its own that cannot stay signed in', async () => {
    const { url } = await start();
    const admin = tab(url, 'admin-tab-0123456789abcdef');
    const wang = valueOf(
      await admin<{ id: number }>('profiles.create', { name: '王芳', role: 'curator' }),
    );
    for (const anonymous of [
      tab(url, undefined),
      tab(url, 'short'),
      tab(url, 'x y z '.repeat(5)),
    ]) {
      valueOf(await anonymous('session.signIn', { profileId: wang.id }));
      expect(valueOf(await anonymous<{ profile: unknown }>('session.get')).profile).toBeNull();
      expect(await anonymous('schema.update', { schema: {} })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    }
  });

  it('makes passphrase guessing over HTTP wait after a few wrong tries', async () => {
    const { url } = await start();
    const admin = tab(url, 'admin-tab-0123456789abcdef');
    const wang = await createCurator(admin, '王芳', 'wang-pass');
    const guesser = tab(url, 'guesser-0123456789abcdef');
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const answer = await guesser('session.signIn', { profileId: wang.id, passphrase: `g${i}xx` });
      messages.push(answer.ok ? 'signed in' : answer.error.message);
    }
    expect(messages.at(-1)).toMatch(/^Too many wrong passphrases for 王芳: wait \d+ s/);
    // Even the right passphrase waits, from another tab too: the wait is the profile's.
    const other = await tab(url, 'other-tab-0123456789abcdef')('session.signIn', {
      profileId: wang.id,
      passphrase: 'wang-pass',
    });
    expect(other).toMatchObject({ ok: false, error: { message: expect.stringContaining('wait') } });
  });
});
