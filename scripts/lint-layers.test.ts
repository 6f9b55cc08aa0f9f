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
