import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Source folders whose imports form the graph (node_modules and build output are outside). */
export const sourceFolders = ['electron', 'renderer', 'shared', 'scripts', 'bench', 'e2e'];

const sourceFile = /\.(ts|tsx|mts)$/;
const candidates = ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

function listSources(root: string, folder: string): string[] {
  const entries = fs.readdirSync(path.join(root, folder), { withFileTypes: true });
  return entries.flatMap((entry) => {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) return listSources(root, relative);
    return sourceFile.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

/** The file a relative specifier names, as a path relative to `root`, or null when none is. */
function resolveRelative(root: string, from: string, specifier: string): string | null {
  const base = path.posix.join(path.posix.dirname(from), specifier);
  for (const suffix of candidates) {
    const target = base + suffix;
    if (sourceFile.test(target) && fs.existsSync(path.join(root, target))) return target;
  }
  return null;
}

/**
 * Every source file and the source files it imports, counting `import type` and re-exports:
 * a cycle of types alone costs nothing at run time, but it still ties two modules together.
 */
export function importGraph(
  root: string,
  folders: readonly string[] = sourceFolders,
): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => listSources(root, folder))) {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(root, file, specifier))
      .filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The import cycles of a graph: its strongly connected components of more than one file (and
 * files that import themselves), each sorted, found by Tarjan's algorithm in linear time.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;

  function visit(file: string): void {
    index.set(file, next);
    lowLink.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file)!, lowLink.get(target)!));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file)!, index.get(target)!));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
  }

  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
