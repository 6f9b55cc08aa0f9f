import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were a file at `file`, returning the messages of the layering rule. */
async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rules (DESIGN.md)', () => {
  it('keeps shared/ pure: no node:*, electron, better-sqlite3 or react', async () => {
    for (const source of [
      'node:fs',
      'electron',
      'better-sqlite3',
      'react',
      '../electron/services/project',
      'fs',
    ]) {
      const errors = await layeringErrors(
        'shared/text/example.ts',
        `import x from '${source}';\nexport const y = x;\n`,
      );
      expect(errors.length, source).toBeGreaterThan(0);
    }
    await expect(
      layeringErrors('shared/text/example.ts', "import { z } from 'zod';\nexport const y = z;\n"),
    ).resolves.toEqual([]);
  });

  it('lets tests in shared/ read files', async () => {
    await expect(
      layeringErrors(
        'shared/text/example.test.ts',
        "import fs from 'node:fs';\nexport const y = fs;\n",
      ),
    ).resolves.toEqual([]);
  });

  it('keeps the renderer away from electron, Node and the electron/ folder', async () => {
    for (const source of [
      'electron',
      'node:path',
      '../../electron/services/project',
      'better-sqlite3',
    ]) {
      const errors = await layeringErrors(
        'renderer/features/example.ts',
        `import x from '${source}';\nexport const y = x;\n`,
      );
      expect(errors.length, source).toBeGreaterThan(0);
    }
    await expect(
      layeringErrors(
        'renderer/features/example.ts',
        "import { contract } from '../../shared/contract/contract';\nexport const y = contract;\n",
      ),
    ).resolves.toEqual([]);
  });
});

describe('SQL only in electron/database/ (issue 18)', () => {
  /** The messages of the SQL rule for a snippet linted as if it were at `file`. */
  async function sqlErrors(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
    return result!.messages
      .filter((m) => m.ruleId === 'no-restricted-syntax')
      .map((m) => m.message);
  }

  const header = "import type { ProjectDatabase } from '../database/open-project';\n";
  const violations = {
    prepare: "export const f = (db: ProjectDatabase) => db.prepare('SELECT 1').get();\n",
    'statement(':
      "import { statement } from '../database/statement-cache';\n" +
      "export const f = (db: ProjectDatabase) => statement(db, 'SELECT 1').get();\n",
    'typed prepare':
      "import { prepare } from '../database/typed-statement';\n" +
      "export const q = prepare<[], { n: number }>('SELECT 1 AS n');\n",
    'db.exec': "export const f = (db: ProjectDatabase) => db.exec('DELETE FROM audit');\n",
    'project.db.exec':
      'export const f = (project: { db: ProjectDatabase }, sql: string) => project.db.exec(sql);\n',
    pragma: "export const f = (db: ProjectDatabase) => db.pragma('integrity_check');\n",
  };

  it('refuses each kind of statement in services/, export/, jobs/, cli/ and api/', async () => {
    for (const folder of ['services', 'export', 'jobs', 'cli', 'api', 'main']) {
      for (const [kind, code] of Object.entries(violations)) {
        const errors = await sqlErrors(`electron/${folder}/example.ts`, header + code);
        expect(errors.length, `${kind} in ${folder}`).toBeGreaterThan(0);
        expect(errors[0]).toMatch(/electron\/database/);
      }
    }
  });

  it('allows them in database/, and in tests, which check stored rows directly', async () => {
    for (const file of [
      'electron/database/example.ts',
      'electron/services/example.test.ts',
      'electron/test-support/example.ts',
    ]) {
      for (const [kind, code] of Object.entries(violations)) {
        await expect(sqlErrors(file, header + code), `${kind} in ${file}`).resolves.toEqual([]);
      }
    }
  });

  it("leaves a RegExp's exec and a database function call alone", async () => {
    await expect(
      sqlErrors(
        'electron/services/example.ts',
        header +
          "import { valueRow } from '../database/value-edits-repository';\n" +
          'export const f = (db: ProjectDatabase, text: string) =>\n' +
          '  [/(\\d+)/.exec(text), /x/g.exec(text), valueRow(db, 1)];\n',
      ),
    ).resolves.toEqual([]);
  });
});
