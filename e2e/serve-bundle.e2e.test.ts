import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot } from '../electron/app-root';
import { freshCliBundle } from '../bin/cli-bundle.mjs';
import { useTempDir } from '../electron/test-support/temp-dir';

const tempDir = useTempDir('gleaner-serve-bundle-');
const fresh = freshCliBundle;

interface Answer {
  ok: boolean;
  value?: unknown;
  error?: { message: string };
}
interface Job {
  id: string;
  status: string;
}

// `npm test` builds the bundle (build:electron) and the renderer `serve` serves before these
// tests, so on CI this runs the bundle a user's `gleaner` runs.
const bundle = fresh(appRoot);

it('finds the command line bundle fresh where npm test built it', () => {
  // CI runs `npm test`, which builds it just before; a developer's edited checkout may not.
  if (process.env.CI) expect(bundle).not.toBeNull();
});

describe.runIf(bundle !== null)('gleaner serve from the bundle', () => {
  it('imports files through the bundled workers and answers like the sources', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    const env = { ...process.env, HOME: dir, XDG_CONFIG_HOME: dir };
    const init = spawnSync(
      process.execPath,
      [path.join(appRoot, 'bin', 'gleaner.mjs'), 'check', '--project', project],
      { env, encoding: 'utf8' },
    );
    expect(init.stderr).toMatch(/no project file/i);
    // A new project: `serve` creates it (with the seeds) when the file is not there yet.
    const child = spawn(
      process.execPath,
      [path.join(appRoot, 'bin', 'gleaner.mjs'), 'serve', '--project', project, '--port', '0'],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const found = /Open (http:\/\/\S+) in your browser/.exec(out);
          if (found) resolve(found[1]!);
        });
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
      });
      const call = async (method: string, input: unknown): Promise<Answer> => {
        const response = await fetch(`${url}api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await response.json()) as Answer;
      };
      const folder = path.join(dir, 'in');
      fs.mkdirSync(folder);
      // Articles of our own, unlike the seeds a new project starts with (they would be duplicates).
      for (let n = 1; n <= 3; n++) {
        fs.writeFileSync(
          path.join(folder, `article-${n}.txt`),
          `示例县第${n}人民医院新住院楼启用\n本报讯（记者 周明远）示例县第${n}人民医院新住院楼昨日启用，总投资${n}亿元，新增床位${n}00张。\n`,
        );
      }
      const started = await call('import.start', { paths: [folder] });
      expect(started.ok, JSON.stringify(started.error)).toBe(true);
      let job = started.value as Job;
      for (let wait = 0; job.status === 'running' && wait < 600; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        job = (await call('jobs.get', { id: job.id })).value as Job;
      }
      expect(job.status, JSON.stringify(job)).toBe('done');
      // The bundled import worker stored them and the bundled extraction suggested their values.
      const list = await call('articles.list', { limit: 50 });
      expect(list.ok, JSON.stringify(list.error)).toBe(true);
      const titles = JSON.stringify(list.value);
      for (let n = 1; n <= 3; n++) expect(titles).toContain(`示例县第${n}人民医院新住院楼启用`);
    } finally {
      child.kill('SIGTERM');
    }
  }, 120_000);
});
