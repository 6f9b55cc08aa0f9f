// Stress version of the browser-mode server's fuzz test (electron/server/web-server-fuzz.test.ts):
// many more malformed requests, several connections at a time, then the server must still serve
// its page and an API call. Loopback only; the loops are bounded by --requests.
//
//   npm run stress:server-fuzz -- [--requests 50000] [--parallel 8] [--seed N]
//
// Exits 1 if any request went unanswered, got a 5xx, or the server stopped serving.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { createHandlers } from '../electron/api/handlers';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { startWebServer } from '../electron/server/web-server';
import { Project } from '../electron/services/project';
import {
  isOwedAnswer,
  requestArbitrary,
  sendRaw,
  statusOf,
  type FuzzRequest,
} from '../electron/test-support/http-fuzz';

/** Answers a malformed request may get (417: Node's own, for an unknown Expect header). */
const answers = new Set([200, 400, 403, 404, 405, 408, 413, 417, 431]);
const batchSize = 1_000;

function options(): { requests: number; parallel: number; seed: number } {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '50000' },
      parallel: { type: 'string', default: '8' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    },
  });
  const number = (name: keyof typeof values, max: number): number => {
    const n = Number(values[name].replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`--${name} must be a whole number from 1 to ${max}, not "${values[name]}"`);
    return n;
  };
  return {
    requests: number('requests', 10_000_000),
    parallel: number('parallel', 64),
    seed: number('seed', 2 ** 31 - 1),
  };
}

async function main(): Promise<void> {
  const { requests, parallel, seed } = options();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-server-fuzz-'));
  const staticDir = path.join(workDir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gleaner</title>');
  const project = Project.open(path.join(workDir, 'fuzz.gleaner'));
  const server = await startWebServer({
    handlers: createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'fuzz',
    }),
    staticDir,
  });
  const port = Number(new URL(server.url).port);
  const arbitrary = requestArbitrary(`127.0.0.1:${port}`);
  const statuses = new Map<string, number>();
  const failures: string[] = [];
  let sent = 0;
  const started = performance.now();
  try {
    console.log(
      `Fuzzing ${server.url} with ${requests} requests, ${parallel} at a time, seed ${seed}`,
    );
    for (let batch = 0; sent < requests; batch++) {
      const count = Math.min(batchSize, requests - sent);
      const queue: FuzzRequest[] = fc.sample(arbitrary, { numRuns: count, seed: seed + batch });
      const worker = async (): Promise<void> => {
        for (let next = queue.pop(); next; next = queue.pop()) {
          const key = await sendRaw(port, next, { timeoutMs: 10_000 }).then(
            ({ response }) => {
              const status = statusOf(response);
              if (!isOwedAnswer(next)) {
                if (response !== '') failures.push(`${next.label} -> answered no request`);
              } else if (status === null || !answers.has(status))
                failures.push(`${next.label} -> ${JSON.stringify(response.slice(0, 200))}`);
              return String(status ?? 'none');
            },
            (error: Error) => {
              failures.push(`${next.label} -> ${error.message}`);
              return 'no answer';
            },
          );
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
      sent += count;
      process.stdout.write(`\r${sent} / ${requests} sent, ${failures.length} failures`);
    }
    process.stdout.write('\n');
    const seconds = (performance.now() - started) / 1000;

    const page = await fetch(server.url);
    const pageServed =
      page.status === 200 && (await page.text()).includes('<title>Gleaner</title>');
    const info = (await (
      await fetch(`${server.url}api/project.info`, { method: 'POST', body: '{}' })
    ).json()) as { ok: boolean };

    console.log('');
    console.log('| status | requests |');
    console.log('| --- | ---: |');
    for (const [status, n] of [...statuses].sort()) console.log(`| ${status} | ${n} |`);
    console.log('');
    console.log(
      `${sent} requests in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)}/s), ` +
        `${failures.length} failures; afterwards the page ${pageServed ? 'is' : 'is NOT'} ` +
        `served and project.info ${info.ok ? 'answers' : 'FAILS'}.`,
    );
    for (const failure of failures.slice(0, 20)) console.log(`failure: ${failure}`);
    if (failures.length > 0 || !pageServed || !info.ok) process.exitCode = 1;
  } finally {
    await server.close();
    project.close();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
