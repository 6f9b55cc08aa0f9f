import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldSchema } from '../../shared/schema';
import { useInProcessCli } from '../test-support/cli-in-process';
import { failure, reviewProject } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-schema-labels-');
const cli = useInProcessCli();

describe('a field label that disguises a field is refused when saved (issue 16, eighth sweep)', () => {
  it('gleaner schema import names each label, and the project keeps its schema', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    expect((await cli('init', '--project', project)).code).toBe(0);
    const file = path.join(dir, 'schema.json');
    expect((await cli('schema', 'export', '--project', project, '--out', file)).code).toBe(0);
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as FieldSchema;
    // Before: imported as is; "\u202E" showed "latipsoH" as "Hospital" in the Fields panel.
    schema.fields[0]!.labels.en = '\u202Elatipsoh';
    schema.fields[1]!.labels['zh-CN'] = '省份\n（见下）';
    schema.fields[2]!.labels.en = 'x'.repeat(201);
    fs.writeFileSync(file, JSON.stringify(schema));
    const run = await cli('schema', 'import', '--project', project, file);
    expect(run.code).toBe(1);
    const lines = run.err.split('\n');
    expect(lines.slice(1)).toEqual([
      `  - field "${schema.fields[0]!.key}" (fields[0]).labels.en: contains a control character or an invisible mark (bidi, zero-width); retype it`,
      `  - field "${schema.fields[1]!.key}" (fields[1]).labels.zh-CN: contains a control character or an invisible mark (bidi, zero-width); retype it`,
      `  - field "${schema.fields[2]!.key}" (fields[2]).labels.en: is 201 characters long; a label has at most 200`,
    ]);
    const again = path.join(dir, 'again.json');
    expect((await cli('schema', 'export', '--project', project, '--out', again)).code).toBe(0);
    expect((JSON.parse(fs.readFileSync(again, 'utf8')) as FieldSchema).version).toBe(1);
  });

  it('the Fields dialog’s save is refused the same way', async () => {
    const { project, admin } = await reviewProject(tempDir());
    try {
      const current = (await admin.call('schema.get', {})).schema as unknown as FieldSchema;
      const next = structuredClone(current);
      next.fields[0]!.labels['zh-CN'] = '医院\u200b';
      const refused = await failure(
        admin.call('schema.update', { schema: next as unknown as Record<string, unknown> }),
      );
      expect(refused.code).toBe('invalid-input');
      expect(refused.issues).toEqual([
        `field "${next.fields[0]!.key}" (fields[0]).labels.zh-CN: contains a control character or an invisible mark (bidi, zero-width); retype it`,
      ]);
      expect((await admin.call('schema.get', {})).schema.version).toBe(current.version);
    } finally {
      project.close();
    }
  });
});
