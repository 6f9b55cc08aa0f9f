import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
const dirs: string[] = [];

afterEach(async () => {
  await app?.close();
  app = undefined;
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding `files` (name → text). */
function folderWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-nothing-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** Imports `dir` through the dialog's path box and waits for the finished report. */
async function importFolder(dir: string) {
  const { page } = app!;
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Files or folders on this computer').fill(dir);
  await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByTestId('import-summary').waitFor();
}

it('a folder with nothing the import reads says so and which files it reads, not just a row of zeros', async () => {
  app = await startApp({ locale: 'en-US' });
  const { page } = app;
  await articleRows(page).first().waitFor();
  // What a new user may point it at: documents of other kinds, and a hidden file.
  await importFolder(
    folderWith({ 'report.docx': 'PK', 'scan.pdf': '%PDF-1.4', '.notes.txt': '院' }),
  );
  const notice = page.getByTestId('import-nothing-found');
  await expect(notice.textContent()).resolves.toMatch(
    /No file to import was found.*\.txt.*\.jsonl/,
  );
  await page.getByRole('button', { name: 'Close', exact: true }).click();

  // An empty folder too; a folder with an article does not get the notice.
  await importFolder(folderWith({}));
  await notice.waitFor();
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await importFolder(folderWith({ 'a.txt': '县医院新建的住院楼本月投入使用，床位增加到五百张。' }));
  await expect(page.getByTestId('import-summary').textContent()).resolves.toContain('Imported: 1');
  expect(await notice.count()).toBe(0);
  expect(app.pageErrors).toEqual([]);
});
