// Builds a copy of better-sqlite3 for Electron's ABI into .electron-native/, leaving the copy in
// node_modules built for Node, so `npm test` (Node) and `npm start` (Electron) both work from one
// install. Electron's main process loads this copy through better-sqlite3's `nativeBinding`.
// Needs internet once, to fetch Electron's headers; later starts reuse the built file.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.electron-native');
const electronVersion = require('electron/package.json').version;
const sqliteDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = require('better-sqlite3/package.json').version;
const stamp = `electron ${electronVersion}, better-sqlite3 ${sqliteVersion}, ${process.platform}-${process.arch}`;
const stampFile = path.join(outDir, 'stamp.txt');
const binary = path.join(outDir, 'better_sqlite3.node');

if (
  fs.existsSync(binary) &&
  fs.existsSync(stampFile) &&
  fs.readFileSync(stampFile, 'utf8') === stamp
) {
  process.exit(0);
}

console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} (once)…`);
const tree = path.join(outDir, 'build-tree');
fs.rmSync(tree, { recursive: true, force: true });
fs.mkdirSync(tree, { recursive: true });
for (const entry of ['binding.gyp', 'src', 'deps', 'package.json']) {
  fs.cpSync(path.join(sqliteDir, entry), path.join(tree, entry), { recursive: true });
}
const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
// An npm-wide `nodedir` setting would point node-gyp at Node's headers instead of Electron's.
const env = { ...process.env };
delete env.npm_config_nodedir;
delete env.NPM_CONFIG_NODEDIR;
try {
  execFileSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: tree, stdio: 'inherit', env },
  );
} catch {
  console.error(
    "gleaner: could not build better-sqlite3 for Electron (Electron's headers need internet the first time).",
  );
  process.exit(1);
}
fs.copyFileSync(path.join(tree, 'build', 'Release', 'better_sqlite3.node'), binary);
fs.writeFileSync(stampFile, stamp);
fs.rmSync(tree, { recursive: true, force: true });
console.log(`Built ${path.relative(root, binary)}`);
