import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { NativeDialogRequest } from '../../shared/contract/native-dialogs';

/** File types the import accepts, for the open dialog's filter. */
export const importExtensions = ['txt', 'md', 'markdown', 'html', 'htm', 'csv', 'jsonl'];

export type DialogPlan =
  { type: 'save'; options: SaveDialogOptions } | { type: 'open'; options: OpenDialogOptions };

/**
 * The native dialog a window's request stands for. Kept apart from Electron's dialog module so it
 * is tested as plain data; main.ts only shows the planned dialog.
 */
export function dialogPlan(request: NativeDialogRequest, documentsDir: string): DialogPlan {
  switch (request.kind) {
    case 'save':
      return {
        type: 'save',
        options: {
          title: 'Export to',
          // Only a file name comes from the window; the folder is the user's Documents.
          defaultPath: path.join(documentsDir, request.defaultName),
          filters: request.extensions.length
            ? [
                {
                  name: request.extensions.join(', ').toUpperCase(),
                  extensions: request.extensions,
                },
              ]
            : [],
        },
      };
    case 'open-files':
      return {
        type: 'open',
        options: {
          title: 'Import files',
          properties: ['openFile', 'multiSelections'],
          filters: [{ name: 'Articles', extensions: importExtensions }],
        },
      };
    case 'open-folder':
      return {
        type: 'open',
        options: { title: 'Import folders', properties: ['openDirectory', 'multiSelections'] },
      };
  }
}

/** The paths the user chose: none when the dialog was cancelled. */
export function chosenPaths(
  plan: DialogPlan,
  result: { canceled: boolean; filePaths?: string[]; filePath?: string | undefined },
): string[] {
  if (result.canceled) return [];
  if (plan.type === 'save') return result.filePath ? [result.filePath] : [];
  return result.filePaths ?? [];
}
