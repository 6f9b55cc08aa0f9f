import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions } from './menu-template';

function recordingActions(calls: string[]): MenuActions {
  return {
    newProject: () => calls.push('new'),
    openProject: () => calls.push('open'),
    openRecent: (p) => calls.push(`recent ${p}`),
    clearRecent: () => calls.push('clear recent'),
    importFiles: () => calls.push('import files'),
    importFolder: () => calls.push('import folder'),
    backUpNow: () => calls.push('backup'),
    sendToWindow: (command) => calls.push(`window ${command}`),
    about: () => calls.push('about'),
  };
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const menu = template.find((item) => item.label === label);
  return menu!.submenu as MenuItemConstructorOptions[];
}

function click(items: MenuItemConstructorOptions[], label: string): void {
  const item = items.find((i) => i.label === label);
  expect(item, label).toBeDefined();
  (item!.click as () => void)();
}

describe('application menu', () => {
  it('has every File command, each running its action', () => {
    const calls: string[] = [];
    const template = buildMenuTemplate(recordingActions(calls), {
      platform: 'linux',
      recentProjects: [],
    });
    const file = submenu(template, '&File');
    for (const label of [
      'New Project…',
      'Open Project…',
      'Import Files…',
      'Import Folder…',
      'Export…',
      'Create Work Package…',
      'Merge Work Package…',
      'Back Up Now',
      'Restore from Backup…',
    ])
      click(file, label);
    expect(calls).toEqual([
      'new',
      'open',
      'import files',
      'import folder',
      'window open-export',
      'window open-create-package',
      'window open-merge-package',
      'backup',
      'window open-backups',
    ]);
    expect(file.find((i) => i.label === 'Import Files…')!.accelerator).toBe('CmdOrCtrl+I');
    expect(file.find((i) => i.label === 'Open Project…')!.accelerator).toBe('CmdOrCtrl+O');
    expect(file.some((i) => i.role === 'quit')).toBe(true);
  });

  it('lists recent projects by name, newest first, and can clear them', () => {
    const calls: string[] = [];
    const template = buildMenuTemplate(recordingActions(calls), {
      platform: 'win32',
      recentProjects: ['/data/hospitals.gleaner', '/old/schools.gleaner'],
    });
    const recent = submenu(template, '&File').find((i) => i.label === 'Open Recent')!
      .submenu as MenuItemConstructorOptions[];
    expect(recent[0]!.label).toBe('hospitals.gleaner — /data');
    (recent[1]!.click as () => void)();
    click(recent, 'Clear Recent');
    expect(calls).toEqual(['recent /old/schools.gleaner', 'clear recent']);
    const empty = buildMenuTemplate(recordingActions([]), {
      platform: 'linux',
      recentProjects: [],
    });
    const none = submenu(empty, '&File').find((i) => i.label === 'Open Recent')!
      .submenu as MenuItemConstructorOptions[];
    expect(none).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('has Edit, View and Help: the shortcut sheet opens in the window, About on Windows/Linux', () => {
    const calls: string[] = [];
    const template = buildMenuTemplate(recordingActions(calls), {
      platform: 'linux',
      recentProjects: [],
    });
    expect(template.some((m) => m.role === 'editMenu')).toBe(true);
    const view = submenu(template, '&View');
    expect(view.map((i) => i.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
    expect(view.some((i) => i.role === 'toggleDevTools')).toBe(false);
    const help = submenu(template, '&Help');
    click(help, 'Keyboard Shortcuts');
    click(help, 'About Gleaner');
    expect(calls).toEqual(['window open-shortcuts', 'about']);
  });

  it('uses the macOS app menu (with About) on macOS only; developer items only in development', () => {
    const actions = recordingActions([]);
    const mac = buildMenuTemplate(actions, { platform: 'darwin', recentProjects: [] });
    expect(mac[0]!.role).toBe('appMenu');
    expect(submenu(mac, '&Help').some((i) => i.label === 'About Gleaner')).toBe(false);
    const win = buildMenuTemplate(actions, {
      platform: 'win32',
      recentProjects: [],
      development: true,
    });
    expect(win[0]!.label).toBe('&File');
    expect(submenu(win, '&View').some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
