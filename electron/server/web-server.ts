import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch } from '../../shared/contract/dispatch';
import type { Handlers } from '../../shared/contract/contract';
import { sessionHeader } from '../../shared/contract/session-header';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { tabCaller } from '../api/callers';

const maxBodyBytes = 10 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Browser mode: the same handlers as the desktop app, over HTTP on 127.0.0.1 only. Requests
 * whose Host is not the loopback address we bound are refused (DNS-rebinding guard), and API
 * calls must come from our own origin.
 */
export async function startWebServer(options: {
  handlers: Handlers;
  staticDir: string;
  port?: number;
}): Promise<WebServer> {
  const staticRoot = path.resolve(options.staticDir);
  if (!fs.existsSync(path.join(staticRoot, 'index.html'))) {
    throw new Error(
      `The renderer is not built: ${path.join(staticRoot, 'index.html')} is missing. Run "npm run build:renderer".`,
    );
  }
  let allowedHosts = new Set<string>();

  const server = http.createServer((req, res) => {
    const send = (
      status: number,
      body: string | Buffer,
      type = 'text/plain; charset=utf-8',
    ): void => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    };
    if (!allowedHosts.has(req.headers.host ?? '')) return send(403, 'Forbidden host');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(405, 'Use POST for API calls');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return send(403, 'Forbidden origin');
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBodyBytes) {
          send(413, 'Request too large');
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        let input: unknown;
        try {
          const body = Buffer.concat(chunks).toString('utf8');
          input = body ? JSON.parse(body) : {};
        } catch {
          const envelope = {
            ok: false,
            error: { code: 'invalid-input', message: 'The request body is not valid JSON.' },
          };
          return send(400, JSON.stringify(envelope), contentTypes['.json']);
        }
        const caller = tabCaller(req.headers[sessionHeader]);
        void dispatch(options.handlers, method, input, caller).then((envelope) => {
          send(200, JSON.stringify(envelope), contentTypes['.json']);
        });
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    const relative =
      url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const filePath = path.resolve(staticRoot, relative);
    if (!filePath.startsWith(staticRoot + path.sep)) return send(403, 'Forbidden path');
    fs.readFile(filePath, (error, data) => {
      if (error) return send(404, 'Not found');
      send(200, data, contentTypes[path.extname(filePath)] ?? 'application/octet-stream');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
