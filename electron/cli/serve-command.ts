import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { JobRunner } from '../jobs/job-runner';
import { sessionPriority } from '../jobs/session-priority';
import { ProjectHost } from '../api/project-host';
import { bundledSeedsDir, rendererDistDir } from '../app-root';
import { startWebServer } from '../server/web-server';
import { errorText } from './error-lines';
import { printable } from './printable';
import { rememberLastProject, resolveStartupProject, userDataDir } from '../services/paths';

/** `gleaner serve`: browser mode on 127.0.0.1 until interrupted. */
export async function serveCommand(options: {
  project?: string | undefined;
  port: number;
}): Promise<void> {
  const dataDir = userDataDir();
  const projectPath = options.project ?? resolveStartupProject(dataDir);
  // A damaged project is served too: the window shows its recovery screen (restore a backup).
  const host = new ProjectHost({
    // Jobs yield the cores to the browser window that follows them.
    jobs: new JobRunner(sourceWorkerLauncher, {
      background: true,
      // The browser runs in another session than this terminal: yield to it (see the module).
      sessionPriority: sessionPriority(),
      // A job over a few articles starts at once instead of loading a worker first.
      warm: true,
    }),
    actor: 'local',
    seedsDir: bundledSeedsDir,
  });
  const failure = host.open(projectPath);
  if (!options.project && !failure) rememberLastProject(dataDir, host.path);
  const stopBackups = host.startDailyBackups();
  const server = await startWebServer({
    handlers: host.handlers,
    staticDir: rendererDistDir,
    port: options.port,
  });
  if (failure) {
    console.error(errorText(failure, ''));
    console.log(`Gleaner is serving the recovery screen for ${printable(host.path)}`);
  } else {
    const info = host.openProject!.info();
    console.log(`Gleaner is serving ${printable(info.path)} (${info.articleCount} articles)`);
  }
  console.log(`Open ${server.url} in your browser. Press Ctrl+C to stop.`);
  const stop = (): void => {
    stopBackups();
    void server.close().then(() => {
      host.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
