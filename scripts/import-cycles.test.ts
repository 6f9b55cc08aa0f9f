import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

const root = path.resolve(import.meta.dirname, '..');

const tempRoots: string[] = [];
afterEach(() => {
  for (const dir of tempRoots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path → text) under a new temporary root and returns it. */
function plantFiles(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-cycles-'));
  tempRoots.push(dir);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('import cycles, type imports included', () => {
  it('finds none in the repository', () => {
    const graph = importGraph(root);
    expect(graph.size).toBeGreaterThan(300);
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds a planted cycle of type imports, which import-x/no-cycle does not follow', () => {
    const dir = plantFiles({
      'shared/a.ts': "import type { B } from './b';\nexport interface A { b: B }\n",
      'shared/b.ts': "import type { A } from './a';\nexport interface B { a?: A }\n",
      'shared/c.ts': "import type { A } from './a';\nexport type C = A;\n",
    });
    expect(importCycles(importGraph(dir, ['shared']))).toEqual([['shared/a.ts', 'shared/b.ts']]);
  });

  it('follows re-exports, index files, .tsx components and a file importing itself', () => {
    const dir = plantFiles({
      'renderer/store.ts': "export { view } from './view';\n",
      'renderer/view/index.ts': "export * from './View';\n",
      'renderer/view/View.tsx': "import { x } from '../store';\nexport const view = x;\n",
      'renderer/self.ts': "import './self';\n",
    });
    expect(importCycles(importGraph(dir, ['renderer'])).sort()).toEqual([
      ['renderer/self.ts'],
      ['renderer/store.ts', 'renderer/view/View.tsx', 'renderer/view/index.ts'],
    ]);
  });
});
