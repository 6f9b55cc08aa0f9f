import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/contract/menu-commands';

/** What the menu's items do; main.ts implements them with dialogs and the project host. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(projectPath: string): void;
  clearRecent(): void;
  importFiles(): void;
  importFolder(): void;
  backUpNow(): void;
  /** Opens a dialog in the window (export, backups, the shortcut sheet). */
  sendToWindow(command: MenuCommand): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Newest first (recent-projects.ts). */
  recentProjects: readonly string[];
  /** Reload and developer tools only while developing: a user has no use for them. */
  development?: boolean;
}

function recentSubmenu(
  actions: MenuActions,
  recent: readonly string[],
): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Projects', enabled: false }];
  return [
    ...recent.map((projectPath): MenuItemConstructorOptions => ({
      // The name first (what people recognise), the folder after it to tell twins apart.
      label: `${path.basename(projectPath)} — ${path.dirname(projectPath)}`,
      click: () => actions.openRecent(projectPath),
    })),
    { type: 'separator' },
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

/**
 * The application menu as data (tested without Electron). Roles give each platform its native
 * Edit/View/Window behaviour; File and Help hold Gleaner's own commands.
 */
export function buildMenuTemplate(
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
        { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
        { label: 'Open Recent', submenu: recentSubmenu(actions, options.recentProjects) },
        { type: 'separator' },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+I',
          click: () => actions.importFolder(),
        },
        {
          label: 'Export…',
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.sendToWindow('open-export'),
        },
        { type: 'separator' },
        {
          label: 'Create Work Package…',
          click: () => actions.sendToWindow('open-create-package'),
        },
        { label: 'Merge Work Package…', click: () => actions.sendToWindow('open-merge-package') },
        {
          label: 'Adjudicate Disagreements…',
          accelerator: 'CmdOrCtrl+Shift+D',
          click: () => actions.sendToWindow('open-adjudication'),
        },
        { type: 'separator' },
        { label: 'Back Up Now', click: () => actions.backUpNow() },
        { label: 'Restore from Backup…', click: () => actions.sendToWindow('open-backups') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    // undo, redo, cut, copy, paste, select all (and the platform's extras).
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(options.development
          ? [
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
              { type: 'separator' as const },
            ]
          : []),
        { label: 'Field Grid', click: () => actions.sendToWindow('open-grid') },
        { label: 'Confidence Queue', click: () => actions.sendToWindow('open-queue') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        { label: 'Keyboard Shortcuts', click: () => actions.sendToWindow('open-shortcuts') },
        ...(isMac
          ? []
          : [
              { type: 'separator' as const },
              { label: 'About Gleaner', click: () => actions.about() },
            ]),
      ],
    },
  ];
}
