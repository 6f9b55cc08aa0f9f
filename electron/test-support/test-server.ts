import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createHandlers } from '../api/handlers';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { startWebServer, type WebServer } from '../server/web-server';
import { useTempDir } from './temp-dir';

export interface TestServer {
  server: WebServer;
  /** The server's address, ending in a slash (`http://127.0.0.1:PORT/`). */
  url: string;
  port: number;
  project: Project;
  /** The test's folder: the project, the renderer folder, and a file outside it (secret.txt). */
  dir: string;
}

/**
 * Browser mode as `gleaner serve` runs it, for one test: a real project file in a fresh folder,
 * the real handlers and the real server on a free 127.0.0.1 port, serving a one-page renderer
 * folder beside `secret.txt` (which no path may reach). Server and project are closed after each
 * test. Call it at the top of a test file; the function it gives starts one server.
 */
export function useTestServer(
  tempPrefix?: string,
): (options?: { seedsDir?: string }) => Promise<TestServer> {
  const tempDir = useTempDir(tempPrefix);
  const running: { server: WebServer; project: Project }[] = [];
  afterEach(async () => {
    for (const { server, project } of running.splice(0)) {
      await server.close();
      project.close();
    }
  });
  return async (options = {}) => {
    const dir = tempDir();
    const staticDir = path.join(dir, 'renderer');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Gleaner</title>');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
    const project = Project.open(path.join(dir, 'p.gleaner'), { seedsDir: options.seedsDir });
    const server = await startWebServer({
      handlers: createHandlers({
        project,
        jobs: new JobRunner(sourceWorkerLauncher),
        actor: 'local',
      }),
      staticDir,
    }).catch((error: unknown) => {
      project.close();
      throw error;
    });
    running.push({ server, project });
    return { server, url: server.url, port: Number(new URL(server.url).port), project, dir };
  };
}
