import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../shared/contract/error-messages';
import { appRoot, bundledSeedsDir } from '../app-root';
import { ImportWriteError } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { jobFailure, jobStopped } from './job-failure';

const tempDir = useTempDir('gleaner-job-failure-');

const systemError = (code: string, message: string) =>
  Object.assign(new Error(`${code}: ${message}, write`), { code, syscall: 'write' });

describe('a failed job says why with a registry key (so a Chinese window says it in Chinese)', () => {
  it('keeps a keyed error, names the file of a refused write, says a full project disk', () => {
    expect(jobFailure(apiError('article-missing', { articleId: 3 }), 'import').reason).toEqual({
      key: 'article-missing',
      params: { articleId: 3 },
    });
    // A write through an open descriptor carries no path: the export's own file stands in.
    expect(jobFailure(systemError('EFBIG', 'file too large'), 'export', '/out/a.csv')).toEqual({
      message: expect.stringContaining('/out/a.csv'),
      reason: { key: 'disk-full', params: { file: '/out/a.csv' } },
    });
    // Nor is the temporary file beside it a name the user knows.
    const partial = Object.assign(systemError('ENOENT', 'no such file or directory'), {
      path: '/out/.a.csv.123-abcd.partial',
    });
    expect(jobFailure(partial, 'export', '/out/a.csv').reason).toEqual({
      key: 'file-not-found',
      params: { file: '/out/a.csv' },
    });
    const full = Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
    const named = jobFailure(new ImportWriteError(full, 'a.txt'), 'import');
    expect(named.reason.key).toBe('job-write-failed');
    expect(named.message).toContain('Could not save a.txt');
    expect(jobFailure(new Error('something odd'), 'extract')).toEqual({
      message: 'something odd',
      reason: { key: 'extract-job-failed', params: { detail: 'something odd' } },
    });
    expect(jobStopped('export', 134)).toEqual({
      message: 'The export stopped unexpectedly (worker exit code 134).',
      reason: { key: 'export-job-stopped', params: { exitCode: 134 } },
    });
  });

  it.skipIf(process.platform === 'win32')(
    'an export job that hits the file-size limit (EFBIG) names its file under a key',
    () => {
      const dir = tempDir();
      const projectPath = path.join(dir, 'p.gleaner');
      Project.open(projectPath, { seedsDir: bundledSeedsDir }).close();
      const out = path.join(dir, 'out.jsonl');
      const script = path.join(
        appRoot,
        'electron',
        'test-support',
        'export-job-with-file-limit.ts',
      );
      // 64 blocks: far less than the nine seed articles' JSONL.
      const run = spawnSync(
        'sh',
        [
          '-c',
          'ulimit -f 64 && exec "$0" --import tsx "$@"',
          process.execPath,
          script,
          projectPath,
          out,
        ],
        { cwd: appRoot, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      const job = JSON.parse(run.stdout) as { status: string; error: string; errorReason: unknown };
      expect(job).toMatchObject({
        status: 'failed',
        errorReason: { key: 'disk-full', params: { file: expect.stringContaining('out') } },
      });
      expect(fs.existsSync(out)).toBe(false);
    },
    60_000,
  );
});
