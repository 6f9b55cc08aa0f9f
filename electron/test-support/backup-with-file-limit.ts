import { ApiError } from '../../shared/contract/errors';
import { Project } from '../services/project';
import { backupProject } from '../services/project-backup';

// Backs a project up in a process whose file-size limit (`ulimit -f`, set by the test that
// starts it) is below the project's size: a full disk, as far as the backup can tell. Prints the
// error's payload as JSON, or "done".

const [projectPath, out] = process.argv.slice(2);
if (!projectPath || !out) throw new Error('usage: backup-with-file-limit PROJECT OUT');
const project = Project.open(projectPath, { mustExist: true });
try {
  await backupProject(project.db, out);
  process.stdout.write('done\n');
} catch (error) {
  const payload =
    error instanceof ApiError ? error.toPayload() : { code: 'raw', message: String(error) };
  process.stdout.write(`${JSON.stringify(payload)}\n`);
} finally {
  project.close();
}
