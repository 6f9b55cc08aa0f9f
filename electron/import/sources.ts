import fs from 'node:fs/promises';
import path from 'node:path';
import type { ImportFile, ImportKind, SkippedFile } from './types';

const KIND_BY_EXTENSION: Record<string, ImportKind> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.csv': 'csv',
};

/** The import kind for a file name, or null when the extension is not imported. */
export function importKindOf(fileName: string): ImportKind | null {
  return KIND_BY_EXTENSION[path.extname(fileName).toLowerCase()] ?? null;
}

/** Dot files and folders (.git, .DS_Store, editor backups) are never articles. */
const isHidden = (name: string): boolean => name.startsWith('.');

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
const byPath = (a: { path: string }, b: { path: string }): number =>
  a.path < b.path ? -1 : a.path > b.path ? 1 : 0;

/**
 * Expands the files and folders the user picked into the files to import. Folders are walked
 * recursively (following symbolic links, but never into a folder already being walked, which
 * is what a link loop would do); inside folders, hidden entries and unknown extensions are
 * passed over silently, while a file picked by hand that cannot be imported is reported.
 */
export async function listImportFiles(
  paths: string[],
): Promise<{ files: ImportFile[]; skipped: SkippedFile[] }> {
  const files = new Map<string, { file: ImportFile; isLink: boolean }>();
  const skipped: SkippedFile[] = [];
  const skip = (filePath: string, reason: SkippedFile['reason'], message: string): void => {
    skipped.push({ path: filePath, name: path.basename(filePath), reason, message });
  };

  const addFile = async (filePath: string, size: number, pickedByHand: boolean): Promise<void> => {
    const name = path.basename(filePath);
    const kind = importKindOf(name);
    if (!kind) {
      if (pickedByHand) {
        skip(
          filePath,
          'unsupported-type',
          `${name}: not imported (only .txt, .md, .markdown, .html, .htm, .jsonl and .csv files are)`,
        );
      }
      return;
    }
    // The same file reached twice (picked twice, or through a link) is imported once, under
    // its own path rather than a link's when the walk meets both.
    const real = await fs.realpath(filePath).catch(() => filePath);
    const isLink = await fs.lstat(filePath).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    const known = files.get(real);
    if (!known || (known.isLink && !isLink)) {
      files.set(real, { file: { path: filePath, name, size, kind }, isLink });
    }
  };

  const walk = async (dir: string, ancestors: Set<string>): Promise<void> => {
    let real: string;
    let entries: string[];
    try {
      real = await fs.realpath(dir);
      if (ancestors.has(real)) {
        skip(
          dir,
          'symlink-loop',
          `${path.basename(dir)}: skipped, this folder link points back into a folder being imported`,
        );
        return;
      }
      entries = await fs.readdir(dir);
    } catch (error) {
      skip(
        dir,
        'unreadable',
        `${path.basename(dir)}: folder could not be read (${errorText(error)})`,
      );
      return;
    }
    const inside = new Set(ancestors).add(real);
    for (const entry of entries.sort()) {
      if (isHidden(entry)) continue;
      const entryPath = path.join(dir, entry);
      let stats;
      try {
        stats = await fs.stat(entryPath);
      } catch (error) {
        // A link loop leads nowhere, so its extension says nothing about what it was meant to
        // be: always reported. A dangling link or a file deleted meanwhile is only worth a
        // message if we would import it.
        if (isLinkLoop(error)) skip(entryPath, 'symlink-loop', linkLoopMessage(entry));
        else if (importKindOf(entry))
          skip(entryPath, 'unreadable', `${entry}: could not be read (${errorText(error)})`);
        continue;
      }
      if (stats.isDirectory()) await walk(entryPath, inside);
      else if (stats.isFile()) await addFile(entryPath, stats.size, false);
    }
  };

  for (const picked of paths) {
    const absolute = path.resolve(picked);
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      if (isLinkLoop(error)) {
        skip(absolute, 'symlink-loop', linkLoopMessage(path.basename(absolute)));
        continue;
      }
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      skip(
        absolute,
        missing ? 'not-found' : 'unreadable',
        `${path.basename(absolute)}: ${missing ? 'no such file or folder' : `could not be read (${errorText(error)})`}`,
      );
      continue;
    }
    if (stats.isDirectory()) await walk(absolute, new Set());
    else if (stats.isFile()) await addFile(absolute, stats.size, true);
    else skip(absolute, 'unsupported-type', `${path.basename(absolute)}: not a regular file`);
  }
  return {
    files: [...files.values()].map(({ file }) => file).sort(byPath),
    skipped: skipped.sort(byPath),
  };
}

/** ELOOP: the path is a symbolic link that, followed, leads back to itself. */
const isLinkLoop = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ELOOP';

const linkLoopMessage = (name: string): string =>
  `${name}: skipped, this symbolic link leads back to itself (a link loop), so there is no file to read`;

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
