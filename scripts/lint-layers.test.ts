import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
// The direction rules need not follow the whole import graph as no-cycle does (seconds a file).
const eslint = new ESLint({ cwd: root, overrideConfig: { rules: { 'import-x/no-cycle': 'off' } } });
const cycleLint = new ESLint({ cwd: root });

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

describe('write transactions take the lock first', () => {
  it('refuses a deferred db.transaction(fn)() in electron/, allows inWriteTransaction and .immediate()', async () => {
    const header =
      "import { inWriteTransaction, type ProjectDatabase } from '../database/open-project';\n";
    const deferred = 'export const f = (db: ProjectDatabase) => db.transaction(() => 1)();\n';
    for (const file of ['electron/services/example.ts', 'electron/database/example.ts']) {
      const [result] = await eslint.lintText(header + deferred, {
        filePath: path.join(root, file),
      });
      const messages = result!.messages.map((m) => m.message);
      expect(messages, file).toContainEqual(expect.stringMatching(/use inWriteTransaction/));
    }
    const allowed =
      'export const f = (db: ProjectDatabase) => inWriteTransaction(db, () => 1);\n' +
      'export const g = (db: ProjectDatabase) => db.transaction(() => 1).immediate();\n';
    const [result] = await eslint.lintText(header + allowed, {
      filePath: path.join(root, 'electron/services/example.ts'),
    });
    expect(result!.messages.map((m) => m.message)).not.toContainEqual(
      expect.stringMatching(/inWriteTransaction/),
    );
  });
});

/** Lints a snippet as if it were a file at `file`, returning the messages of `rule`. */
async function ruleErrors(rule: string, file: string, code: string): Promise<string[]> {
  const linter = rule === 'import-x/no-cycle' ? cycleLint : eslint;
  const [result] = await linter.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => m.ruleId === rule).map((m) => m.message);
}

const importing = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;

describe('direction inside electron/ (eslint.config.js, electronLayers)', () => {
  const directionErrors = (file: string, source: string) =>
    ruleErrors('import-x/no-restricted-paths', file, importing(source));

  it('refuses an import up the layers', async () => {
    for (const [file, source] of [
      ['electron/database/example.ts', '../services/project'],
      ['electron/database/open-project.ts', '../api/handlers'],
      ['electron/database/articles-repository.ts', '../services/backups'],
      ['electron/database/migrations/example.ts', '../../api/handlers'],
      ['electron/services/example.ts', '../api/handlers'],
      ['electron/services/example.ts', '../jobs/job-runner'],
      ['electron/api/example.ts', '../main/ipc'],
      ['electron/export/example.ts', '../services/project'],
      ['electron/import/example.ts', '../export/dataset'],
      ['electron/main/example.ts', '../cli/main'],
      ['electron/preload/example.ts', '../services/project'],
      ['electron/services/example.ts', '../test-support/temp-dir'],
    ]) {
      const errors = await directionErrors(file!, source!);
      expect(errors.length, `${file} → ${source}`).toBeGreaterThan(0);
    }
  });

  it('has a place in the table for every folder of electron/', async () => {
    // A folder missing from electronLayers would be under no rule: each must refuse the entry
    // points (main/ for every folder but main/, which must refuse its peer cli/).
    const folders = fs
      .readdirSync(path.join(root, 'electron'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'test-support')
      .map((entry) => entry.name);
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders) {
      const top = folder === 'main' ? '../cli/main' : '../main/main';
      const errors = await directionErrors(`electron/${folder}/example.ts`, top);
      expect(errors.length, `electron/${folder}/ is not in electronLayers`).toBeGreaterThan(0);
    }
  });

  it('allows an import down the layers, and tests that put layers together', async () => {
    for (const [file, source] of [
      ['electron/main/example.ts', '../api/callers'],
      ['electron/cli/example.ts', '../server/web-server'],
      ['electron/api/example.ts', '../services/project'],
      ['electron/api/example.ts', '../database/articles-repository'],
      ['electron/services/example.ts', '../database/open-project'],
      ['electron/services/example.ts', '../export/dataset'],
      ['electron/services/example.ts', '../nlp/jieba-tagger'],
      ['electron/database/example.ts', '../../shared/contract/errors'],
      ['electron/database/example.test.ts', '../services/project'],
    ]) {
      await expect(directionErrors(file!, source!), `${file} → ${source}`).resolves.toEqual([]);
    }
  });

  it('keeps shared/ from importing anything outside shared/', async () => {
    for (const source of ['../../seeds/hospital-news.schema.json', '../../scripts/import-graph']) {
      const errors = await directionErrors('shared/text/example.ts', source);
      expect(errors.length, source).toBeGreaterThan(0);
    }
  });
});

describe('renderer: components → stores → api client', () => {
  const storeErrors = (file: string, source: string) =>
    ruleErrors('import-x/no-restricted-paths', file, importing(source));

  it('refuses the api client outside stores', async () => {
    for (const [file, source] of [
      ['renderer/features/recovery/Example.tsx', '../../api/client'],
      ['renderer/features/editing/example-commands.ts', '../../api/client'],
      ['renderer/app/Example.tsx', '../api/client'],
    ]) {
      const errors = await storeErrors(file!, source!);
      expect(errors.length, file).toBeGreaterThan(0);
    }
  });

  it('lets stores, and parts of a store, call the api client', async () => {
    for (const file of [
      'renderer/features/articles/example-store.ts',
      'renderer/features/articles/example-store.part.ts',
    ]) {
      await expect(storeErrors(file, '../../api/client'), file).resolves.toEqual([]);
    }
  });

  it('refuses a store importing a component', async () => {
    const errors = await storeErrors(
      'renderer/features/articles/example-store.ts',
      './ArticleList',
    );
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe('no import cycles (import-x/no-cycle)', () => {
  it('reports an import that leads back to the importing file', async () => {
    // articles-store imports fields-store, which reaches articles-store again through this import.
    const errors = await ruleErrors(
      'import-x/no-cycle',
      'renderer/features/fields/fields-store.ts',
      "import { useArticlesStore } from '../articles/articles-store';\nexport const y = useArticlesStore;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('reports nothing for an import that does not lead back', async () => {
    await expect(
      ruleErrors(
        'import-x/no-cycle',
        'renderer/features/fields/fields-store.ts',
        "import { knownValue } from '../editing/value-cache';\nexport const y = knownValue;\n",
      ),
    ).resolves.toEqual([]);
  });
});

describe('size: functions up to 80 lines, files up to 300 (issue 18 point 4)', () => {
  /** A function whose body has `statements` counted lines, plus blank lines and comments. */
  const functionOf = (name: string, statements: number) =>
    `export function ${name}(): number {\n  let n = 0;\n` +
    Array.from({ length: statements }, (_, i) => `  n += ${i};\n\n  // step ${i}\n`).join('') +
    '  return n;\n}\n';
  /** A file of `count` small functions (5 counted lines each). */
  const fileOf = (count: number) =>
    Array.from(
      { length: count },
      (_, i) => `export function f${i}(): number {\n  return ${i};\n}\n`,
    ).join('\n');
  const sizeErrors = async (file: string, code: string) => [
    ...(await ruleErrors('max-lines-per-function', file, code)),
    ...(await ruleErrors('max-lines', file, code)),
  ];

  it('refuses a function past 80 lines in electron/, shared/ and the renderer', async () => {
    for (const file of [
      'electron/services/example.ts',
      'electron/test-support/example.ts',
      'shared/text/example.ts',
      'renderer/features/articles/Example.tsx',
    ]) {
      const errors = await ruleErrors('max-lines-per-function', file, functionOf('long', 80));
      expect(errors.length, file).toBeGreaterThan(0);
    }
  });

  it('refuses a file past 300 lines', async () => {
    for (const file of ['electron/database/example.ts', 'renderer/features/fields/example.ts']) {
      const errors = await ruleErrors('max-lines', file, fileOf(101));
      expect(errors.length, file).toBeGreaterThan(0);
    }
  });

  it('counts neither blank lines nor comments, and allows units at the limit', async () => {
    // 76 statements + the opening, `let`, `return` and closing lines = 80 counted lines.
    await expect(
      sizeErrors('electron/services/example.ts', functionOf('atLimit', 76) + fileOf(40)),
    ).resolves.toEqual([]);
  });

  it('exempts tests and released migrations', async () => {
    for (const file of [
      'electron/services/example.test.ts',
      'renderer/features/articles/Example.test.tsx',
      'electron/database/migrations/0012-scale.ts',
    ]) {
      await expect(sizeErrors(file, functionOf('long', 90) + fileOf(101)), file).resolves.toEqual(
        [],
      );
    }
  });
});
