import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { checkProjectFile } from './check-project-file';
import { Project } from './project';
import { addValue } from './value-editing';

const tempDir = useTempDir('gleaner-edge-numbers-');

function refusal(write: () => unknown): ApiError {
  try {
    write();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('the value was stored');
}

describe('a number typed past what a value can hold (ninth sweep)', () => {
  it('is refused naming field and text, instead of being stored as null and stopping every export', () => {
    const file = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(file, { seedsDir: bundledSeedsDir });
    const { db } = project;
    const articleId = (db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }).id;
    const count = () =>
      (db.prepare('SELECT count(*) AS n FROM field_values').get() as { n: number }).n;
    const before = count();
    const typed = [
      // Past a double: parsed to Infinity, which JSON writes as null.
      ['areas', `${'9'.repeat(400)}平方米`],
      // A whole number past 2^53: no longer the number typed.
      ['beds', '1,000,000,000,000,000,000,000'],
    ] as const;
    for (const [fieldKey, text] of typed) {
      const error = refusal(() => addValue(db, { articleId, fieldKey, text, spans: [] }, 'wang'));
      expect(error.code).toBe('invalid-input');
      expect(error.message).toContain(fieldKey);
      expect(error.issues?.join(' ')).toContain('not a value of type');
    }
    expect(count()).toBe(before);
    // A large number a value holds is still taken.
    addValue(db, { articleId, fieldKey: 'beds', text: '9007199254740991', spans: [] }, 'wang');
    expect(count()).toBe(before + 1);
    project.close();
    expect(checkProjectFile(file).problems.filter((p) => p.kind === 'value')).toEqual([]);
  });
});
