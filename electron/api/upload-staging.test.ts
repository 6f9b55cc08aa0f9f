import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { createHandlers } from './handlers';

const tempDir = useTempDir('gleaner-upload-staging-');
const caller = { client: 'window:1' };
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('import.upload (seventh sweep)', () => {
  it('imports files named with a NUL or past 255 bytes, and leaves no copy behind', async () => {
    const project = Project.open(path.join(tempDir(), 'p.gleaner'));
    const jobs = new JobRunner(sourceWorkerLauncher);
    const api = createHandlers({ project, jobs, actor: 'ana' });
    try {
      const longName = `${'长'.repeat(120)}.txt`;
      // Before: Node's "without null bytes" and ENAMETOOLONG refused the whole upload, the good
      // file too, and every upload's copies stayed in the temporary folder for good.
      const started = await api['import.upload'](
        {
          files: [
            { name: 'first.txt', dataBase64: base64('第一篇测试短文，写的是某家医院的新楼。') },
            { name: 'bad\0name.txt', dataBase64: base64('第二篇测试短文，写的是一位医生的门诊。') },
            { name: longName, dataBase64: base64('第三篇测试短文，写的是一所医院的床位。') },
          ],
        },
        caller,
      );
      const done = await jobs.wait(started.id);
      expect(done.status).toBe('done');
      const imported = done.report!.imported;
      expect(imported.map((file) => file.name)).toEqual([
        'first.txt',
        'bad_name.txt',
        `${'长'.repeat(83)}.txt`,
      ]);
      const stagingDir = path.dirname(path.dirname(imported[0]!.path));
      expect(path.basename(stagingDir)).toMatch(/^gleaner-upload-/);
      expect(fs.existsSync(stagingDir)).toBe(false);
    } finally {
      project.close();
    }
  });
});
