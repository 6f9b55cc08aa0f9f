import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { checkProjectFile } from '../services/check-project-file';
import {
  apiAttacks,
  attackSession,
  runAttacks,
  signedInSession,
} from '../test-support/api-attacks';
import { addPeople } from '../test-support/people';
import { useTestServer } from '../test-support/test-server';

const start = useTestServer('gleaner-api-attacks-');

/** Every attack on identity, and every `stride`-th hostile body (the stress run sends them all). */
const stride = 4;

describe('browser mode under API attacks', () => {
  it(
    'answers every hostile call with a keyed error or a result, lets no wrong caller change anything, and keeps serving',
    { timeout: 120_000 },
    async () => {
      const { url, project, dir } = await start({ seedsDir: bundledSeedsDir });
      addPeople(project.db);
      const idOf = (name: string) =>
        (project.db.prepare('SELECT id FROM profiles WHERE name = ?').get(name) as { id: number })
          .id;
      const sessions = {
        admin: await signedInSession(url, attackSession('admin'), idOf('李明'), 'admin-pass'),
        curator: await signedInSession(url, attackSession('curator'), idOf('王芳'), 'curator-pass'),
      };
      const sandbox = path.join(dir, 'sandbox');
      fs.mkdirSync(sandbox);
      const attacks = apiAttacks({ sessions, sandbox, huge: false }).filter(
        (attack, index) => attack.kind !== 'hostile-input' || index % stride === 0,
      );
      const tally = await runAttacks(url, attacks, { parallel: 4, timeoutMs: 30_000 });

      expect(tally.problems).toEqual([]);
      for (const kind of [
        'hostile-input',
        'no-session',
        'forged-session',
        'wrong-role',
        'cross-origin',
      ] as const)
        expect(tally.sent.get(kind), kind).toBeGreaterThan(10);
      // A relative path is refused: nothing landed in the working folder or beside it.
      expect(fs.existsSync(path.join(process.cwd(), '..', 'relative-escape'))).toBe(false);
      expect(fs.existsSync(path.join(process.cwd(), 'relative-escape'))).toBe(false);
      const info = await fetch(`${url}api/project.info`, { method: 'POST', body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true });
      expect(checkProjectFile(path.join(dir, 'p.gleaner')).problems).toEqual([]);
    },
  );
});
