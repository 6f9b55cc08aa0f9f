// Bundles Electron's main process and preload into CommonJS files. The preload must be a single
// file: a sandboxed preload cannot require anything but a few Electron modules.
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { CLI_BUNDLE, CLI_BUNDLE_SOURCES, sourcesDigest } from '../bin/cli-bundle.mjs';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // import.meta is empty in CommonJS: code that needs it must not reach the desktop bundle.
  logOverride: { 'empty-import-meta': 'error' },
};
// Native modules are loaded from node_modules at run time, never bundled: better-sqlite3, and
// jieba (@node-rs/jieba: its .node binary comes from a per-platform package, and its dictionary
// is read from beside its own index.js).
const native = ['better-sqlite3', '@node-rs/jieba', '@node-rs/jieba/dict'];

await build({
  ...common,
  entryPoints: ['electron/main/main.ts'],
  outfile: 'dist-electron/main.cjs',
  external: ['electron', ...native],
});
await build({
  ...common,
  entryPoints: ['electron/preload/preload.ts'],
  outfile: 'dist-electron/preload.cjs',
  external: ['electron'],
});
// The job workers. Prepare workers are started by the import worker from its own folder: they
// must sit beside it. They run the extraction rules too, so jieba stays a run-time module here.
const workerBuilds = [];
for (const worker of ['import-worker', 'export-worker', 'prepare-worker']) {
  workerBuilds.push(
    await build({
      ...common,
      metafile: true,
      entryPoints: [`electron/jobs/${worker}.ts`],
      outfile: `dist-electron/${worker}.cjs`,
      external: ['electron', ...native],
    }),
  );
}
// The command line (bin/gleaner.mjs) as one ES module of the app's own sources; packages stay in
// node_modules, loaded by Node as they are. `gleaner serve` starts the bundled workers above, so
// the record of sources covers theirs too: a source changed since makes the whole bundle stale.
// jieba's dictionary module has no `exports` map: an ES module must name its file.
const esmSubpaths = {
  name: 'esm-subpaths',
  setup(build) {
    build.onResolve({ filter: /^@node-rs\/jieba\/dict$/ }, () => ({
      path: '@node-rs/jieba/dict.js',
      external: true,
    }));
  },
};
const cli = await build({
  ...common,
  entryPoints: ['electron/cli/main.ts'],
  outfile: CLI_BUNDLE,
  format: 'esm',
  target: 'node20',
  // Node loads an ES module package file by file (linkedom, zod and opencc-js are hundreds of
  // files): bundled, the command line starts in a third of the time. Their CommonJS parts ask for
  // Node's own modules through \`require\`, which an ES module gets from createRequire.
  external: ['tsx', ...native],
  plugins: [esmSubpaths],
  banner: {
    js: "import { createRequire as gleanerRequire } from 'node:module'; const require = gleanerRequire(import.meta.url);",
  },
  metafile: true,
});
const ownSources = (result) =>
  Object.keys(result.metafile.inputs).filter((input) => !input.includes('node_modules/'));
const sources = [
  ...new Set([...ownSources(cli), ...workerBuilds.flatMap(ownSources), 'package-lock.json']),
].sort();
writeFileSync(
  CLI_BUNDLE_SOURCES,
  `${JSON.stringify({ digest: sourcesDigest('.', sources), sources }, null, 1)}\n`,
);
console.log(
  'Built dist-electron/main.cjs, preload.cjs, the import, export and prepare workers, and cli.mjs',
);
