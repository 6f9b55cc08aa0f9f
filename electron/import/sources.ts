import fs from 'node:fs/promises';
import path from 'node:path';
import { isUtf8Name, readableName } from './file-name-bytes';
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
  const collector = new ImportFileCollector();
  for (const picked of paths) await collector.addPicked(path.resolve(picked));
  return collector.result();
}

/** A path as the filesystem has it (bytes), with its readable form for messages and reports. */
interface BytePath {
  bytes: Buffer;
  readable: string;
}

const separator = Buffer.from(path.sep);

function bytePathOf(absolute: string): BytePath {
  return { bytes: Buffer.from(absolute), readable: absolute };
}

/** `dir/entry`, both as bytes; only the entry's readable name is decoded anew. */
function joinBytes(dir: BytePath, entry: Buffer): BytePath {
  return {
    bytes: Buffer.concat([dir.bytes, separator, entry]),
    readable: path.join(dir.readable, readableName(entry)),
  };
}

/** The files found so far (one per real path) and what was skipped, with why. */
class ImportFileCollector {
  /** Keyed by the real path's bytes read as latin1: one character per byte, so never lossy. */
  private readonly files = new Map<string, { file: ImportFile; isLink: boolean }>();
  private readonly skipped: SkippedFile[] = [];

  result(): { files: ImportFile[]; skipped: SkippedFile[] } {
    return {
      files: [...this.files.values()].map(({ file }) => file).sort(byPath),
      skipped: this.skipped.sort(byPath),
    };
  }

  private skip(filePath: string, reason: SkippedFile['reason'], message: string): void {
    this.skipped.push({ path: filePath, name: path.basename(filePath), reason, message });
  }

  /** A file or folder the user picked, as an absolute path. */
  async addPicked(absolute: string): Promise<void> {
    let stats;
    try {
      stats = await fs.stat(absolute);
    } catch (error) {
      if (isLinkLoop(error)) {
        this.skip(absolute, 'symlink-loop', linkLoopMessage(path.basename(absolute)));
        return;
      }
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      this.skip(
        absolute,
        missing ? 'not-found' : 'unreadable',
        `${path.basename(absolute)}: ${missing ? 'no such file or folder' : `could not be read (${errorText(error)})`}`,
      );
      return;
    }
    const picked = bytePathOf(absolute);
    if (stats.isDirectory()) await this.walk(picked, new Set());
    else if (stats.isFile()) await this.addFile(picked, stats.size, true);
    else this.skip(absolute, 'unsupported-type', `${path.basename(absolute)}: not a regular file`);
  }

  private async addFile(filePath: BytePath, size: number, pickedByHand: boolean): Promise<void> {
    const name = path.basename(filePath.readable);
    const kind = importKindOf(name);
    if (!kind) {
      if (pickedByHand) {
        this.skip(
          filePath.readable,
          'unsupported-type',
          `${name}: not imported (only .txt, .md, .markdown, .html, .htm, .jsonl and .csv files are)`,
        );
      }
      return;
    }
    // The same file reached twice (picked twice, or through a link) is imported once, under
    // its own path rather than a link's when the walk meets both.
    const real = await fs
      .realpath(filePath.bytes, { encoding: 'buffer' })
      .catch(() => filePath.bytes);
    const isLink = await fs.lstat(filePath.bytes).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    const key = real.toString('latin1');
    const known = this.files.get(key);
    if (!known || (known.isLink && !isLink)) {
      const file: ImportFile = { path: filePath.readable, name, size, kind };
      // Only a name that is not UTF-8 needs its bytes to be opened by (file-name-bytes.ts).
      if (!isUtf8Name(filePath.bytes)) file.rawPath = filePath.bytes;
      this.files.set(key, { file, isLink });
    }
  }

  /** The folder's real path and entries (as bytes), or null (skipped) when unreadable or a loop. */
  private async readFolder(
    dir: BytePath,
    ancestors: Set<string>,
  ): Promise<{ real: string; entries: Buffer[] } | null> {
    try {
      const real = (await fs.realpath(dir.bytes, { encoding: 'buffer' })).toString('latin1');
      if (ancestors.has(real)) {
        this.skip(
          dir.readable,
          'symlink-loop',
          `${path.basename(dir.readable)}: skipped, this folder link points back into a folder being imported`,
        );
        return null;
      }
      return { real, entries: await fs.readdir(dir.bytes, { encoding: 'buffer' }) };
    } catch (error) {
      this.skip(
        dir.readable,
        'unreadable',
        `${path.basename(dir.readable)}: folder could not be read (${errorText(error)})`,
      );
      return null;
    }
  }

  private async walk(dir: BytePath, ancestors: Set<string>): Promise<void> {
    const folder = await this.readFolder(dir, ancestors);
    if (!folder) return;
    const inside = new Set(ancestors).add(folder.real);
    for (const entryBytes of folder.entries.sort(Buffer.compare)) {
      // Dot files and folders (.git, .DS_Store, editor backups) are never articles.
      if (entryBytes[0] === 0x2e) continue;
      const entry = joinBytes(dir, entryBytes);
      const name = path.basename(entry.readable);
      let stats;
      try {
        stats = await fs.stat(entry.bytes);
      } catch (error) {
        // A link loop leads nowhere, so its extension says nothing about what it was meant to
        // be: always reported. A dangling link or a file deleted meanwhile is only worth a
        // message if we would import it.
        if (isLinkLoop(error)) this.skip(entry.readable, 'symlink-loop', linkLoopMessage(name));
        else if (importKindOf(name))
          this.skip(
            entry.readable,
            'unreadable',
            `${name}: could not be read (${errorText(error)})`,
          );
        continue;
      }
      if (stats.isDirectory()) await this.walk(entry, inside);
      else if (stats.isFile()) await this.addFile(entry, stats.size, false);
    }
  }
}

/** ELOOP: the path is a symbolic link that, followed, leads back to itself. */
const isLinkLoop = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ELOOP';

const linkLoopMessage = (name: string): string =>
  `${name}: skipped, this symbolic link leads back to itself (a link loop), so there is no file to read`;

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}
