/**
 * Commands the native menu sends to the window (Electron only): the window opens the matching
 * dialog. Kept free of zod because the preload bundles it; the preload passes on no other names.
 */
export const menuCommands = [
  'open-import',
  'open-export',
  'open-backups',
  'open-shortcuts',
  'open-create-package',
  'open-merge-package',
  'open-grid',
  'open-queue',
  'open-adjudication',
] as const;
export type MenuCommand = (typeof menuCommands)[number];

/** The one channel main uses to send menu commands to the window. */
export const menuCommandChannel = 'gleaner:menu-command';

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (menuCommands as readonly string[]).includes(value);
}
