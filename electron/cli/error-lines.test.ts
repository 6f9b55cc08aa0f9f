import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiError } from '../../shared/contract/error-messages';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { errorText, messageLines } from './error-lines';

const tempDir = useTempDir('gleaner-error-lines-');
const cli = useInProcessCli();

/** The exported schema of a new project, with two fields made wrong. */
async function brokenSchemaFile(dir: string, name: string): Promise<string> {
  const project = path.join(dir, 'p.gleaner');
  const exported = path.join(dir, 'schema.json');
  expect((await cli('init', '--project', project)).code).toBe(0);
  expect((await cli('schema', 'export', '--project', project, '--out', exported)).code).toBe(0);
  const schema = JSON.parse(fs.readFileSync(exported, 'utf8')) as {
    fields: Record<string, unknown>[];
  };
  schema.fields[0]!.type = 'nonsense';
  schema.fields[1]!.cardinality = 'lots';
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(schema));
  return file;
}

describe('a message of several lines is printed as lines (issue 16, eighth sweep)', () => {
  it('gleaner schema import and gleaner init --schema list each problem on a line of its own', async () => {
    const dir = tempDir();
    const file = await brokenSchemaFile(dir, 'bad.json');
    for (const args of [
      ['schema', 'import', '--project', path.join(dir, 'p.gleaner'), file],
      ['init', '--project', path.join(dir, 'new.gleaner'), '--schema', file],
    ]) {
      const run = await cli(...args);
      expect(run.code, args[0]).toBe(1);
      // Before: one line, the problems joined by a literal backslash-n.
      expect(run.err).not.toContain('\\n');
      const lines = run.err.split('\n');
      expect(lines[0]).toMatch(/^gleaner: .*bad\.json is not a usable schema:$/);
      expect(lines.slice(1)).toEqual([
        expect.stringMatching(/^ {2}- field "\w+" \(fields\[0\]\)\.type: /),
        expect.stringMatching(/^ {2}- field "\w+" \(fields\[1\]\)\.cardinality: /),
      ]);
    }
  });

  it('a file name with a line break still cannot forge a line', async () => {
    const dir = tempDir();
    const file = await brokenSchemaFile(dir, 'bad\ngleaner: all is well.json');
    const run = await cli('schema', 'import', '--project', path.join(dir, 'p.gleaner'), file);
    const lines = run.err.split('\n');
    expect(lines[0]).toContain('bad\\ngleaner: all is well.json is not a usable schema:');
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((line) => line.startsWith('  - field'))).toBe(true);
  });

  it('an item of the list is escaped whole; other parameters keep their escapes', () => {
    const items = ['field "a\nb": bad', 'field "c\u001b[31m": bad'];
    const error = apiError(
      'schema-unusable',
      { source: 'The schema file x\r.json', problems: items.join('\n- ') },
      items,
    );
    expect(messageLines(error)).toEqual([
      'The schema file x\\r.json is not a usable schema:',
      '- field "a\\nb": bad',
      '- field "c\\u001b[31m": bad',
    ]);
    // An error of no registry key, or not an ApiError, is one escaped line as before.
    expect(errorText(new Error('two\nlines'))).toBe('gleaner: two\\nlines');
  });
});
