import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate } from './menu-template';

function fileMenu(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === '&File');
  return file!.submenu as MenuItemConstructorOptions[];
}

describe('application menu', () => {
  it('offers File → Import Files… and Import Folder… with shortcuts that run the import actions', () => {
    const calls: string[] = [];
    const template = buildMenuTemplate(
      { importFiles: () => calls.push('files'), importFolder: () => calls.push('folder') },
      'linux',
    );
    const items = fileMenu(template);
    const importFiles = items.find((i) => i.label === 'Import Files…')!;
    const importFolder = items.find((i) => i.label === 'Import Folder…')!;
    expect(importFiles.accelerator).toBe('CmdOrCtrl+I');
    expect(importFolder.accelerator).toBe('CmdOrCtrl+Shift+I');
    (importFiles.click as () => void)();
    (importFolder.click as () => void)();
    expect(calls).toEqual(['files', 'folder']);
    expect(items.some((i) => i.role === 'quit')).toBe(true);
  });

  it('uses the macOS app menu on macOS only', () => {
    const actions = { importFiles: () => {}, importFolder: () => {} };
    expect(buildMenuTemplate(actions, 'darwin')[0]!.role).toBe('appMenu');
    expect(buildMenuTemplate(actions, 'win32')[0]!.label).toBe('&File');
  });
});
