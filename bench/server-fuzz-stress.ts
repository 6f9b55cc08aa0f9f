// Stress version of the browser-mode server's fuzz and attack tests
// (electron/server/web-server-fuzz.test.ts, electron/server/api-attacks.test.ts), against browser
// mode in a process of its own on a seeded project with three profiles:
//  1. malformed HTTP: many more malformed requests, several connections at a time;
//  2. API attacks: hostile values (wrong types, hostile ids, unicode tricks, paths, 2 MB strings,
//     million-item arrays) in every field of every method as a signed-in admin; every changing
//     method without a session, with a forged one, as a curator where barred, and cross-site.
// Afterwards the server must still serve its page and an API call, and the project must pass
// `gleaner check`. A server that exits is counted as a crash and started again.
//
//   npm run stress:server-fuzz -- [--requests 50000] [--parallel 8] [--seed N] [--no-huge]
//
// Exits 1 on any crash, 5xx, unanswered request, unkeyed error or wrong caller let through.
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { appRoot } from '../electron/app-root';
import { checkProjectFile } from '../electron/services/check-project-file';
import { Project } from '../electron/services/project';
import {
  apiAttacks,
  attackSession,
  runAttacks,
  signedInSession,
  type AttackTally,
} from '../electron/test-support/api-attacks';
import {
  isOwedAnswer,
  requestArbitrary,
  sendRaw,
  statusOf,
  type FuzzRequest,
} from '../electron/test-support/http-fuzz';
import { addPeople } from '../electron/test-support/people';
import { prepareKillRun, startKillableServer } from '../electron/test-support/server-kill';

/** Answers a malformed request may get (417: Node's own, for an unknown Expect header). */
const answers = new Set([200, 400, 403, 404, 405, 408, 413, 417, 431]);
const batchSize = 1_000;

function options(): {
  requests: number;
  parallel: number;
  seed: number;
  huge: boolean;
} {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '50000' },
      parallel: { type: 'string', default: '8' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      'no-huge': { type: 'boolean', default: false },
    },
  });
  const number = (name: 'requests' | 'parallel' | 'seed', max: number): number => {
    const n = Number(values[name].replaceAll('_', ''));
    if (!Number.isInteger(n) || n < 1 || n > max)
      throw new Error(`--${name} must be a whole number from 1 to ${max}, not "${values[name]}"`);
    return n;
  };
  return {
    requests: number('requests', 10_000_000),
    parallel: number('parallel', 64),
    seed: number('seed', 2 ** 31 - 1),
    huge: !values['no-huge'],
  };
}

/** Browser mode in a child process, started again whenever it exits; counts the exits. */
class ServerUnderAttack {
  crashes = 0;
  url = '';
  private child: ChildProcess | null = null;
  private stopping = false;

  constructor(private readonly run: ReturnType<typeof prepareKillRun>) {}

  async start(): Promise<void> {
    const { child, url } = await startKillableServer(this.run);
    this.child = child;
    this.url = url;
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      this.crashes++;
      console.log(`\nthe server exited (${code ?? signal}); starting it again`);
      void this.start();
    });
  }

  stop(): void {
    this.stopping = true;
    this.child?.kill('SIGKILL');
  }
}

/** Phase 1: malformed HTTP requests over raw sockets. */
async function fuzzHttp(
  server: ServerUnderAttack,
  requests: number,
  parallel: number,
  seed: number,
): Promise<{ statuses: Map<string, number>; failures: string[]; seconds: number }> {
  const statuses = new Map<string, number>();
  const failures: string[] = [];
  const started = performance.now();
  let sent = 0;
  for (let batch = 0; sent < requests; batch++) {
    const port = Number(new URL(server.url).port);
    const arbitrary = requestArbitrary(`127.0.0.1:${port}`);
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
    process.stdout.write(
      `\rmalformed HTTP: ${sent} / ${requests} sent, ${failures.length} failures`,
    );
  }
  process.stdout.write('\n');
  return { statuses, failures, seconds: (performance.now() - started) / 1000 };
}

function fiveHundreds(counts: Map<string, number>): number {
  let n = 0;
  for (const [status, count] of counts) if (/^5\d\d$/.test(status)) n += count;
  return n;
}

function printTable(title: string, rows: [string, number][]): void {
  console.log('');
  console.log(`| ${title} | requests |`);
  console.log('| --- | ---: |');
  for (const [name, n] of rows) console.log(`| ${name} | ${n} |`);
}

async function main(): Promise<void> {
  const { requests, parallel, seed, huge } = options();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-server-fuzz-'));
  const run = prepareKillRun(workDir);
  const seeded = Project.open(run.project, { mustExist: true });
  addPeople(seeded.db);
  const idOf = (name: string) =>
    (seeded.db.prepare('SELECT id FROM profiles WHERE name = ?').get(name) as { id: number }).id;
  const admin = idOf('李明');
  const curator = idOf('王芳');
  seeded.close();
  const sandbox = path.join(workDir, 'sandbox');
  fs.mkdirSync(sandbox);
  const server = new ServerUnderAttack(run);
  await server.start();
  try {
    console.log(
      `Attacking ${server.url} (its own process): ${requests} malformed requests, then the API ` +
        `attacks${huge ? ' with 2 MB strings and million-item arrays' : ''}; ${parallel} at a time, seed ${seed}`,
    );
    const http = await fuzzHttp(server, requests, parallel, seed);

    const sessions = { admin: attackSession('admin'), curator: attackSession('curator') };
    const attacks = apiAttacks({ sessions, sandbox, huge });
    await signedInSession(server.url, sessions.admin, admin, 'admin-pass');
    await signedInSession(server.url, sessions.curator, curator, 'curator-pass');
    const apiStarted = performance.now();
    const tally: AttackTally = await runAttacks(server.url, attacks, {
      // Million-item bodies are 7 MB each: fewer at a time keeps the machine responsive.
      parallel: Math.min(parallel, 4),
      timeoutMs: 30_000,
      onProgress: (done) => {
        if (done % 500 === 0 || done === attacks.length)
          process.stdout.write(`API attacks: ${done} / ${attacks.length}\n`);
      },
    });
    const apiSeconds = (performance.now() - apiStarted) / 1000;
    process.stdout.write('\n');

    const page = await fetch(server.url);
    const pageServed =
      page.status === 200 && (await page.text()).includes('<title>Gleaner</title>');
    const info = (await (
      await fetch(`${server.url}api/project.info`, { method: 'POST', body: '{}' })
    ).json()) as { ok: boolean };
    const check = checkProjectFile(run.project);
    // A relative path would land in the server's working folder (the app's root) or beside it.
    const escaped = [
      path.join(appRoot, '..', 'relative-escape'),
      path.join(workDir, '..', 'relative-escape'),
    ].filter((file) => fs.existsSync(file));

    printTable('malformed HTTP: status', [...http.statuses].sort());
    printTable('API attack kind', [...tally.sent].sort());
    printTable('API attack: status', [...tally.answers].sort());
    const total5xx = fiveHundreds(http.statuses) + fiveHundreds(tally.answers);
    const attacksSent = [...tally.sent.values()].reduce((a, b) => a + b, 0);
    console.log('');
    console.log(
      `${requests} malformed requests in ${http.seconds.toFixed(1)} s, ${attacksSent} API attacks ` +
        `in ${apiSeconds.toFixed(1)} s. Crashes: ${server.crashes}. 5xx: ${total5xx}. ` +
        `Malformed-request failures: ${http.failures.length}. API calls sent again after an ` +
        `idle connection was closed under them: ${tally.retried}. API attack problems: ` +
        `${tally.problems.length}. Afterwards the page ${pageServed ? 'is' : 'is NOT'} served, ` +
        `project.info ${info.ok ? 'answers' : 'FAILS'}, gleaner check finds ` +
        `${check.problems.length} problems, ${escaped.length} files were written outside the sandbox.`,
    );
    for (const failure of http.failures.slice(0, 20)) console.log(`failure: ${failure}`);
    for (const problem of tally.problems.slice(0, 40)) console.log(`problem: ${problem}`);
    for (const problem of check.problems.slice(0, 10)) console.log(`check: ${problem}`);
    if (
      server.crashes > 0 ||
      total5xx > 0 ||
      http.failures.length > 0 ||
      tally.problems.length > 0 ||
      !pageServed ||
      !info.ok ||
      check.problems.length > 0 ||
      escaped.length > 0
    )
      process.exitCode = 1;
  } finally {
    server.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
