import type { ProjectDatabase } from '../database/open-project';
import { Project } from '../services/project';

/** Opens an existing project file, runs `work` on its database, and closes it whatever happens. */
export function withProject<T>(file: string, work: (db: ProjectDatabase) => T): T {
  const project = Project.open(file, { mustExist: true });
  try {
    return work(project.db);
  } finally {
    project.close();
  }
}
