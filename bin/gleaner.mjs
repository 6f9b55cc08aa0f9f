#!/usr/bin/env node
// The `gleaner` command line runs under plain Node (no Electron): from its bundle when
// `npm run build:electron` built one from the current sources, else from the TypeScript sources
// directly through tsx's loader (no build step needed; see cli-bundle.mjs).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freshCliBundle } from './cli-bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = freshCliBundle(root);
if (bundle) {
  const { main } = await import(pathToFileURL(bundle).href);
  await main();
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../electron/cli/main.ts');
  await main();
}
