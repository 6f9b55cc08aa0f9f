import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';

// Runs one export job in a process whose file-size limit (`ulimit -f`, set by the test that
// starts it) is below the export's size: the write fails with EFBIG, as on a full disk. Prints
// the finished job's status, message and registry reason as JSON.

const [projectPath, out] = process.argv.slice(2);
if (!projectPath || !out) throw new Error('usage: export-job-with-file-limit PROJECT OUT');
const runner = new JobRunner(sourceWorkerLauncher);
const job = runner.startExport({
  projectPath,
  format: 'jsonl',
  out,
  status: 'any',
  includeRejected: false,
  overwrite: false,
  actor: 'test',
  title: 'test',
});
const { status, error, errorReason } = await runner.wait(job.id);
process.stdout.write(`${JSON.stringify({ status, error, errorReason })}\n`);
