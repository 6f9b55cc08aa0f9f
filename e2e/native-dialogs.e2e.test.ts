import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isNativeDialogRequest } from '../shared/contract/native-dialogs';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * Electron's window cannot start on this machine, so its preload's `gleanerDialogs` is stood in
 * for by a page script with the same shape: it records each request and answers with the paths
 * the test queued, as the native dialog would with what the user picked.
 */
const desktopDialogs = `
  window.__dialogRequests = [];
  window.__dialogAnswers = [];
  window.gleanerDialogs = {
    choose: async (request) => {
      window.__dialogRequests.push(request);
      return window.__dialogAnswers.shift() ?? [];
    },
  };
`;

describe('native file dialogs in the desktop app (the preload stood in for)', () => {
  it('exports to the path Save As… returned, and imports the folders Open… returned', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.addInitScript(desktopDialogs);
    await page.reload();
    await articleRows(page).first().waitFor();
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-dialogs-'));

    // Export: Browse… fills the path with the chosen file; the export writes there.
    const out = path.join(work, 'chosen.csv');
    await page.evaluate(`window.__dialogAnswers.push([${JSON.stringify(out)}])`);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Format', { exact: true }).click();
    await page.getByRole('option', { name: /^CSV, one row per article/ }).click();
    await dialog.getByText('Any status', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Browse…' }).click();
    await expect.poll(() => dialog.getByLabel('File to write').inputValue()).toBe(out);
    await app.screenshot('export-dialog-desktop');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await dialog.getByTestId('export-done').waitFor();
    expect(fs.readFileSync(out, 'utf8')).toContain('阜新市第二人民医院');
    await page.keyboard.press('Escape');

    // Import: the native buttons replace the upload; a chosen folder is imported where it is.
    const folder = path.join(work, 'articles');
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, 'dialog-news.txt'),
      '对话框导入测试医院\n\n本报讯 对话框导入测试医院今日启用新院区。',
    );
    await page.evaluate(`window.__dialogAnswers.push([${JSON.stringify(folder)}])`);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Choose folders…' }).click();
    await page.getByTestId('import-summary').waitFor();
    await expect
      .poll(() => articleRows(page).filter({ hasText: 'dialog-news.txt' }).count())
      .toBe(1);

    // Every request the window made is one main would accept.
    const requests = (await page.evaluate('window.__dialogRequests')) as unknown[];
    expect(requests).toEqual([
      { kind: 'save', defaultName: 'gleaner-export.csv', extensions: ['csv'] },
      { kind: 'open-folder' },
    ]);
    expect(requests.every(isNativeDialogRequest)).toBe(true);
    expect(app.pageErrors).toEqual([]);
    fs.rmSync(work, { recursive: true, force: true });
  });
});
