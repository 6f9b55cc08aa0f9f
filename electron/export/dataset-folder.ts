import fs from 'node:fs';
import path from 'node:path';
import { apiError } from '../../shared/contract/error-messages';

/**
 * What a confirmed dataset export may replace. A dataset is a folder, and replacing a folder
 * removes everything in it: "Replace it" (or `--overwrite`) onto a folder of the user's own
 * files deleted all of them. Only what Gleaner wrote there is ever replaced: an empty folder, or
 * an earlier dataset holding nothing but the files its manifest.json lists. Anything else in it
 * is named and the export refused, confirmed or not: the user moves it or chooses another name.
 */

/** Files a system's file browser drops into any folder it shows; they are remade on their own. */
const BROWSER_LITTER = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

/** A manifest larger than this is no dataset's (six entries of a few hundred bytes each). */
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The names an earlier dataset's manifest lists, or null when the folder holds no dataset's. */
function datasetFilesOf(folder: string): Set<string> | null {
  const manifestPath = path.join(folder, 'manifest.json');
  try {
    const stats = fs.lstatSync(manifestPath);
    if (!stats.isFile() || stats.size > MAX_MANIFEST_BYTES) return null;
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as unknown;
    if (typeof manifest !== 'object' || manifest === null) return null;
    const { format, files } = manifest as { format?: unknown; files?: unknown };
    if (format !== 'gleaner-dataset' || !Array.isArray(files)) return null;
    const names = new Set<string>(['manifest.json']);
    for (const file of files as unknown[]) {
      const name = (file as { path?: unknown } | null)?.path;
      // A dataset's files are plain names in its folder; a path elsewhere is no dataset's entry.
      if (typeof name !== 'string' || name !== path.basename(name)) return null;
      names.add(name);
    }
    return names;
  } catch {
    return null;
  }
}

/** The first entry of `folder` that Gleaner did not write there, or null when there is none. */
function firstForeignEntry(folder: string, entries: readonly string[]): string | null {
  const ours = datasetFilesOf(folder);
  for (const entry of [...entries].sort()) {
    if (BROWSER_LITTER.has(entry)) continue;
    if (!ours?.has(entry)) return entry;
    // A folder or link under a listed name is not the file the dataset wrote.
    if (!fs.lstatSync(path.join(folder, entry)).isFile()) return entry;
  }
  return null;
}

/**
 * Refuses a dataset export whose folder exists and holds anything an earlier Gleaner dataset did
 * not write (`dataset-folder-foreign`, naming the folder and the first such entry). Nothing there,
 * or not a folder (refused elsewhere as an existing file), passes.
 */
export function refuseForeignFolder(target: string): void {
  let entries: string[];
  try {
    if (!fs.statSync(target).isDirectory()) return;
    entries = fs.readdirSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return;
    // A folder that cannot be read cannot be shown to hold only a dataset: never replaced.
    throw apiError('dataset-folder-foreign', { folder: target, entry: `(${String(code)})` });
  }
  const foreign = firstForeignEntry(target, entries);
  if (foreign !== null)
    throw apiError('dataset-folder-foreign', { folder: target, entry: foreign });
}
