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

// Real folders, removed after each test (the helper the unit tests use).
const tempDir = useTempDir('gleaner-e2e-');

// 来源 holds long strings, so the guess takes it for the text: the user has to correct that.
const rows = [
  ['1', '阜新医院新闻', '阜新市第二人民医院开启了高质量发展新征程。'],
  ['2', '准格尔旗医院', '准格尔旗中心医院优化医疗资源配置。'],
  ['3', '草原健康', '锡林郭勒盟中心医院守护草原人民健康。'],
];
const csv =
  '编号,标题,正文,来源\n' +
  rows
    .map(
      ([id, title, text]) =>
        `${id},${title},${text},${'内蒙古日报社新闻客户端转载自当地融媒体中心'.repeat(3)}${id}`,
    )
    .join('\n') +
  '\n';

describe('importing a table with chosen columns', () => {
  it('lets the user pick the text, title and metadata columns, and remembers the choice', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'news.csv'), csv);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Files or folders on this computer').fill(dir);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const step = page.getByTestId('import-table-mapping');
    await step.waitFor();
    await expect(step.textContent()).resolves.toContain('news.csv · 3 rows');
    await step.getByText('Guessed', { exact: true }).waitFor();
    await expect(dialog.getByLabel('Text column').inputValue()).resolves.toBe('来源');

    await dialog.getByLabel('Text column').click();
    await page.getByRole('option', { name: '正文', exact: true }).click();
    await expect(dialog.getByLabel('Title column').inputValue()).resolves.toBe('标题');
    await dialog.getByLabel('编号', { exact: true }).uncheck({ force: true });
    await dialog.getByLabel('来源', { exact: true }).check({ force: true });
    await expect(dialog.getByLabel('来源', { exact: true }).isChecked()).resolves.toBe(true);
    await expect(page.getByTestId('import-table-preview').textContent()).resolves.toContain(
      '阜新市第二人民医院',
    );
    await app.screenshot('import-table-mapping');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Imported: 1 · articles: 3');
    await page.getByRole('button', { name: 'Close' }).click();
    for (const [, title] of rows)
      await page.locator('[role=option]', { hasText: title! }).first().waitFor();

    const stored = app.project.db
      .prepare("SELECT text, metadata FROM documents WHERE name LIKE 'news.csv#%' ORDER BY id")
      .all() as { text: string; metadata: string }[];
    expect(stored.map((d) => d.text)).toEqual(rows.map(([, , text]) => text));
    for (const [index, document] of stored.entries()) {
      expect(Object.keys(JSON.parse(document.metadata) as object)).toEqual(['来源']);
      expect((JSON.parse(document.metadata) as Record<string, string>)['来源']).toMatch(
        new RegExp(`${index + 1}$`),
      );
    }

    // The next look at a table with these columns offers the choice just made.
    const next = tempDir();
    fs.writeFileSync(path.join(next, 'more.csv'), csv.replaceAll('新闻', '消息'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByLabel('Files or folders on this computer').fill(next);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await step.waitFor();
    await step.getByText('Remembered', { exact: true }).waitFor();
    await expect(dialog.getByLabel('Text column').inputValue()).resolves.toBe('正文');
    expect(app.pageErrors).toEqual([]);
  });

  it('says before the import which rows will be left out, and imports the others', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const dir = tempDir();
    // Line 3 has a cell too many; line 4 has no text.
    const table =
      '标题,正文\n' +
      '第一条,阜新市第二人民医院开启了高质量发展新征程。\n' +
      '第二条,准格尔旗中心医院,优化医疗资源配置。\n' +
      '第三条,\n' +
      '第四条,锡林郭勒盟中心医院守护草原人民健康。\n';
    fs.writeFileSync(path.join(dir, 'ragged.csv'), table);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Files or folders on this computer').fill(dir);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const warning = page.getByTestId('import-left-out-rows');
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain(
      'ragged.csv: 2 rows will be left out: line 3, 4',
    );
    // The preview marks the row without text instead of showing it like the rows that import.
    const preview = page.getByTestId('import-table-preview');
    const leftOutRow = preview.locator('tr[data-left-out]');
    await expect(leftOutRow.count()).resolves.toBe(1);
    await expect(leftOutRow.textContent()).resolves.toContain('第三条');
    await expect(leftOutRow.textContent()).resolves.toContain('no text: left out');
    await app.screenshot('import-table-left-out-rows');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('articles: 2');
    const stored = app.project.db
      .prepare("SELECT text FROM documents WHERE name LIKE 'ragged.csv#%' ORDER BY id")
      .all() as { text: string }[];
    expect(stored.map((d) => d.text)).toEqual([
      '阜新市第二人民医院开启了高质量发展新征程。',
      '锡林郭勒盟中心医院守护草原人民健康。',
    ]);
    expect(app.pageErrors).toEqual([]);
  });
});
