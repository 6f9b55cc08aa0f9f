import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { backgroundNiceness, lowerThisThreadPriority } from './background-priority';

const onLinux = process.platform === 'linux';
const modulePath = new URL('./background-priority.ts', import.meta.url).pathname;

/**
 * A real worker thread that lowers itself, then starts a worker of its own (as the import worker
 * starts its prepare pool); both report their niceness.
 */
function nicenessOfWorkers(): Promise<{ lowered: boolean; worker: number; child: number }> {
  const source = `
    const { Worker, parentPort } = require('node:worker_threads');
    const os = require('node:os');
    require('tsx/cjs');
    const { lowerThisThreadPriority } = require(${JSON.stringify(modulePath)});
    const lowered = lowerThisThreadPriority();
    const child = new Worker(
      "require('node:worker_threads').parentPort.postMessage(require('node:os').getPriority(0))",
      { eval: true },
    );
    child.once('message', (niceness) => {
      parentPort.postMessage({ lowered, worker: os.getPriority(0), child: niceness });
      void child.terminate();
    });
  `;
  return new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true });
    worker.once('message', (message) => {
      resolve(message as { lowered: boolean; worker: number; child: number });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('lowerThisThreadPriority', () => {
  it.runIf(onLinux)(
    'lowers the job thread and the threads it starts, never the thread serving the window',
    async () => {
      const before = os.getPriority(0);
      const niceness = await nicenessOfWorkers();
      expect(niceness.lowered).toBe(true);
      expect(niceness.worker).toBe(Math.max(before, backgroundNiceness));
      expect(niceness.child).toBe(Math.max(before, backgroundNiceness));
      expect(os.getPriority(0)).toBe(before);
    },
  );

  it('leaves threads alone where the call would lower the whole process', () => {
    const before = os.getPriority(0);
    expect(lowerThisThreadPriority('win32')).toBe(false);
    expect(lowerThisThreadPriority('darwin')).toBe(false);
    expect(os.getPriority(0)).toBe(before);
  });
});
