import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Files sent by the window (drag-and-drop, file picker) are written to a fresh temporary folder
 * and imported from there like any folder. Names are reduced to their last path component so a
 * crafted name cannot write outside that folder; two files with the same name are kept apart.
 */
export function stageUploadedFiles(files: readonly { name: string; dataBase64: string }[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-upload-'));
  files.forEach((file, index) => {
    const base =
      path.basename(file.name.replaceAll('\\', '/')).replace(/^\.+/, '') || `file-${index + 1}`;
    const sub = path.join(dir, String(index));
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(sub, base), Buffer.from(file.dataBase64, 'base64'));
  });
  return dir;
}
