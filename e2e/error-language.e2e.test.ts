import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../electron/app-root';
import { articleRows, focusValue, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** An article with a value of a numeric field, opened, and that value's row in the panel. */
async function openNumericValue(app: RunningApp) {
  const row = app.project.db
    .prepare(
      `SELECT v.id, v.article_id AS articleId FROM field_values v
       WHERE v.field_key IN ('beds', 'founded_year') ORDER BY v.article_id, v.id LIMIT 1`,
    )
    .get() as { id: number; articleId: number };
  await articleRows(app.page).first().waitFor();
  await app.page.locator(`[role=option][data-article-id="${row.articleId}"]`).click();
  const value = app.page.locator(`[data-value-id="${row.id}"]`);
  await value.waitFor();
  return value;
}

/** Latin words left once the file paths and command names the message quotes are taken out. */
const latinWords = (text: string) =>
  (text.replace(/\/[\w./-]+/g, '').match(/[A-Za-z]{3,}/g) ?? []).filter((w) => w !== 'e');

describe('errors in the window language (issue 21, item 5)', () => {
  for (const [locale, expected, forbidden] of [
    ['zh-CN', /不是字段“.+”的有效(金额|整数)/, /is not a valid/],
    ['en-US', /is not a valid .* for the field/, /不是字段/],
  ] as const) {
    it(`says a parse refusal in ${locale}`, async () => {
      app = await startApp({ locale });
      const { page } = app;
      const value = await openNumericValue(app);
      await focusValue(value);
      await page.keyboard.press('e');
      const editor = page.getByTestId('value-editor');
      await editor.waitFor();
      await editor.fill('abc');
      await editor.press('Enter');
      const refusal = page.getByText(expected);
      await refusal.waitFor();
      const shown = (await refusal.textContent()) ?? '';
      expect(shown).not.toMatch(forbidden);
      if (locale === 'zh-CN') expect(latinWords(shown.replace('abc', ''))).toEqual([]);
      await app.screenshot(`error-language-parse-${locale}`);
      expect(app.pageErrors).toEqual([]);
    });
  }

  it('names a missing import path in Chinese, not NOT-FOUND … no such file or folder', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await page.getByLabel('本机上的文件或文件夹').fill('/tmp/gleaner-no-such-folder-e2e');
    await page.getByRole('dialog').getByRole('button', { name: '导入', exact: true }).click();
    // The import runs as a job: on a loaded machine its report can take a while.
    await page.getByTestId('import-summary').waitFor({ timeout: 90_000 });
    await page.getByText('找不到文件或文件夹').waitFor();
    const dialog = (await page.getByRole('dialog').textContent()) ?? '';
    expect(dialog).not.toMatch(/no such file|not-found|NOT-FOUND/i);
    await app.screenshot('error-language-import-zh-CN');
    expect(app.pageErrors).toEqual([]);
  });

  it("says a refused schema file's problems in Chinese by their zod codes, not zod's English", async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    await articleRows(page).first().waitFor();
    const schema = JSON.parse(
      fs.readFileSync(path.join(bundledSeedsDir, 'hospital-news.schema.json'), 'utf8'),
    ) as { fields: Record<string, unknown>[] };
    schema.fields[0]!.type = 'number';
    schema.fields[1]!.colour = 'red';
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-e2e-')), 'bad.json');
    fs.writeFileSync(file, JSON.stringify(schema));
    await page.getByRole('button', { name: '字段设置…' }).click();
    const dialog = page.getByRole('dialog');
    const picked = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '导入 JSON…' }).click();
    await (await picked).setFiles(file);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toContain('的 type：应为以下之一：text');
    expect(shown).toContain('有不认识的键：colour');
    // What is left once the file's own names (its name, keys and type names) are taken out.
    const sentences = shown.replace(/\S+\.json|“[^”]*”|：[a-z_, ]+|\btype\b/g, '');
    expect(latinWords(sentences), shown).toEqual([]);
    await app.screenshot('error-language-schema-zh-CN');
    expect(app.pageErrors).toEqual([]);
  });

  it("shows the main side's refusal in the error banner in each language", async () => {
    for (const [locale, expected] of [
      ['zh-CN', /本项目中没有文章 \d+。/],
      ['en-US', /There is no article \d+ in this project\./],
    ] as const) {
      app = await startApp({ locale });
      const { page } = app;
      const last = articleRows(page).last();
      await last.waitFor();
      // The article goes away behind the window's back (another window merged it, say).
      const id = Number(await last.getAttribute('data-article-id'));
      const { db } = app.project;
      db.pragma('foreign_keys = OFF');
      db.prepare('DELETE FROM article_ranges WHERE article_id = ?').run(id);
      db.prepare('DELETE FROM articles WHERE id = ?').run(id);
      db.pragma('foreign_keys = ON');
      await last.click();
      const banner = page
        .getByRole('alert', { name: locale === 'zh-CN' ? '出错了' : 'Something went wrong' })
        .filter({ hasText: expected });
      await banner.waitFor();
      await expect(banner.getAttribute('data-error-code')).resolves.toBe('not-found');
      if (locale === 'zh-CN') expect(await banner.textContent()).not.toMatch(/There is no/);
      await app.screenshot(`error-language-banner-${locale}`);
      await app.close();
      app = undefined;
    }
  });
});
