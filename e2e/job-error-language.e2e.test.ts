import { afterEach, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

it('an export job the system refuses is said in Chinese in the Chinese window', async () => {
  app = await startApp({ locale: 'zh-CN' });
  const { page } = app;
  await articleRows(page).first().waitFor();
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // The folder exists, so the job starts; nothing can be created in it, even by root.
  await dialog.getByLabel('要写入的文件').fill('/proc/sys/gleaner-export.jsonl');
  await dialog.getByRole('button', { name: '开始导出' }).click();
  const alert = dialog.getByRole('alert').filter({ hasText: '/proc/sys/' });
  await alert.waitFor({ timeout: 30_000 });
  const shown = (await alert.textContent()) ?? '';
  // Named by the file the user chose, not the export's temporary file beside it.
  expect(shown).toBe('没有文件或文件夹 /proc/sys/gleaner-export.jsonl。');
  // No English sentence (ENOENT, "no such file") once the path is taken out.
  expect(shown.replace(/\/proc\/sys\/\S*/g, '')).not.toMatch(/[A-Za-z]{3,}/);
  await app.screenshot('job-error-zh-CN');
  expect(app.pageErrors).toEqual([]);
});
