import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  importFiles(): void;
  importFolder(): void;
}

/**
 * The application menu as data (tested without Electron). Roles give each platform its native
 * Edit/View/Window behaviour; the File menu holds Gleaner's own commands.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+I',
          click: () => actions.importFolder(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
