import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract/contract';
import { Project } from '../services/project';
import { openWindow } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

function projectWithApi() {
  const project = Project.open(path.join(tempDir(), 'p.gleaner'));
  // A window signed in as the project's first admin, calling through dispatch as the app does.
  const api = openWindow(project, 'ana');
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

  it('refuses an unknown encoding up front, naming it', async () => {
    const { project, api } = projectWithApi();
    await expect(
      api.call('import.start', { paths: [tempDir()], encoding: 'gb-1234' }),
    ).rejects.toThrow(
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
    const started = await api.call('import.upload', {
      files: [{ name: 'short.txt', dataBase64 }],
      encoding: 'BIG5',
    });
    let job = started;
    while (job.status === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await api.call('jobs.get', { id: started.id });
    }
    expect(job.error).toBeNull();
    expect(job.report).toMatchObject({ files: 1, skippedCount: 0 });
    expect(project.db.prepare('SELECT text, encoding FROM documents').all()).toEqual([
      { text: '院', encoding: 'big5' },
    ]);
    project.close();
  });
});
