import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { JobRunner } from '../jobs/job-runner';
import { createHandlers } from '../api/handlers';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { startWebServer, type WebServer } from './web-server';

const tempDir = useTempDir();
let server: WebServer | undefined;
let project: Project | undefined;

afterEach(async () => {
  await server?.close();
  project?.close();
  server = undefined;
  project = undefined;
});

async function start(): Promise<WebServer> {
  const dir = tempDir();
  const staticDir = path.join(dir, 'renderer');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gleaner</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  project = Project.open(path.join(dir, 'p.gleaner'));
  server = await startWebServer({
    handlers: createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'local',
    }),
    staticDir,
  });
  return server;
}

/** A raw request, so tests can send the Host and paths a browser would refuse to send. */
function request(
  url: string,
  options: { method?: string; body?: string; headers?: Record<string, string>; path?: string } = {},
) {
  const target = new URL(url);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: options.method ?? 'GET',
          path: options.path ?? target.pathname,
          headers: options.headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(options.body);
    },
  );
}

describe('browser-mode server', () => {
  it('binds 127.0.0.1 and serves the renderer with a strict CSP', async () => {
    const { url } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await request(url);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Gleaner</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('maps POST /api/<method> onto the handlers', async () => {
    const { url } = await start();
    const res = await fetch(`${url}api/project.info`, { method: 'POST', body: '{}' });
    const envelope = (await res.json()) as { ok: boolean; value: { articleCount: number } };
    expect(envelope).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  it('answers unknown methods, bad JSON and bad input with typed errors', async () => {
    const { url } = await start();
    const unknown = await (
      await fetch(`${url}api/articles.explode`, { method: 'POST', body: '{}' })
    ).json();
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    const badJson = await fetch(`${url}api/articles.list`, { method: 'POST', body: '{not json' });
    expect(badJson.status).toBe(400);
    expect(await badJson.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const badInput = await (
      await fetch(`${url}api/articles.get`, { method: 'POST', body: '{"id":"seven"}' })
    ).json();
    expect(badInput).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const { url } = await start();
    const rebinding = await request(url, { headers: { Host: 'attacker.example:80' } });
    expect(rebinding.status).toBe(403);
    const crossSite = await request(`${url}api/project.info`, {
      method: 'POST',
      body: '{}',
      headers: { Origin: 'http://attacker.example', 'Content-Type': 'application/json' },
    });
    expect(crossSite.status).toBe(403);
  });

  it('never serves files outside the renderer folder', async () => {
    const { url } = await start();
    for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await request(url, { path: p });
      expect(res.status, p).not.toBe(200);
      expect(res.body).not.toContain('outside the renderer');
    }
  });

  it('refuses GET on the API', async () => {
    const { url } = await start();
    expect((await fetch(`${url}api/project.info`)).status).toBe(405);
  });

  it('explains when the renderer has not been built', async () => {
    const dir = tempDir();
    project = Project.open(path.join(dir, 'p.gleaner'));
    await expect(
      startWebServer({
        handlers: createHandlers({
          project,
          jobs: new JobRunner(sourceWorkerLauncher),
          actor: 'local',
        }),
        staticDir: path.join(dir, 'missing'),
      }),
    ).rejects.toThrow(/npm run build:renderer/);
  });
});
