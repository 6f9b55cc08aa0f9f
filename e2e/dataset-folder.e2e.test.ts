import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../electron/test-support/temp-dir';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const tempDir = useTempDir('gleaner-e2e-dataset-');

describe('a dataset export onto a folder of the user’s own files (issue 16, eighth sweep)', () => {
  it('is refused next to the field, without offering to replace it, and the folder is kept', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const mine = path.join(tempDir(), 'thesis');
    fs.mkdirSync(mine);
    fs.writeFileSync(path.join(mine, 'draft.docx'), 'three years of work');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('No exports yet.').waitFor();
    await dialog.getByLabel('Format', { exact: true }).click();
    await page
      .getByRole('option', { name: 'Dataset folder (JSONL, Parquet, schema, card)' })
      .click();
    await dialog.getByText('Any status').click();
    await dialog.getByLabel('Folder to create').fill(mine);
    await dialog.getByRole('button', { name: 'Start export' }).click();

    // Before: "already exists… Replace it", and replacing deleted the draft with the folder.
    await dialog
      .getByText(`${mine} holds draft.docx, which no Gleaner dataset wrote there`, {
        exact: false,
      })
      .waitFor();
    await expect(dialog.getByRole('button', { name: 'Replace it' }).count()).resolves.toBe(0);
    expect(fs.readdirSync(mine)).toEqual(['draft.docx']);
    expect(fs.readFileSync(path.join(mine, 'draft.docx'), 'utf8')).toBe('three years of work');
  });
});
