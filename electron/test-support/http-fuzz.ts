import fc from 'fast-check';

export { sendRaw, statusOf } from './raw-http';

/**
 * Malformed HTTP requests for fuzzing the browser-mode server, shared by its unit test (a few
 * thousand, in seconds) and `npm run stress:server-fuzz` (as many as asked). Requests go out
 * over a raw socket: http.request validates paths and headers itself, and would never send
 * most of these.
 */

/** Pieces that broke, or could break, URL decoding and path resolution. */
const pathPieces = [
  '%',
  '%E0%A4%A',
  '%00',
  '%0a',
  '%2e%2e',
  '%2E%2E%2F',
  '..',
  '.',
  '/',
  '//',
  '\\',
  '%2f',
  '%5c',
  '%C0%AF',
  '%FF',
  '%uD800',
  '%ED%A0%80',
  'api',
  'api/',
  'index.html',
  'project.info',
  'articles.list',
  '?',
  '#',
  '?x=%',
  ';',
  '%20',
  '%E5%8C%BB%E9%99%A2',
  '%F0%A0%80%80',
  '~',
  'C:',
  'a'.repeat(300),
];

const pathArbitrary = fc
  .array(
    fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...pathPieces) },
      {
        weight: 15,
        arbitrary: fc
          .string({ unit: 'grapheme-ascii', maxLength: 12 })
          .map((s) => s.replaceAll(' ', '')),
      },
      // Raw bytes the HTTP parser itself may refuse: control characters, spaces, UTF-8.
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc.constantFrom('\u0000', ' ', '\t', 'é', '𠀀', '医院', '\u007f'),
          fc.string({ unit: 'binary', maxLength: 12 }),
        ),
      },
    ),
    { maxLength: 8 },
  )
  .map((pieces) => `/${pieces.join('')}`);

/** API calls: read-only methods (the fuzzed project must not change), unknown and broken ones. */
const apiTargetArbitrary = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant('/api/') },
      { weight: 1, arbitrary: fc.constantFrom('/api//', '/API/', '/api/%', '/api/./') },
    ),
    fc.constantFrom('project.info', 'articles.list', 'articles.get', 'no.such', '%E0%A4%A', ''),
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('', '?x=1', '#') },
      { weight: 1, arbitrary: fc.constantFrom('%00', '/', '%2f..') },
    ),
  )
  .map((parts) => parts.join(''));

const targetArbitrary = fc.oneof(
  { weight: 10, arbitrary: pathArbitrary },
  { weight: 6, arbitrary: apiTargetArbitrary },
  {
    weight: 1,
    arbitrary: fc.constantFrom('*', 'http://[/', 'http://127.0.0.1/', 'http://[::1', '', '%', '?'),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const methodArbitrary = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.constantFrom('GET', 'POST', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'),
  },
  { weight: 1, arbitrary: fc.constantFrom('CONNECT', 'TRACE', 'get', 'G ET', '') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
);

/** The JSON shapes that hurt: deep nesting, huge numbers, bad escapes, lone surrogates. */
const bodyArbitrary = fc.oneof(
  fc.constant(''),
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 20_000 }).map((n) => '{"a":'.repeat(n)),
  fc.constantFrom(
    '{',
    '{"id":',
    '{"id":1e999}',
    '{"id":"\\ud800"}',
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{}}}',
    'null',
    '[]',
    '"\\u0000"',
    '{"a":"\\x"}',
  ),
);

const headerNameArbitrary = fc.oneof(
  {
    weight: 30,
    arbitrary: fc.constantFrom(
      'Content-Type',
      'Cookie',
      'Accept',
      'X-Forwarded-Host',
      'Range',
      'If-None-Match',
      'Upgrade',
      'Connection',
      'Transfer-Encoding',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 10 }) },
);
const headerValueArbitrary = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json',
      'text/plain; charset=gbk',
      'null',
      '100-continue',
      'websocket',
      'upgrade',
      'keep-alive',
      'gzip, chunked',
      'bytes=-1',
      'http://evil.example',
    ),
  },
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
);

export interface FuzzRequest {
  /** What is written to the socket. */
  bytes: Buffer;
  /** A one-line description for a failure message. */
  label: string;
  /**
   * Whether the bytes end in a complete request head, so the server must answer without the
   * client closing its side (arbitrary bytes may stop halfway through a request line).
   */
  framed: boolean;
}

/**
 * Whether the server owes this request an answer: every request does, except bytes holding
 * only line breaks, which HTTP skips between requests (so they are no request at all).
 */
export function isOwedAnswer(request: FuzzRequest): boolean {
  return request.framed || !/^[\r\n]*$/.test(request.bytes.toString('latin1'));
}

/**
 * A request with a well-formed frame (so the server must answer it) around a malformed
 * request line, headers or body; a well-formed API call with a malformed body; or, one time
 * in twenty, arbitrary bytes.
 */
export function requestArbitrary(hostHeader: string): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { weight: 14, arbitrary: structuredRequestArbitrary(hostHeader) },
    { weight: 5, arbitrary: apiCallArbitrary(hostHeader) },
    { weight: 1, arbitrary: garbageArbitrary },
  );
}

/** A request line, headers and a body, each usually well-formed and sometimes not. */
function structuredRequestArbitrary(hostHeader: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: methodArbitrary,
      target: targetArbitrary,
      version: fc.oneof(
        { weight: 12, arbitrary: fc.constant('HTTP/1.1') },
        { weight: 1, arbitrary: fc.constantFrom('HTTP/1.0', 'HTTP/9.9', 'HTTP/1.1 x', '') },
      ),
      host: fc.oneof(
        { weight: 6, arbitrary: fc.constant(hostHeader) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('', 'localhost', 'evil.example', hostHeader + ' '),
        },
        { weight: 1, arbitrary: fc.constant(null) },
      ),
      origin: fc.option(
        fc.constantFrom(`http://${hostHeader}`, 'http://evil.example', 'null', 'http://'),
        { freq: 2 },
      ),
      expect: fc.oneof(
        { weight: 18, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.constantFrom('100-continue', 'nonsense') },
      ),
      headers: fc.array(fc.tuple(headerNameArbitrary, headerValueArbitrary), { maxLength: 3 }),
      body: bodyArbitrary,
      framing: fc.oneof(
        { weight: 8, arbitrary: fc.constant('content-length' as const) },
        { weight: 1, arbitrary: fc.constantFrom('none', 'chunked', 'garbage', 'huge', 'both') },
      ),
    })
    .map(framedRequest);
}

type StructuredParts = {
  method: string;
  target: string;
  version: string;
  host: string | null;
  origin: string | null;
  expect: string | null;
  headers: [string, string][];
  body: string;
  framing: 'content-length' | 'none' | 'chunked' | 'garbage' | 'huge' | 'both';
};

/** Writes the parts out as bytes, framing the body as `r.framing` says. */
function framedRequest(r: StructuredParts): FuzzRequest {
  const body = Buffer.from(r.body, 'utf8');
  const lines = [`${r.method} ${r.target} ${r.version}`.trimEnd()];
  if (r.host !== null) lines.push(`Host: ${r.host}`);
  if (r.origin !== null) lines.push(`Origin: ${r.origin}`);
  if (r.expect !== null) lines.push(`Expect: ${r.expect}`);
  for (const [name, value] of r.headers) lines.push(`${name}: ${value}`);
  let framedBody = body;
  if (r.framing === 'chunked' || r.framing === 'both') {
    lines.push('Transfer-Encoding: chunked');
    if (r.framing === 'both') lines.push(`Content-Length: ${body.length}`);
    framedBody = Buffer.concat([
      Buffer.from(`${body.length.toString(16)}\r\n`),
      body,
      Buffer.from('\r\n0\r\n\r\n'),
    ]);
  } else if (r.framing === 'content-length') {
    lines.push(`Content-Length: ${body.length}`);
  } else if (r.framing === 'garbage') {
    lines.push(`Content-Length: ${body.length}x, -1`);
  } else if (r.framing === 'huge') {
    lines.push('Content-Length: 99999999999');
  }
  lines.push('Connection: close');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');
  return {
    bytes: Buffer.concat([head, framedBody]),
    label: JSON.stringify(head.toString('latin1').slice(0, 300)),
    framed: true,
  };
}

const garbageArbitrary = fc
  .uint8Array({ minLength: 1, maxLength: 300 })
  .map((bytes): FuzzRequest => ({
    bytes: Buffer.from(bytes),
    label: `bytes ${Buffer.from(bytes).toString('hex').slice(0, 200)}`,
    framed: false,
  }));

/** A well-formed call of a read-only method, so that the bodies reach JSON parsing and dispatch. */
function apiCallArbitrary(hostHeader: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.constantFrom('project.info', 'articles.list', 'articles.get'),
      contentType: fc.constantFrom(
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
      ),
      body: bodyArbitrary,
    })
    .map((r): FuzzRequest => {
      const body = Buffer.from(r.body, 'utf8');
      const head = Buffer.from(
        `POST /api/${r.method} HTTP/1.1\r\nHost: ${hostHeader}\r\nOrigin: http://${hostHeader}\r\n` +
          `Content-Type: ${r.contentType}\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`,
      );
      return {
        bytes: Buffer.concat([head, body]),
        label: JSON.stringify(`${head.toString('latin1')}${r.body.slice(0, 100)}`),
        framed: true,
      };
    });
}
