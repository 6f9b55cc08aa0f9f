import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { JobRunner } from '../jobs/job-runner';
import { createHandlers } from '../api/handlers';
import { Project } from '../services/project';
import { sendRaw, statusOf } from '../test-support/http-fuzz';
import { useTempDir } from '../test-support/temp-dir';
import { useTestServer } from '../test-support/test-server';
import { startWebServer, type WebServer } from './web-server';
import { cpuMillisecondsOfAsync } from '../../shared/testing/cpu-time';

const tempDir = useTempDir();
const startServer = useTestServer();

async function start(): Promise<WebServer> {
  return (await startServer()).server;
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

  it('says which port is in use and how to choose another', async () => {
    const { url } = await start();
    const port = Number(new URL(url).port);
    const dir = tempDir();
    const staticDir = path.join(dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const project = Project.open(path.join(dir, 'p.gleaner'));
    const handlers = createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'local',
    });
    await expect(startWebServer({ handlers, staticDir, port })).rejects.toThrow(
      `Port ${port} of 127.0.0.1 is in use (another gleaner serve?): choose another with --port, or --port 0 for any free one.`,
    );
    project.close();
  });

  it('explains when the renderer has not been built', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'));
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
    project.close();
  });
});

/** The request line of the reproductions, sent as-is over a raw socket. */
function rawRequest(url: string, requestLine: string, body = ''): Promise<string> {
  const { host, port } = new URL(url);
  const head = `${requestLine}\r\nHost: ${host}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`;
  return sendRaw(Number(port), { bytes: Buffer.from(head + body), framed: true }).then(
    (r) => r.response,
  );
}

async function expectStillServing(url: string): Promise<void> {
  const page = await request(url);
  expect(page.status).toBe(200);
  const info = await fetch(`${url}api/project.info`, { method: 'POST', body: '{}' });
  expect(await info.json()).toMatchObject({ ok: true });
}

describe('browser-mode server given malformed requests (issue 16)', () => {
  // Each of these threw inside the request handler and the process exited.
  it.each([
    ['a lone percent sign', 'GET /% HTTP/1.1', 400],
    ['a truncated UTF-8 escape', 'GET /%E0%A4%A HTTP/1.1', 400],
    ['an encoded NUL byte', 'GET /index.html%00.js HTTP/1.1', 400],
    ['a malformed API method name', 'POST /api/% HTTP/1.1', 400],
    ['an absolute URL with a broken host', 'GET http://[/ HTTP/1.1', 400],
  ])('answers %s (%s) with %i and keeps serving', async (_what, requestLine, status) => {
    const { url } = await start();
    const response = await rawRequest(url, requestLine, requestLine.startsWith('POST') ? '{}' : '');
    expect(statusOf(response)).toBe(status);
    expect(response).toContain('Bad request target');
    await expectStillServing(url);
  });

  it('refuses encoded path traversal and separators with 400, not a file', async () => {
    const { url } = await start();
    for (const target of [
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/a/%2E%2E%5C..%5Csecret.txt',
    ]) {
      const response = await rawRequest(url, `GET ${target} HTTP/1.1`);
      expect(statusOf(response), target).toBe(400);
      expect(response).not.toContain('outside the renderer');
    }
  });

  it('answers a request line the HTTP parser refuses with 400 and keeps serving', async () => {
    const { url } = await start();
    expect(statusOf(await rawRequest(url, 'GET /\u0001 HTTP/1.1'))).toBe(400);
    expect(statusOf(await rawRequest(url, 'CONNECT 127.0.0.1:1 HTTP/1.1'))).toBe(405);
    await expectStillServing(url);
  });

  it('answers a good request before the garbage pipelined after it', async () => {
    const { url } = await start();
    const { host, port } = new URL(url);
    const { response } = await sendRaw(Number(port), {
      bytes: Buffer.from(
        `GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n` +
          `POST /api/project.info HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 2\r\n\r\n{}` +
          '\u0001garbage\r\n\r\n',
      ),
      framed: true,
    });
    const statusLines = response.match(/^HTTP\/1\.1 \d{3}/gm);
    expect(statusLines).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 400']);
    expect(response).toContain('<title>Gleaner</title>');
    expect(response).toContain('"articleCount":0');
  });

  it('refuses a JSON body nested a million deep at once, before parsing it', async () => {
    const { url } = await start();
    const depth = 1_000_000;
    const { result: response, cpuMilliseconds } = await cpuMillisecondsOfAsync(() =>
      rawRequest(url, 'POST /api/project.info HTTP/1.1', '['.repeat(depth) + ']'.repeat(depth)),
    );
    // Parsing and validating it took 1.5 s here and 5 s on the reporter's machine (the server
    // runs in this process, so its CPU is counted).
    expect(cpuMilliseconds).toBeLessThan(1_500);
    expect(statusOf(response)).toBe(400);
    expect(response).toContain('nests deeper than 64 levels');
    await expectStillServing(url);
  });

  it('refuses a body announced larger than 10 MB without reading it', async () => {
    const { url } = await start();
    const { host, port } = new URL(url);
    const { response } = await sendRaw(Number(port), {
      bytes: Buffer.from(
        `POST /api/project.info HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 99999999999\r\n\r\n{}`,
      ),
      framed: true,
    });
    expect(statusOf(response)).toBe(413);
    await expectStillServing(url);
  });
});
