import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listArticles } from '../electron/database/articles-repository';
import { saveSearch } from '../electron/services/saved-searches';
import { useTempDir } from '../electron/test-support/temp-dir';
import { holdWriteLock } from '../electron/test-support/write-lock-holder';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

// Real folders, removed after each test (the helper the unit tests use).
const tempDir = useTempDir('gleaner-e2e-');

describe('export in Chromium', () => {
  it('exports every article to JSONL, shows the result and lists it among past exports', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('No exports yet.').waitFor();

    // A folder that does not exist is refused at once, next to the field.
    await dialog.getByLabel('File to write').fill(path.join(dir, 'missing', 'out.jsonl'));
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await dialog.getByText(`The folder ${path.join(dir, 'missing')} does not exist.`).waitFor();

    await dialog.getByLabel('Format', { exact: true }).click();
    await page.getByRole('option', { name: 'JSONL (one record per line)' }).click();
    await dialog.getByText('Any status').click();
    const out = path.join(dir, 'seeds.jsonl');
    await dialog.getByLabel('File to write').fill(out);
    // Another format takes the typed name with it, and back.
    const chooseFormat = async (name: string) => {
      await dialog.getByLabel('Format', { exact: true }).click();
      await page.getByRole('option', { name }).click();
    };
    await chooseFormat('Excel workbook (XLSX)');
    await expect(dialog.getByLabel('File to write').inputValue()).resolves.toBe(
      path.join(dir, 'seeds.xlsx'),
    );
    await chooseFormat('JSONL (one record per line)');
    await expect(dialog.getByLabel('File to write').inputValue()).resolves.toBe(out);
    await dialog.getByRole('button', { name: 'Start export' }).click();

    const done = dialog.getByTestId('export-done');
    await done.waitFor({ timeout: 30_000 });
    await expect(done.textContent()).resolves.toContain(out);
    await expect(done.textContent()).resolves.toContain('9 articles');
    const lines = fs.readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(9);

    const history = dialog.getByTestId('export-history');
    await history.waitFor();
    const row = history.locator('tbody tr');
    await expect(row.count()).resolves.toBe(1);
    await expect(row.first().textContent()).resolves.toContain('jsonl');
    await expect(row.first().textContent()).resolves.toContain(out);
    // The export job is not mistaken for an import (no import report over the dialog).
    await expect(page.getByText('Import finished').count()).resolves.toBe(0);
    await app.screenshot('export-dialog');

    // The same path again: the file is named and kept until the user says to replace it.
    fs.writeFileSync(out, 'changed by hand');
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const exists = dialog.getByTestId('export-exists');
    await exists.waitFor();
    await expect(exists.textContent()).resolves.toContain(`${out} already exists`);
    expect(fs.readFileSync(out, 'utf8')).toBe('changed by hand');
    await app.screenshot('export-replace');
    await exists.getByRole('button', { name: 'Replace it' }).click();
    await expect.poll(() => history.locator('tbody tr').count(), { timeout: 30_000 }).toBe(2);
    expect(fs.readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(9);
  });

  it('says a finished export was not recorded when another program kept the project locked', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await articleRows(page).first().waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('No exports yet.').waitFor();
    await dialog.getByText('Any status').click();
    const out = path.join(tempDir(), 'while-locked.jsonl');
    await dialog.getByLabel('File to write').fill(out);

    // Another program (a script's `gleaner import`) takes the write lock and keeps it past the
    // five seconds the export's record waits: the export reads under it and finishes its file.
    // Held until the note is seen (at most 90 s): a loaded machine may take long to start the job.
    const lock = await holdWriteLock(project.filePath, 90_000);
    await dialog.getByRole('button', { name: 'Start export' }).click();
    const done = dialog.getByTestId('export-done');
    await done.waitFor({ timeout: 80_000 });
    await expect(done.getByTestId('export-not-recorded').textContent()).resolves.toBe(
      'The file is complete, but it is not in Past exports: another program kept the project locked for longer than Gleaner waits.',
    );
    expect(fs.readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(9);
    await app.screenshot('export-not-recorded');
    lock.release();
    await lock.released;
    await expect(dialog.getByText('No exports yet.').count()).resolves.toBe(1);
  }, 150_000);

  it('exports only the articles a saved search selects', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await articleRows(page).first().waitFor();
    const filter = { query: '阜新' };
    saveSearch(project.db, { name: 'Fuxin pages', filter }, 'tester');
    const expected = listArticles(project.db, {
      ...filter,
      offset: 0,
      limit: 1000,
      sort: 'document',
      descending: false,
    });
    expect(expected.total).toBeGreaterThan(0);
    expect(expected.total).toBeLessThan(9);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Saved search').click();
    await page.getByRole('option', { name: 'Fuxin pages' }).click();
    await dialog.getByText('Any status').click();
    const out = path.join(tempDir(), 'fuxin.jsonl');
    await dialog.getByLabel('File to write').fill(out);
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await dialog.getByTestId('export-done').waitFor({ timeout: 30_000 });

    const ids = fs
      .readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: number }).id)
      .sort((a, b) => a - b);
    expect(ids).toEqual(expected.items.map((item) => item.id).sort((a, b) => a - b));
  });
});
