import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appRoot, bundledSeedsDir } from '../app-root';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { Project } from '../services/project';
import { exited } from '../test-support/interrupted-import';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-server-kill-');

/** Starts browser mode in a child process; resolves with it and its address once it serves. */
function startServer(
  project: string,
  staticDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(appRoot, 'electron', 'test-support', 'killable-server.ts'),
      project,
      staticDir,
    ],
    { cwd: appRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
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

interface Acknowledged {
  revision: number;
  state: string;
}

/**
 * Sets value states over HTTP, one writer per share of the values, each write naming the
 * revision the last answer gave; records every write the server acknowledged, until told to stop
 * or the server is gone.
 */
async function writeUntilStopped(
  url: string,
  values: Map<number, number>,
  writers: number,
  acknowledged: Map<number, Acknowledged>,
  counted: { writes: number },
  stopped: () => boolean,
): Promise<void> {
  const ids = [...values.keys()];
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      const mine = ids.filter((_, i) => i % writers === w);
      for (let round = 0; !stopped(); round++) {
        const valueId = mine[round % mine.length]!;
        // Each pass over the values flips them: every write changes the value.
        const state = Math.floor(round / mine.length) % 2 === 0 ? 'accepted' : 'rejected';
        let answer: { ok: boolean; value?: { revision: number; state: string } };
        try {
          const response = await fetch(`${url}api/values.setState`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ valueId, state, revision: values.get(valueId) }),
          });
          answer = (await response.json()) as typeof answer;
        } catch {
          return; // killed: this write was never acknowledged
        }
        expect(answer.ok, JSON.stringify(answer)).toBe(true);
        values.set(valueId, answer.value!.revision);
        counted.writes++;
        acknowledged.set(valueId, { revision: answer.value!.revision, state: answer.value!.state });
      }
    }),
  );
}

describe('browser mode killed with SIGKILL', () => {
  it(
    'loses no acknowledged edit and leaves a sound file with a whole audit chain',
    { timeout: 180_000 },
    async () => {
      const dir = tempDir();
      const file = path.join(dir, 'p.gleaner');
      const staticDir = path.join(dir, 'renderer');
      fs.mkdirSync(staticDir);
      fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gleaner</title>');
      const seeded = Project.open(file, { seedsDir: bundledSeedsDir });
      const revisions = new Map(
        (
          seeded.db.prepare('SELECT id, revision FROM field_values').all() as {
            id: number;
            revision: number;
          }[]
        ).map((v) => [v.id, v.revision]),
      );
      seeded.close();
      expect(revisions.size).toBeGreaterThan(50);

      const acknowledged = new Map<number, Acknowledged>();
      const counted = { writes: 0 };
      for (let kill = 0; kill < 3; kill++) {
        const { child, url } = await startServer(file, staticDir);
        let stop = false;
        const writing = writeUntilStopped(url, revisions, 4, acknowledged, counted, () => stop);
        // Killed in the middle of writing, at a moment that differs from run to run.
        await new Promise((r) => setTimeout(r, 700 + Math.random() * 800));
        child.kill('SIGKILL');
        await exited(child);
        stop = true;
        await writing;

        const db = new Database(file);
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(verifyAuditChain(db).broken).toBeNull();
        const stored = new Map(
          (
            db.prepare('SELECT id, state, revision FROM field_values').all() as {
              id: number;
              state: string;
              revision: number;
            }[]
          ).map((v) => [v.id, v]),
        );
        db.close();
        for (const [valueId, ack] of acknowledged) {
          const now = stored.get(valueId)!;
          // A write in flight when the server died may have been saved unacknowledged: then the
          // revision is further on. It is never behind what the server acknowledged.
          expect(now.revision, `value ${valueId}`).toBeGreaterThanOrEqual(ack.revision);
          if (now.revision === ack.revision) expect(now.state, `value ${valueId}`).toBe(ack.state);
        }
        // The next run writes against what the file holds, acknowledged or not.
        for (const [id, v] of stored) revisions.set(id, v.revision);
      }
      // Enough acknowledged writes, on enough values, for the check to mean something.
      expect(counted.writes).toBeGreaterThan(100);
      expect(acknowledged.size).toBeGreaterThan(20);
    },
  );
});
