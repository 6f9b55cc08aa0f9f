import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/contract/menu-commands';
import { useAdjudicationStore } from '../adjudication/adjudication-store';
import { useExportStore } from '../export/export-store';
import { useGridStore } from '../grid/grid-store';
import { useImportStore } from '../import/import-store';
import { usePackagesStore } from '../packages/packages-store';
import { useQueueStore } from '../queue/queue-store';
import { useShortcutSheetStore } from '../shortcuts/shortcut-sheet-store';
import { useBackupsStore } from './backups-store';

declare global {
  interface Window {
    /** Set by Electron's preload only: native menu commands for the window. */
    gleanerMenu?: { onCommand(callback: (command: MenuCommand) => void): void };
  }
}

const handlers: Record<MenuCommand, () => void> = {
  'open-import': () => useImportStore.getState().openDialog(),
  'open-export': () => useExportStore.getState().openDialog(),
  'open-backups': () => useBackupsStore.getState().open(),
  'open-shortcuts': () => useShortcutSheetStore.getState().open(),
  'open-create-package': () => usePackagesStore.getState().openCreate(),
  'open-merge-package': () => usePackagesStore.getState().openMerge(),
  'open-grid': () => void useGridStore.getState().open(),
  'open-queue': () => void useQueueStore.getState().start(),
  'open-adjudication': () => useAdjudicationStore.getState().open(),
};

/** In the desktop app, the native menu's Export…, Restore from Backup… and Keyboard Shortcuts. */
export function useDesktopMenu(): void {
  useEffect(() => {
    // The preload offers no way to unsubscribe: listen once per page load.
    const menu = window.gleanerMenu;
    if (!menu || listening) return;
    listening = true;
    menu.onCommand((command) => handlers[command]());
  }, []);
}

let listening = false;
