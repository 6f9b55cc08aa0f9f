// Bundles Electron's main process and preload into CommonJS files. The preload must be a single
// file: a sandboxed preload cannot require anything but a few Electron modules.
import { build } from 'esbuild';

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
await build({
  ...common,
  entryPoints: ['electron/jobs/import-worker.ts'],
  outfile: 'dist-electron/import-worker.cjs',
  external: ['electron', ...native],
});
await build({
  ...common,
  entryPoints: ['electron/jobs/export-worker.ts'],
  outfile: 'dist-electron/export-worker.cjs',
  external: ['electron', ...native],
});
// Prepare workers are started by the import worker from its own folder: they must sit beside it.
// They run the extraction rules too, so jieba stays a run-time module here as well.
await build({
  ...common,
  entryPoints: ['electron/jobs/prepare-worker.ts'],
  outfile: 'dist-electron/prepare-worker.cjs',
  external: ['electron', ...native],
});
console.log('Built dist-electron/main.cjs, preload.cjs and the import, export and prepare workers');
