import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Project } from '../services/project';
import { builtInSchema } from '../services/schema-choice';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir('gleaner-schema-links-');
const cli = useInProcessCli();

describe('gleaner schema export --out a symbolic link (seventh sweep)', () => {
  it('refuses a dangling link without --overwrite, and replaces a link, not its file, with it', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.gleaner');
    Project.open(project, { schema: builtInSchema('empty') }).close();
    const elsewhere = path.join(dir, 'elsewhere', 'settings.json');
    fs.mkdirSync(path.dirname(elsewhere));
    const dangling = path.join(dir, 'schema.json');
    fs.symlinkSync(elsewhere, dangling);
    // Before: exit 0, and the schema was written at the place the link pointed to.
    const refused = await cli('schema', 'export', '--project', project, '--out', dangling);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists');
    expect(fs.existsSync(elsewhere)).toBe(false);

    fs.writeFileSync(elsewhere, '{"mine":true}');
    const replaced = await cli(
      ...['schema', 'export', '--project', project, '--out', dangling, '--overwrite'],
    );
    expect(replaced.code).toBe(0);
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(false);
    expect(JSON.parse(fs.readFileSync(dangling, 'utf8'))).toMatchObject({ id: 'empty' });
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('{"mine":true}');
    expect(fs.readdirSync(dir).sort()).toEqual(['elsewhere', 'p.gleaner', 'schema.json']);
  });
});
