import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditedWrite } from '../database/audited-write';
import { activeSchema } from '../database/schema-repository';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';
import { saveWordList } from './field-word-list';
import { fieldOf } from './value-write';

const tempDir = useTempDir('gleaner-lexicon-long-');

describe('a word list row longer than a word list holds (issue 16, eighth sweep)', () => {
  it('is skipped and named, the rest imported, and the project keeps working', async () => {
    const dir = tempDir();
    const { project, admin, ids } = await reviewProject(dir);
    try {
      const file = path.join(dir, 'hospitals.csv');
      // A file without line breaks is one row: here 5 MB of it between two good rows.
      fs.writeFileSync(file, `协和医院,北京协和医院\n${'院'.repeat(5_000_000)}\n华山医院\n`);
      const result = await admin.call('lexicon.import', { fieldKey: 'hospital', path: file });
      expect(result.imported).toBe(2);
      expect(result.skipped).toEqual([
        {
          row: 2,
          reason: 'the text is 5000000 characters long; a word list holds texts of up to 200',
        },
      ]);
      // Before: the row was stored in the schema, which then failed to read ("invalid field
      // schema") on every value write, lexicon import and schema read that followed.
      expect(activeSchema(project.db).fields.find((f) => f.key === 'hospital')?.lexicon).toEqual([
        { text: '协和医院', value: '北京协和医院' },
        { text: '华山医院' },
      ]);
      expect(await admin.call('articles.fields', { id: ids[0]! })).toBeTruthy();
      fs.writeFileSync(file, '瑞金医院\n');
      expect(await admin.call('lexicon.import', { fieldKey: 'hospital', path: file })).toEqual({
        imported: 1,
        skipped: [],
      });
    } finally {
      project.close();
    }
  });

  it('a schema version that would not read back is never stored, whatever path saves it', async () => {
    const { project } = await reviewProject(tempDir());
    try {
      const before = activeSchema(project.db);
      const field = fieldOf(project.db, 'hospital');
      const refused = await failure(
        Promise.resolve().then(() =>
          auditedWrite(project.db, 'admin', (write) =>
            saveWordList(project.db, write, field, [{ text: '院'.repeat(201) }]),
          ),
        ),
      );
      expect(refused.code).toBe('invalid-input');
      expect(refused.message).toContain('lexicon');
      expect(activeSchema(project.db)).toEqual(before);
    } finally {
      project.close();
    }
  });
});
