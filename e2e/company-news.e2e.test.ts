import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { appRoot } from '../electron/app-root';
import { activeSchema } from '../electron/database/schema-repository';
import { useTempDir } from '../electron/test-support/temp-dir';
import { articleRows, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const tempDir = useTempDir('gleaner-e2e-');
const companyArticles = path.join(appRoot, 'bench', 'articles', 'company-news');

describe('a company-news project in Chromium', () => {
  it('chooses company-news for a new project, imports two articles, shows suggestions, exports', async () => {
    app = await startApp({ locale: 'en-US', seeds: false });
    const { page, project } = app;

    // A project without articles asks what it collects.
    const chooser = page.getByRole('dialog', { name: 'What will this project collect?' });
    await chooser.waitFor();
    await app.screenshot('schema-chooser');
    await chooser.getByLabel('Company news').check({ force: true });
    await chooser.getByRole('button', { name: 'Use this schema' }).click();
    await chooser.waitFor({ state: 'hidden' });
    expect(activeSchema(project.db).id).toBe('company-news');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const files = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (
      await files
    ).setFiles(
      ['c01-changzhou-separator-plant.txt', 'c06-qingdao-heavy-industry-order.txt'].map((n) =>
        path.join(companyArticles, n),
      ),
    );
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain('Imported: 2 · articles: 2');
    await page.getByRole('button', { name: 'Close' }).click();

    // The panel of the article shown before may still be on screen: take the clicked one's.
    const panelOf = async (row: Locator) =>
      page.locator(
        `[data-testid=fields-panel][data-article-id="${await row.getAttribute('data-article-id')}"]`,
      );
    const first = page.locator('[role=option]', { hasText: 'c01-changzhou-separator-plant.txt' });
    await first.click();
    const panel = await panelOf(first);
    const company = panel.locator('[data-field=company]');
    await company.waitFor();
    await expect(company.textContent()).resolves.toContain('江苏恒川新材料股份有限公司');
    await expect(panel.locator('[data-field=people]').textContent()).resolves.toContain('陈立峰');
    await expect(panel.locator('[data-field=products]').textContent()).resolves.toContain('恒川Q7');
    await expect(panel.locator('[data-field=hospital]').count()).resolves.toBe(0);
    await app.screenshot('company-news-article');

    const second = articleRows(page).nth(1);
    await second.click();
    await expect
      .poll(async () => (await panelOf(second)).locator('[data-field=company]').textContent())
      .toContain('青岛海澜重工集团有限公司');

    const out = path.join(tempDir(), 'companies.jsonl');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Format', { exact: true }).click();
    await page.getByRole('option', { name: 'JSONL (one record per line)' }).click();
    await dialog.getByText('Any status').click();
    await dialog.getByLabel('File to write').fill(out);
    await dialog.getByRole('button', { name: 'Start export' }).click();
    await dialog.getByTestId('export-done').waitFor({ timeout: 30_000 });
    const records = fs
      .readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { fields: Record<string, { value: unknown }[]> });
    expect(records).toHaveLength(2);
    expect(records.map((r) => r.fields.company?.[0]?.value).sort()).toEqual([
      '江苏恒川新材料股份有限公司',
      '青岛海澜重工集团有限公司',
    ]);
    expect(records.every((r) => !('hospital' in r.fields))).toBe(true);
    expect(app.pageErrors).toEqual([]);
  });

  it('Fields…: a new field takes a rule output, the schema exports and a bad file is refused', async () => {
    app = await startApp({ locale: 'en-US', seeds: false });
    const { page, project } = app;
    const chooser = page.getByRole('dialog', { name: 'What will this project collect?' });
    await chooser.waitFor();
    await chooser.getByLabel('Company news').check({ force: true });
    await chooser.getByRole('button', { name: 'Use this schema' }).click();
    await chooser.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Fields…' }).click();
    const dialog = page.getByRole('dialog', { name: /Fields of company-news/ });
    await dialog.locator('[data-schema-field=company]').waitFor();
    await dialog.getByLabel('Key', { exact: true }).fill('founded');
    await dialog.getByLabel('Chinese label', { exact: true }).fill('成立年份');
    await dialog.getByLabel('English label', { exact: true }).fill('Founded');
    await dialog.getByLabel('Type', { exact: true }).click();
    await page.getByRole('option', { name: 'Integer' }).click();
    await dialog.getByLabel('Suggested by').click();
    // Only outputs that fit an integer field are offered.
    const offered = await page.getByRole('option').allTextContents();
    expect(offered).toContain('rule:founded@1 → founded_year');
    expect(offered).not.toContain('rule:place@1 → city');
    await page.getByRole('option', { name: 'rule:founded@1 → founded_year' }).click();
    await dialog.getByRole('button', { name: 'Add field' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = activeSchema(project.db);
    expect(saved.version).toBe(2);
    expect(saved.fields.find((f) => f.key === 'founded')?.extractors).toEqual([
      { id: 'rule:founded@1', output: 'founded_year' },
    ]);

    await page.getByRole('button', { name: 'Fields…' }).click();
    await dialog.locator('[data-schema-field=founded]').waitFor();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export JSON' }).click();
    const file = path.join(tempDir(), 'exported.schema.json');
    await (await download).saveAs(file);
    const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      id: string;
      fields: { key: string; extractors: unknown[] }[];
    };
    expect(exported.id).toBe('company-news');
    expect(exported.fields.map((f) => f.key)).toContain('founded');

    // A file mapping a money rule to the headline is refused, naming the field and the rule.
    exported.fields.find((f) => f.key === 'title')!.extractors = ['rule:investment@1'];
    fs.writeFileSync(file, JSON.stringify(exported));
    const picked = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import JSON…' }).click();
    await (await picked).setFiles(file);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('field "title"');
    await expect(alert.textContent()).resolves.toContain('extractor "rule:investment@1"');
    await app.screenshot('schema-import-refused');
    expect(activeSchema(project.db).version).toBe(2);
    expect(app.pageErrors).toEqual([]);
  });

  it('an empty-schema project with articles takes company-news from a file and is extracted again', async () => {
    app = await startApp({ locale: 'en-US', seeds: false });
    const { page, project } = app;
    const chooser = page.getByRole('dialog', { name: 'What will this project collect?' });
    await chooser.waitFor();
    await chooser.getByLabel('Empty').check({ force: true });
    await chooser.getByRole('button', { name: 'Use this schema' }).click();
    await chooser.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const files = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files…' }).click();
    await (await files).setFiles(path.join(companyArticles, 'c09-changsha-robot-factory.txt'));
    await page.getByTestId('import-summary').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Close' }).click();
    await articleRows(page).first().click();

    await page.getByRole('button', { name: 'Fields…' }).click();
    const dialog = page.getByRole('dialog', { name: /Fields of empty/ });
    await dialog.getByRole('button', { name: 'Import JSON…' }).waitFor();
    const picked = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import JSON…' }).click();
    await (
      await picked
    ).setFiles(path.join(appRoot, 'shared', 'schema', 'builtin', 'company-news.schema.json'));
    await page.getByRole('dialog', { name: /Fields of company-news/ }).waitFor();
    expect(activeSchema(project.db).id).toBe('company-news');
    await page.keyboard.press('Escape');

    const company = page.getByTestId('fields-panel').locator('[data-field=company]');
    await expect
      .poll(() => company.textContent(), { timeout: 60_000 })
      .toContain('远拓机器人股份有限公司');
    expect(app.pageErrors).toEqual([]);
  });
});
