import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-job-owners-');

describe('cancelling a job', () => {
  it('is for the profile that started it, or an admin', async () => {
    const dir = tempDir();
    const { project, admin, windows } = await reviewProject(dir, {
      王芳: 'curator',
      赵敏: 'curator',
    });
    const wang = windows['王芳']!;
    const zhao = windows['赵敏']!;
    const exportBy = (window: typeof wang, name: string) =>
      window.call('export.start', { format: 'jsonl', out: path.join(dir, `${name}.jsonl`) });
    const adminJob = await exportBy(admin, 'admin');
    const wangJob = await exportBy(wang, 'wang');
    const refused = await failure(zhao.call('jobs.cancel', { id: adminJob.id }));
    expect(refused.code).toBe('forbidden');
    expect(refused.message).toContain('cancel a job another profile started');
    await expect(failure(zhao.call('jobs.cancel', { id: wangJob.id }))).resolves.toMatchObject({
      code: 'forbidden',
    });
    await expect(wang.call('jobs.cancel', { id: wangJob.id })).resolves.toMatchObject({
      id: wangJob.id,
    });
    await expect(admin.call('jobs.cancel', { id: wangJob.id })).resolves.toMatchObject({
      id: wangJob.id,
    });
    for (const id of [adminJob.id, wangJob.id]) {
      await waitFor(admin, id);
    }
    project.close();
  }, 60_000);
});

async function waitFor(
  window: { call: (m: 'jobs.get', i: { id: string }) => Promise<{ status: string }> },
  id: string,
): Promise<void> {
  while ((await window.call('jobs.get', { id })).status === 'running')
    await new Promise((resolve) => setTimeout(resolve, 50));
}
