import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldSchema } from '../../shared/schema';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { builtInSchema } from './schema-choice';
import { currentSchema, updateSchema } from './schema-editing';
import { addValue } from './value-editing';

const tempDir = useTempDir('gleaner-schema-builtin-');

const textField = (key: string) => ({
  key,
  type: 'text' as const,
  cardinality: 'many' as const,
  required: false,
  extractors: [],
  labels: { 'zh-CN': key, en: key },
});

describe('a field called constructor (seventh sweep)', () => {
  it('is counted by its own values only: removable while empty, kept once it holds one', async () => {
    const dir = tempDir();
    const project = Project.open(path.join(dir, 'p.gleaner'), { schema: builtInSchema('empty') });
    try {
      fs.writeFileSync(path.join(dir, 'a.txt'), '这是一篇测试用的短文，说的是一家医院的新楼。');
      await importPaths(project.db, [path.join(dir, 'a.txt')], { actor: 'importer' });
      const save = (fields: FieldSchema['fields']) => {
        const schema = structuredClone(activeSchema(project.db));
        updateSchema(project.db, { ...schema, fields }, 'admin');
      };
      save([textField('constructor'), textField('note')]);
      expect(currentSchema(project.db).valueCounts).toEqual({});
      // Before: refused, "Field "constructor" has function Object() { [native code] } values".
      save([textField('note')]);
      expect(activeSchema(project.db).fields.map((f) => f.key)).toEqual(['note']);
      save([textField('note'), textField('constructor')]);
      const articleId = project.db.prepare('SELECT id FROM articles').pluck().get() as number;
      addValue(project.db, { articleId, fieldKey: 'constructor', text: '协和', spans: [] }, 'c');
      expect(() => save([textField('note')])).toThrow(
        'Field "constructor" has 1 value, so it cannot be removed or renamed',
      );
    } finally {
      project.close();
    }
  });
});
