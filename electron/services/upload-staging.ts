import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The longest file name most file systems take, in bytes (ext4, APFS, NTFS's 255 units fit). */
const NAME_MAX_BYTES = 255;

export interface StagedUpload {
  /** The folder to import from. */
  dir: string;
  /** Removes the folder and the copies in it (once their import has ended). */
  remove: () => void;
}

/**
 * Files sent by the window (drag-and-drop, file picker) are written to a fresh temporary folder
 * and imported from there like any folder. Names are reduced to their last path component so a
 * crafted name cannot write outside that folder; two files with the same name are kept apart.
 * The folder is the caller's to remove when the import ends: it was never removed, so every
 * upload stayed in the system's temporary folder, as large as what was uploaded.
 */
export function stageUploadedFiles(
  files: readonly { name: string; dataBase64: string }[],
): StagedUpload {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-upload-'));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    files.forEach((file, index) => {
      const sub = path.join(dir, String(index));
      fs.mkdirSync(sub);
      fs.writeFileSync(
        path.join(sub, stagedName(file.name, index)),
        Buffer.from(file.dataBase64, 'base64'),
      );
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}

/**
 * A name this system can create. A NUL (which no file system takes) failed the whole upload with
 * Node's "must be a string … without null bytes", and a name longer than 255 bytes (a Chinese
 * title of 100 characters from Windows, where names count UTF-16 units) with ENAMETOOLONG; both
 * left the folder behind. A NUL becomes "_"; a long name is shortened, keeping its extension.
 */
function stagedName(name: string, index: number): string {
  const base =
    path.basename(name.replaceAll('\\', '/')).replace(/^\.+/, '').replaceAll('\0', '_') ||
    `file-${index + 1}`;
  if (Buffer.byteLength(base) <= NAME_MAX_BYTES) return base;
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 16 ? base.slice(dot) : '';
  const stem = [...base.slice(0, base.length - extension.length)];
  while (stem.length > 0 && Buffer.byteLength(stem.join('') + extension) > NAME_MAX_BYTES)
    stem.pop();
  return stem.join('') + extension;
}
