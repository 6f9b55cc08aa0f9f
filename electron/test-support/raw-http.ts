import net from 'node:net';

/** Raw HTTP over a socket, for requests http.request would refuse to send (http-fuzz.ts). */

/**
 * Writes a request to the server and resolves with everything it answered before closing (the
 * requests ask for `Connection: close`). An unframed request, which the server may still be
 * waiting to complete, gets a half-close after `quietMs` of silence; a framed one never does,
 * since Node's server drops a request whose client half-closed before the answer was written
 * (browsers never half-close). Rejects if the server neither answers nor closes within
 * `timeoutMs`.
 */
export function sendRaw(
  port: number,
  request: { bytes: Buffer; framed: boolean },
  { quietMs = 100, timeoutMs = 5_000 } = {},
): Promise<{ response: string; reset: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let reset = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    let quiet: NodeJS.Timeout | undefined;
    const waitQuietly = (): void => {
      clearTimeout(quiet);
      if (!request.framed) quiet = setTimeout(() => socket.end(), quietMs);
    };
    waitQuietly();
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      waitQuietly();
    });
    // The server may close while we still write a body it refused (413): that is an answer.
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') reset = true;
      else reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve({ response: Buffer.concat(chunks).toString('latin1'), reset });
    });
    socket.write(request.bytes);
  });
}

/**
 * The final status code of a raw HTTP response (after any interim `100 Continue`), or null
 * when there was no status line.
 */
export function statusOf(response: string): number | null {
  const final = response.replace(/^(HTTP\/1\.1 1\d\d [^\r\n]*\r\n\r\n)+/, '');
  const match = /^HTTP\/1\.[01] (\d{3}) /.exec(final);
  return match ? Number(match[1]) : null;
}
