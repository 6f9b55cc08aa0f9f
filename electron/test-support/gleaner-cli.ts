import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { appRoot } from '../app-root';

/** The command line exactly as a user starts it: `bin/gleaner.mjs` in a Node process of its own. */
export const gleanerBin = path.join(appRoot, 'bin', 'gleaner.mjs');

export interface GleanerRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `gleaner ARGS…` to its end. Each start costs about 2.5 s of CPU under tsx, so the default
 * limit leaves room for a loaded machine; a long import passes a larger one.
 */
export function runGleaner(args: readonly string[], timeoutMs = 60_000): GleanerRun {
  const result = spawnSync(process.execPath, [gleanerBin, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `gleaner export --format jsonl --status any` of the whole project (narrowed by `extra`) to `out`. */
export function exportJsonl(project: string, out: string, ...extra: string[]): GleanerRun {
  return runGleaner([
    'export',
    '--project',
    project,
    '--format',
    'jsonl',
    '--status',
    'any',
    '--out',
    out,
    ...extra,
  ]);
}
