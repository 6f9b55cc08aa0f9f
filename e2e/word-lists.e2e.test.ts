import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// SheetJS writes the workbook as a spreadsheet program would (a dev dependency only).
import * as XLSX from 'xlsx';
import { openFieldsDialog, savedFields, schemaVersion } from './fields-dialog';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('word lists', () => {
  it('imports an Excel word list into a field as a schema version, and suggests its alias', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-word-list-'));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['text', 'value'],
        ['准格尔旗中心医院', '鄂尔多斯市准格尔旗中心医院'],
      ]),
      'Partners',
    );
    const workbook = path.join(dir, 'partners.xlsx');
    fs.writeFileSync(workbook, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const notAWorkbook = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(notAWorkbook, '准格尔旗中心医院\n');
    const version = () => schemaVersion(app!);
    const before = version();

    await openFieldsDialog(app);
    await page.getByRole('button', { name: 'Learned lexicon…' }).click();
    const form = page.getByTestId('lexicon-import');
    await form.getByLabel('Field').click();
    await page.getByRole('option', { name: '合作机构 · Partner institutions' }).click();
    const pathInput = form.getByLabel(/Word list on this computer/);

    // A file that is not a workbook is refused, named, and nothing is saved.
    await pathInput.fill(notAWorkbook);
    await form.getByRole('button', { name: 'Import list' }).click();
    await page
      .getByText('notes.xlsx is not an Excel workbook (.xlsx); save it as .xlsx or CSV.')
      .waitFor();
    expect(version()).toBe(before);

    await pathInput.fill(workbook);
    await form.getByRole('button', { name: 'Import list' }).click();
    await expect
      .poll(() => page.getByTestId('lexicon-import-result').textContent())
      .toBe('1 entry imported; rows skipped: –');
    const entry = page.locator(
      '[data-lexicon-field=partners][data-lexicon-entry="准格尔旗中心医院"]',
    );
    await entry.waitFor();
    await entry.getByText('in the word list').waitFor();
    await app.screenshot('word-list-import');
    expect(version()).toBe(before + 1);
    const saved = savedFields<{ key: string; lexicon?: unknown }>(app, before + 1);
    expect(saved.find((f) => f.key === 'partners')!.lexicon).toEqual([
      { text: '准格尔旗中心医院', value: '鄂尔多斯市准格尔旗中心医院' },
    ]);

    // The article that names it gets the alias, found where the list's text is written.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('[role=option]', { hasText: '准格尔旗中心医院' }).click();
    const suggested = page.locator('[data-field=partners] [data-value-id]', {
      hasText: '鄂尔多斯市准格尔旗中心医院',
    });
    await suggested.first().waitFor({ timeout: 15_000 });
    await expect(suggested.first().textContent()).resolves.toContain('lexicon:partners@1');
    await suggested.first().scrollIntoViewIfNeeded();
    await app.screenshot('word-list-suggestion');
    expect(app.pageErrors).toEqual([]);
  });
});
