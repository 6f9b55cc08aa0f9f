import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { appRoot, bundledSeedsDir } from '../app-root';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { Project } from '../services/project';
import { exited } from './interrupted-import';

// Browser mode killed with SIGKILL while writers change values over HTTP, for the crash test
// (electron/server/server-kill.test.ts) and its long version (npm run stress:server-kill).

/** A value's state and revision as the server acknowledged it last. */
export interface Acknowledged {
  revision: number;
  state: string;
}

/** What the writers know: each value's revision, and every acknowledged write. */
export interface KillRun {
  project: string;
  staticDir: string;
  revisions: Map<number, number>;
  acknowledged: Map<number, Acknowledged>;
  writes: number;
}

/** A seeded project (its suggested values are what the writers change) and a page to serve. */
export function prepareKillRun(dir: string): KillRun {
  const project = path.join(dir, 'p.gleaner');
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gleaner</title>');
  const seeded = Project.open(project, { seedsDir: bundledSeedsDir });
  const rows = seeded.db.prepare('SELECT id, revision FROM field_values').all() as {
    id: number;
    revision: number;
  }[];
  seeded.close();
  return {
    project,
    staticDir,
    revisions: new Map(rows.map((v) => [v.id, v.revision])),
    acknowledged: new Map(),
    writes: 0,
  };
}

/** Starts browser mode in a child process; resolves with it and its address once it serves. */
export function startKillableServer(run: KillRun): Promise<{ child: ChildProcess; url: string }> {
  const entry = path.join(appRoot, 'electron', 'test-support', 'killable-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', entry, run.project, run.staticDir], {
    cwd: appRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /^(http:\/\/\S+)\n/m.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before serving: ${err}`)),
    );
  });
}

/**
 * Sets value states over HTTP, one writer per share of the values, each write naming the
 * revision the last answer gave and flipping the value's state; records every write the server
 * acknowledged, until `stopped()` or the server is gone. A refused write is an error: nothing
 * else writes to the project.
 */
export async function writeUntilStopped(
  url: string,
  run: KillRun,
  writers: number,
  stopped: () => boolean,
): Promise<void> {
  const ids = [...run.revisions.keys()];
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const mine = ids.filter((_, i) => i % writers === w);
      for (let round = 0; !stopped(); round++) {
        const valueId = mine[round % mine.length]!;
        // Each pass over the values flips them: every write changes the value.
        const state = Math.floor(round / mine.length) % 2 === 0 ? 'accepted' : 'rejected';
        let answer: { ok: boolean; value?: Acknowledged; error?: { message: string } };
        try {
          const response = await fetch(`${url}api/values.setState`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ valueId, state, revision: run.revisions.get(valueId) }),
          });
          answer = (await response.json()) as typeof answer;
        } catch {
          return; // killed: this write was never acknowledged
        }
        if (!answer.ok) throw new Error(`value ${valueId} refused: ${answer.error?.message}`);
        run.revisions.set(valueId, answer.value!.revision);
        run.acknowledged.set(valueId, answer.value!);
        run.writes++;
      }
    }),
  );
}

/** Starts the server, writes for `killAfterMs`, kills it with SIGKILL and waits for the writers. */
export async function writeThenKill(run: KillRun, writers: number, killAfterMs: number) {
  const { child, url } = await startKillableServer(run);
  let stop = false;
  const writing = writeUntilStopped(url, run, writers, () => stop);
  await new Promise((r) => setTimeout(r, killAfterMs));
  child.kill('SIGKILL');
  await exited(child);
  stop = true;
  await writing;
}

/**
 * What is wrong with the file after a kill (nothing, when all is well): SQLite's integrity, the
 * audit chain, and every acknowledged write. A write in flight when the server died may have
 * been saved unacknowledged (the revision is further on); a value is never behind what the
 * server acknowledged. Then the writers go on from what the file holds.
 */
export function problemsAfterKill(run: KillRun): string[] {
  const db = new Database(run.project);
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const chain = verifyAuditChain(db).broken;
    if (chain) problems.push(`audit chain: ${chain.message}`);
    const stored = db.prepare('SELECT id, state, revision FROM field_values').all() as {
      id: number;
      state: string;
      revision: number;
    }[];
    const byId = new Map(stored.map((v) => [v.id, v]));
    for (const [valueId, ack] of run.acknowledged) {
      const now = byId.get(valueId);
      if (!now) problems.push(`value ${valueId} is gone`);
      else if (
        now.revision < ack.revision ||
        (now.revision === ack.revision && now.state !== ack.state)
      )
        problems.push(
          `value ${valueId}: acknowledged ${ack.state} at revision ${ack.revision}, stored ${now.state} at ${now.revision}`,
        );
    }
    for (const v of stored) run.revisions.set(v.id, v.revision);
    return problems;
  } finally {
    db.close();
  }
}
