// Starts a job worker from the TypeScript sources under plain Node (tests, the command line,
// browser mode): registers tsx's loader in this thread, then loads the worker module.
// The packaged desktop app runs bundled .cjs workers instead and never loads this file.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
