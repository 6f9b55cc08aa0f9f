import { Worker } from 'node:worker_threads';
import type { CsvCell } from '../../shared/export/csv';
import { xlsxRowCodec } from './xlsx-row-xml';

/**
 * Where the XLSX export's rows become sheet XML: on a thread of its own, or inline.
 *
 * Reading and checking the records takes half of the export's CPU and cannot leave the thread
 * that holds the project's read snapshot; building, escaping and encoding the rows' XML takes
 * another quarter and needs nothing but the cells. The row thread does that quarter on the
 * second core while the records are read (zlib's own threads then deflate what it made).
 */
export interface RowEncoder {
  /** The rows' XML as UTF-8, numbered from `firstRow`; answers come in the order asked. */
  encode(firstRow: number, rows: CsvCell[][], header: boolean): Promise<Uint8Array>;
  /** Stops the thread (idempotent); anything still asked is refused. */
  close(): Promise<void>;
}

/** Encodes on the calling thread (the fallback, and what a test compares the thread with). */
export function inlineRowEncoder(): RowEncoder {
  const codec = xlsxRowCodec();
  return {
    encode: (firstRow, rows, header) => Promise.resolve(codec.encodeRows(firstRow, rows, header)),
    close: () => Promise.resolve(),
  };
}

interface Request {
  id: number;
  firstRow: number;
  rows: CsvCell[][];
  header: boolean;
}

type Answer = { id: number; bytes: Uint8Array } | { id: number; error: string };

/**
 * The thread's program: the codec's own source, so both threads run the same code. Plain
 * CommonJS evaluated by the worker (as pattern-guard.ts does): no extra file for a build to
 * bundle and ship. `__name` is the helper esbuild (tsx, the desktop bundle) may call to keep a
 * function's name; defined here in case the codec's text calls it.
 */
const THREAD = `
var __name = (fn) => fn;
const { parentPort } = require('node:worker_threads');
const codec = (${String(xlsxRowCodec)})();
parentPort.on('message', ({ id, firstRow, rows, header }) => {
  try {
    const bytes = codec.encodeRows(firstRow, rows, header);
    parentPort.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

/** Encodes on a worker thread; a failure of the thread fails every request still waiting. */
export function threadRowEncoder(): RowEncoder {
  const worker = new Worker(THREAD, { eval: true });
  const waiting = new Map<
    number,
    { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void }
  >();
  let next = 0;
  let stopped: Error | null = null;
  const failAll = (error: Error): void => {
    stopped ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (answer: Answer) => {
    const asked = waiting.get(answer.id);
    if (!asked) return;
    waiting.delete(answer.id);
    if ('bytes' in answer) asked.resolve(answer.bytes);
    else asked.reject(new Error(`The XLSX row thread failed: ${answer.error}`));
  });
  worker.on('error', (error) => failAll(new Error(`The XLSX row thread failed: ${error.message}`)));
  worker.on('exit', (code) =>
    failAll(new Error(`The XLSX row thread stopped (exit code ${code})`)),
  );
  return {
    encode(firstRow, rows, header) {
      if (stopped) return Promise.reject(stopped);
      const id = next++;
      return new Promise<Uint8Array>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, firstRow, rows, header } satisfies Request);
      });
    },
    async close() {
      if (stopped) return;
      stopped = new Error('The XLSX row thread was closed');
      await worker.terminate();
    },
  };
}
