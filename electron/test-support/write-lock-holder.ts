import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Another program writing the project meanwhile (a `gleaner import` from a script while the window
 * is open): a worker thread with its own SQLite connection takes the file's write lock, holds it
 * for `milliseconds` (or until `release()` is called, whichever comes first), then commits and
 * closes. The returned promise settles once the lock is held, so the caller's next (synchronous)
 * write meets it; `released` settles when it is let go.
 */
export async function holdWriteLock(
  filePath: string,
  milliseconds: number,
): Promise<{ released: Promise<void>; release: () => void }> {
  // The worker sleeps on this cell; release() wakes it early.
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(
    `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require(workerData.driver);
    const db = new Database(workerData.filePath);
    db.exec('BEGIN IMMEDIATE');
    parentPort.postMessage('held');
    Atomics.wait(workerData.signal, 0, 0, workerData.milliseconds);
    db.exec('COMMIT');
    db.close();
    `,
    { eval: true, workerData: { filePath, milliseconds, driver, signal } },
  );
  const released = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  const release = (): void => {
    Atomics.store(signal, 0, 1);
    Atomics.notify(signal, 0);
  };
  return { released, release };
}
