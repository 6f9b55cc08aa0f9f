import { ProjectHost } from '../api/project-host';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { startWebServer } from '../server/web-server';

// Browser mode in a process of its own, to be killed with SIGKILL by server-kill.test.ts: the
// same host and server as `gleaner serve`, serving a test folder instead of the built renderer
// (which `npm test` builds only after the unit tests). Prints the server's address, then serves.

const [projectPath, staticDir] = process.argv.slice(2);
if (!projectPath || !staticDir) throw new Error('usage: killable-server PROJECT STATIC_DIR');
const host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'local' });
const failure = host.open(projectPath);
if (failure) throw failure;
const server = await startWebServer({ handlers: host.handlers, staticDir });
process.stdout.write(`${server.url}\n`);
