import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isNativeDialogRequest } from '../../shared/contract/native-dialogs';
import { chosenPaths, dialogPlan, importExtensions } from './native-dialogs';

describe('native dialog requests from the window', () => {
  it('accepts the three kinds the window may ask for', () => {
    expect(isNativeDialogRequest({ kind: 'open-files' })).toBe(true);
    expect(isNativeDialogRequest({ kind: 'open-folder' })).toBe(true);
    expect(
      isNativeDialogRequest({ kind: 'save', defaultName: '导出.xlsx', extensions: ['xlsx'] }),
    ).toBe(true);
  });

  it('refuses anything that could steer the dialog elsewhere or carry more', () => {
    for (const request of [
      null,
      'open-files',
      { kind: 'open-files', defaultPath: '/etc' },
      { kind: 'save', defaultName: '../../.bashrc', extensions: ['txt'] },
      { kind: 'save', defaultName: '/etc/passwd', extensions: [] },
      { kind: 'save', defaultName: 'C:\\Windows\\x', extensions: [] },
      { kind: 'save', defaultName: 'a.csv', extensions: ['*'] },
      { kind: 'save', defaultName: 'a.csv', extensions: 'csv' },
      { kind: 'save', defaultName: '', extensions: [] },
      { kind: 'save', defaultName: 'a\u0000b.csv', extensions: ['csv'] },
      { kind: 'delete', path: '/' },
    ])
      expect(isNativeDialogRequest(request), JSON.stringify(request)).toBe(false);
  });
});

describe('dialogPlan', () => {
  it('saves an export under Documents with the format as the only filter', () => {
    const plan = dialogPlan(
      { kind: 'save', defaultName: 'seeds.csv', extensions: ['csv'] },
      '/home/me/Documents',
    );
    expect(plan).toEqual({
      type: 'save',
      options: {
        title: 'Export to',
        defaultPath: path.join('/home/me/Documents', 'seeds.csv'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      },
    });
    expect(chosenPaths(plan, { canceled: false, filePath: '/home/me/out.csv' })).toEqual([
      '/home/me/out.csv',
    ]);
    expect(chosenPaths(plan, { canceled: true, filePath: '/home/me/out.csv' })).toEqual([]);
  });

  it('opens several files of the importable kinds, or several folders', () => {
    const files = dialogPlan({ kind: 'open-files' }, '/d');
    expect(files.type).toBe('open');
    expect(files.options.properties).toEqual(['openFile', 'multiSelections']);
    expect(files.options.filters).toEqual([{ name: 'Articles', extensions: importExtensions }]);
    const folders = dialogPlan({ kind: 'open-folder' }, '/d');
    expect(folders.options.properties).toEqual(['openDirectory', 'multiSelections']);
    expect(chosenPaths(folders, { canceled: false, filePaths: ['/a', '/b'] })).toEqual([
      '/a',
      '/b',
    ]);
  });
});
