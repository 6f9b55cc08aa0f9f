import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { dispatch } from '../../shared/contract/dispatch';
import { apiError } from '../../shared/contract/error-messages';
import type { Handlers } from '../../shared/contract/contract';
import { sessionHeader } from '../../shared/contract/session-header';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { tabCaller } from '../api/callers';
import { maxJsonDepth, parseJsonBody, type JsonBodyProblem } from './json-body';
import { parseRequestTarget } from './request-target';

const megabyte = 1024 * 1024;
const maxBodyBytes = 10 * megabyte;
/**
 * Files dropped on a browser tab arrive base64-encoded in one body: room for a page of about
 * 45 MB (the import's own limits apply after), while parsing stays far below a gigabyte.
 */
const maxUploadBodyBytes = 64 * megabyte;

/** The largest body `method` may send. */
function bodyLimitOf(method: string): number {
  return method === 'import.upload' ? maxUploadBodyBytes : maxBodyBytes;
}

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

/** Sent with every answer, errors included. */
const commonHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
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
  const answers = new PendingAnswers();

  const handleRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const exchange = exchangeOf(req, res);
    const { send } = exchange;
    // A client that hangs up mid-body makes the request emit 'error'; there is nobody to answer.
    req.on('error', () => res.destroy());
    if (!allowedHosts.has(req.headers.host ?? '')) return send(403, 'Forbidden host');
    if (!bodyLengthKnown(req.headers['transfer-encoding'])) {
      // Its body has no end but the client's hanging up; answer now and drop the connection.
      res.once('finish', () => req.destroy());
      return send(400, 'Bad request: a Transfer-Encoding other than chunked');
    }
    const target = parseRequestTarget(req.url);
    if (target.kind === 'refused') return send(target.status, target.message);

    if (target.kind === 'api') {
      if (req.method !== 'POST') return send(405, 'Use POST for API calls');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
        return send(403, 'Forbidden origin');
      }
      // A browser that names the caller's site says so even where it sends no Origin; a page
      // on another port of this computer is "same-site", and just as foreign.
      const site = req.headers['sec-fetch-site'];
      if (site !== undefined && site !== 'same-origin') return send(403, 'Forbidden origin');
      return answerApiCall(exchange, options.handlers, target.method);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed');
    serveStaticFile(exchange, staticRoot, target.segments);
  };

  const server = http.createServer((req, res) => {
    answers.started(req.socket, res);
    // Whatever goes wrong inside one request answers that request and nothing else: the server
    // keeps serving the window (and every other tab) that depends on it.
    try {
      handleRequest(req, res);
    } catch (error) {
      answerFailure(res, error);
    }
  });
  // A request the HTTP parser cannot read (a broken request line, header or chunk) never
  // reaches the handler above: answer it here and drop the connection.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Garbage pipelined after a good request: the good one still gets its answer first.
    answers.whenIdle(socket, () => answerAndClose(socket, clientErrorStatus(error.code)));
  });
  // Node hands CONNECT (a proxy tunnel) to this event, and drops the socket unanswered when
  // nobody listens.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) => {
    answerAndClose(socket, '405 Method Not Allowed');
  });

  const port = await listenOnLoopback(server, options.port ?? 0);
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

/** One request and the means to answer it. */
interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  send(status: number, body: string | Buffer, type?: string): void;
  /** A callback of this request, whose exceptions answer the request instead of escaping. */
  guarded<A extends unknown[]>(step: (...args: A) => void): (...args: A) => void;
}

function exchangeOf(req: http.IncomingMessage, res: http.ServerResponse): Exchange {
  return {
    req,
    res,
    send(status, body, type = 'text/plain; charset=utf-8') {
      // A late answer (the body was refused meanwhile, or the client went away) is dropped.
      if (res.headersSent || res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'Content-Type': type, ...commonHeaders });
      res.end(body);
    },
    guarded:
      (step) =>
      (...args) => {
        try {
          step(...args);
        } catch (error) {
          answerFailure(res, error);
        }
      },
  };
}

/**
 * A refused request's envelope, with the registry key the window translates: the renderer reads
 * the JSON of any answer, so a 400 or 413 shows in the window's language, not as a bare status.
 */
function refusalEnvelope(error: ReturnType<typeof apiError>): string {
  return JSON.stringify({ ok: false, error: error.toPayload() });
}

/** Why a body could not be read, in the registry's words. */
function bodyRefusal(problem: JsonBodyProblem, method: string): ReturnType<typeof apiError> {
  return problem === 'too-deep'
    ? apiError('request-body-too-deep', { method, limit: maxJsonDepth })
    : apiError('request-body-not-json', { method });
}

/** Reads the JSON body of an API call (up to its method's limit) and answers with its envelope. */
function answerApiCall(exchange: Exchange, handlers: Handlers, method: string): void {
  const { req, res, send, guarded } = exchange;
  const limit = bodyLimitOf(method);
  // Refused before reading it; the connection closes once the answer is out, rather
  // than draining megabytes nobody will parse.
  const refuseBody = (): void => {
    res.once('finish', () => req.destroy());
    const tooLarge = apiError('request-body-too-large', { method, limitMb: limit / megabyte });
    send(413, refusalEnvelope(tooLarge), contentTypes['.json']);
    req.pause();
  };
  if (Number(req.headers['content-length']) > limit) return refuseBody();
  const chunks: Buffer[] = [];
  let size = 0;
  req.on(
    'data',
    guarded((chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return refuseBody();
      chunks.push(chunk);
    }),
  );
  req.on(
    'end',
    guarded(() => {
      const body = parseJsonBody(Buffer.concat(chunks));
      if (!body.ok) {
        return send(400, refusalEnvelope(bodyRefusal(body.problem, method)), contentTypes['.json']);
      }
      const caller = tabCaller(req.headers[sessionHeader]);
      void dispatch(handlers, method, body.value, caller)
        .then((envelope) => {
          send(200, JSON.stringify(envelope), contentTypes['.json']);
        })
        .catch((error: unknown) => answerFailure(res, error));
    }),
  );
}

function serveStaticFile(exchange: Exchange, staticRoot: string, segments: string[]): void {
  const { send, guarded } = exchange;
  const filePath = path.resolve(staticRoot, ...segments);
  if (!filePath.startsWith(staticRoot + path.sep)) return send(403, 'Forbidden path');
  fs.readFile(
    filePath,
    guarded((error: NodeJS.ErrnoException | null, data: Buffer) => {
      if (error) return send(404, 'Not found');
      send(200, data, contentTypes[path.extname(filePath)] ?? 'application/octet-stream');
    }),
  );
}

/** Listens on 127.0.0.1 (port 0: any free one) and gives the port bound. */
async function listenOnLoopback(server: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException): void =>
      // Node says only "listen EADDRINUSE: address already in use 127.0.0.1:5178".
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} of 127.0.0.1 is in use (another gleaner serve?): choose another with --port, or --port 0 for any free one.`,
            )
          : error,
      );
    server.once('error', refuse);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', refuse);
      resolve();
    });
  });
  // Once listening, a failure to accept one connection (too many open files under a flood)
  // is that connection's loss: without a listener the 'error' event would end the process.
  server.on('error', (error) => console.error(`Browser-mode server: ${error.message}`));
  return (server.address() as AddressInfo).port;
}

/** 500 for a request whose handling threw; cut short if its answer had already started. */
function answerFailure(res: http.ServerResponse, error: unknown): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8', ...commonHeaders });
  res.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
}

/** The answers still being written on each connection. */
class PendingAnswers {
  private readonly bySocket = new WeakMap<Duplex, Set<http.ServerResponse>>();
  private readonly idleCallbacks = new WeakMap<Duplex, () => void>();

  started(socket: Duplex, res: http.ServerResponse): void {
    let pending = this.bySocket.get(socket);
    if (!pending) this.bySocket.set(socket, (pending = new Set()));
    pending.add(res);
    // 'close' follows 'finish', and also comes alone when the connection is cut.
    res.once('close', () => {
      pending.delete(res);
      const callback = this.idleCallbacks.get(socket);
      if (pending.size === 0 && callback) {
        this.idleCallbacks.delete(socket);
        callback();
      }
    });
  }

  /** Runs `callback` once no answer is pending on the connection (at once if none is). */
  whenIdle(socket: Duplex, callback: () => void): void {
    if (this.bySocket.get(socket)?.size) this.idleCallbacks.set(socket, callback);
    else callback();
  }
}

/**
 * Writes a bare status line on a connection whose answers are all written, then closes it.
 * Nothing is written if the connection is closing or an answer was cut short mid-way.
 */
function answerAndClose(socket: Duplex, status: string): void {
  if (socket.writable && !socket.writableEnded && !(socket as Socket).destroyed) {
    socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}

/**
 * Whether a request's body length can be known: without Transfer-Encoding (Content-Length or no
 * body), or with chunked as its last coding. Node reads any other body until the client hangs
 * up, so the request waited minutes unanswered; RFC 9112 (6.3) says to answer 400 and close.
 */
function bodyLengthKnown(transferEncoding: string | undefined): boolean {
  if (transferEncoding === undefined) return true;
  const codings = transferEncoding.split(',').map((coding) => coding.trim().toLowerCase());
  return codings.at(-1) === 'chunked';
}

/** The status line for a request Node's HTTP parser refused, by its error code. */
function clientErrorStatus(code: string | undefined): string {
  if (code === 'HPE_HEADER_OVERFLOW') return '431 Request Header Fields Too Large';
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return '408 Request Timeout';
  return '400 Bad Request';
}
