import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/contract';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createHandlers } from './handlers';

const tempDir = useTempDir();

function projectWithApi() {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  const api = createHandlers({ project, jobs: new JobRunner(sourceWorkerLauncher), actor: 'ana' });
  return { project, api };
}

describe('import.start / import.upload with a chosen encoding ("decode as…")', () => {
  it('takes an optional encoding in the contract', () => {
    const input = { paths: ['/x'], encoding: 'big5' };
    expect(contract['import.start'].input.parse(input)).toEqual(input);
    expect(contract['import.upload'].input.safeParse({ files: [], encoding: '' }).success).toBe(
      false,
    );
  });

  it('refuses an unknown encoding up front, naming it', () => {
    const { project, api } = projectWithApi();
    expect(() => api['import.start']({ paths: [tempDir()], encoding: 'gb-1234' })).toThrow(
      expect.objectContaining({
        code: 'invalid-input',
        message: expect.stringContaining('Cannot import: unknown encoding "gb-1234"'),
      }),
    );
    project.close();
  });

  it('decodes the uploaded files with it', async () => {
    const { project, api } = projectWithApi();
    const dataBase64 = iconv.encode('院', 'big5').toString('base64');
    const started = await api['import.upload']({
      files: [{ name: 'short.txt', dataBase64 }],
      encoding: 'BIG5',
    });
    let job = started;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await api['jobs.get']({ id: started.id });
    }
    expect(job.error).toBeNull();
    expect(job.report).toMatchObject({ files: 1, skippedCount: 0 });
    expect(project.db.prepare('SELECT text, encoding FROM documents').all()).toEqual([
      { text: '院', encoding: 'big5' },
    ]);
    project.close();
  });
});
