import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import {
  installPatternRunner,
  PATTERN_FLAGS,
  type PatternMatch,
  type PatternRunner,
} from '../../shared/extraction/rules/pattern-runner';

/**
 * Field patterns run in a thread of their own, one pattern over one text at a time, while the
 * calling thread waits for the answer (Atomics.wait, then receiveMessageOnPort: a synchronous
 * call, as the rules are synchronous) at most PATTERN_BUDGET_MS (5 s). A regular expression cannot be
 * interrupted in the thread that runs it; a thread can be stopped from outside. A pattern over
 * its budget has its thread terminated (the next call starts a fresh one) and is skipped from
 * then on (shared/extraction/rules/pattern-runner.ts). Found by the fifth attack sweep: a
 * schema file's pattern `(\S+\S?)+X` held an import, and the preview the app's main thread, for
 * good. About 0.1 ms a call, paid only by schemas that have patterns.
 */
// Wall time, so it also covers a thread waiting for a core: on this 2-core machine at load 12 a
// pattern of 0.03 ms answered within milliseconds, and a runaway one only gets slower.
export const PATTERN_BUDGET_MS = 5000;

/** How long a new thread may take to start, on a loaded machine, before the first call. */
const START_BUDGET_MS = 30_000;

// Plain CommonJS evaluated in the thread: no file to find in a build, nothing to compile.
const THREAD = `
const { workerData } = require('node:worker_threads');
const { port, signal } = workerData;
const flag = new Int32Array(signal);
const answer = (message) => {
  port.postMessage(message);
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};
port.on('message', ({ source, flags, text }) => {
  try {
    const matches = [];
    for (const m of text.matchAll(new RegExp(source, flags)))
      matches.push({ groups: Object.assign({}, m.indices && m.indices.groups) });
    answer({ matches });
  } catch (error) {
    answer({ error: String((error && error.message) || error) });
  }
});
answer({ ready: true });
`;

interface Thread {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
}

type Answer = { matches: PatternMatch[] } | { error: string } | { ready: true };

let thread: Thread | undefined;

function startThread(): Thread {
  const { port1, port2 } = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const flag = new Int32Array(signal);
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { port: port2, signal },
    transferList: [port2],
  });
  // Neither keeps a finished command or test alive.
  worker.unref();
  port1.unref();
  if (Atomics.wait(flag, 0, 0, START_BUDGET_MS) === 'timed-out') {
    void worker.terminate();
    throw new Error('The thread that runs field patterns did not start.');
  }
  receiveMessageOnPort(port1); // its "ready"
  return { worker, port: port1, flag };
}

const guardedRunner: PatternRunner = (source, text) => {
  thread ??= startThread();
  const { worker, port, flag } = thread;
  Atomics.store(flag, 0, 0);
  port.postMessage({ source, flags: PATTERN_FLAGS, text });
  if (Atomics.wait(flag, 0, 0, PATTERN_BUDGET_MS) === 'timed-out') {
    thread = undefined;
    void worker.terminate();
    return 'timed-out';
  }
  const answer = receiveMessageOnPort(port)?.message as Answer | undefined;
  if (!answer || !('matches' in answer)) {
    // Patterns are checked to compile before they are saved: this is a broken thread.
    throw new Error(
      `A field pattern failed to run: ${answer && 'error' in answer ? answer.error : 'no answer'}`,
    );
  }
  return answer.matches;
};

let installed = false;

/** Makes this thread's extraction run field patterns under the budget. Idempotent. */
export function guardFieldPatterns(): void {
  if (installed) return;
  installed = true;
  installPatternRunner(guardedRunner);
}
