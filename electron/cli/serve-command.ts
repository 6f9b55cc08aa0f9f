import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { JobRunner } from '../jobs/job-runner';
import { createHandlers } from '../api/handlers';
import { bundledSeedsDir, rendererDistDir } from '../app-root';
import { startWebServer } from '../server/web-server';
import { Project } from '../services/project';
import { rememberLastProject, resolveStartupProject, userDataDir } from '../services/paths';

/** `gleaner serve`: browser mode on 127.0.0.1 until interrupted. */
export async function serveCommand(options: {
  project?: string | undefined;
  port: number;
}): Promise<void> {
  const dataDir = userDataDir();
  const projectPath = options.project ?? resolveStartupProject(dataDir);
  const project = Project.open(projectPath, { seedsDir: bundledSeedsDir });
  if (!options.project) rememberLastProject(dataDir, project.filePath);
  const server = await startWebServer({
    handlers: createHandlers({
      project,
      jobs: new JobRunner(sourceWorkerLauncher),
      actor: 'local',
    }),
    staticDir: rendererDistDir,
    port: options.port,
  });
  const info = project.info();
  console.log(`Gleaner is serving ${info.path} (${info.articleCount} articles)`);
  console.log(`Open ${server.url} in your browser. Press Ctrl+C to stop.`);
  const stop = (): void => {
    void server.close().then(() => {
      project.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
