// The command line starts from a bundle of its sources when one is built and matches them, and
// from the TypeScript sources through tsx otherwise. tsx resolves and compiles each of the ~300
// modules the command line loads on every start (about 3 s of CPU before `gleaner --help` prints
// anything); the bundle loads in a fraction of that. `npm run build:electron` writes the bundle
// (dist-electron/cli.mjs) and the digest of the sources it was built from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const CLI_BUNDLE = path.join('dist-electron', 'cli.mjs');
export const CLI_BUNDLE_SOURCES = path.join('dist-electron', 'cli-sources.json');

/** SHA-256 over each source's path and bytes, in the order given; null when one cannot be read. */
export function sourcesDigest(root, sources) {
  const hash = createHash('sha256');
  for (const source of sources) {
    let bytes;
    try {
      bytes = readFileSync(path.join(root, source));
    } catch {
      return null;
    }
    hash.update(`${source}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The bundle's path when it was built from exactly the sources there are now (a source edited,
 * added to its imports or removed since makes it stale: the change would be missing), else null.
 * GLEANER_CLI_FROM_SOURCES=1 always runs the sources.
 */
export function freshCliBundle(root, env = process.env) {
  if (env.GLEANER_CLI_FROM_SOURCES === '1') return null;
  let record;
  try {
    record = JSON.parse(readFileSync(path.join(root, CLI_BUNDLE_SOURCES), 'utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(record?.sources) || typeof record.digest !== 'string') return null;
  return sourcesDigest(root, record.sources) === record.digest ? path.join(root, CLI_BUNDLE) : null;
}
