import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A profile made through the real browser-mode API, as the admin signed in in this tab. */
const createCurator = (name: string) => `fetch('./api/profiles.create', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'x-gleaner-session': sessionStorage.getItem('gleaner.session'),
  },
  body: JSON.stringify({ name: ${JSON.stringify(name)}, role: 'curator' }),
}).then((r) => r.json())`;

describe('assignment and the dashboard in Chromium', () => {
  it('bulk-assigns what the list filter selects, and the dashboard names the rule whose suggestion was rejected', async () => {
    app = await startApp({ locale: 'zh-CN', colorScheme: 'dark' });
    const { page } = app;
    await page.getByTestId('profile-menu').waitFor();
    const created = (await page.evaluate(createCurator('陈整理'))) as { ok: boolean };
    expect(created.ok).toBe(true);
    const rows = page.locator('[role=option][data-article-id]');
    await expect.poll(() => rows.count()).toBe(9);

    // A search narrows the list; "assign all" then takes exactly those articles, after saying how many.
    await page.getByRole('textbox', { name: '搜索标题和正文' }).fill('阜新');
    const countText = page.getByTestId('article-count');
    const shown = async () => {
      const text = (await countText.textContent()) ?? '';
      return /篇匹配$/.test(text) ? Number(text.match(/\d+/)?.[0]) : 9;
    };
    await expect.poll(shown).toBeLessThan(9);
    const matching = await shown();
    expect(matching).toBeGreaterThan(0);
    await expect.poll(() => rows.count()).toBe(matching);
    await page.getByRole('button', { name: '全部分配…' }).click();
    const dialog = page.getByRole('dialog', { name: '分配列表中的文章' });
    await dialog.waitFor();
    await dialog.getByRole('combobox', { name: '负责人' }).click();
    await page.getByRole('option', { name: '陈整理', exact: true }).click();
    await expect
      .poll(() => dialog.getByTestId('bulk-count').textContent())
      .toBe(`将把 ${matching} 篇文章分配给 陈整理。`);
    await app.screenshot('bulk-assign-zh-dark');
    await dialog.getByRole('button', { name: `分配 ${matching} 篇` }).click();
    await dialog.getByRole('status').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => rows.filter({ hasText: '陈整理' }).count()).toBe(matching);

    // Without the search, the other articles are still unassigned.
    await page.getByRole('button', { name: '清除搜索' }).click();
    await expect.poll(() => rows.count()).toBe(9);
    await expect(rows.filter({ hasText: '陈整理' }).count()).resolves.toBe(matching);

    // Reject the hospital suggestion of the selected article.
    const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
    await hospital.waitFor();
    const rule = (await hospital.textContent())?.match(/rule:[a-z_]+@\d+/)?.[0];
    expect(rule).toBe('rule:hospital@1');
    await hospital.getByRole('button', { name: '拒绝 (x)' }).click();
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('rejected');

    await page.getByRole('button', { name: '看板' }).click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.waitFor();
    await expect.poll(() => page.getByTestId('status-count-in_progress').textContent()).toBe('1');
    await expect(page.getByTestId('status-count-new').textContent()).resolves.toBe('8');
    const toImprove = page.getByTestId('rules-to-improve');
    await expect(
      toImprove.locator('[data-extractor]').first().getAttribute('data-extractor'),
    ).resolves.toBe(rule);
    await expect(toImprove.textContent()).resolves.toContain('已拒绝 1');
    // Rules are named in words, not by their ids.
    await expect(toImprove.textContent()).resolves.toContain('医院名称');
    await expect(toImprove.textContent()).resolves.not.toContain('rule:');
    await page.getByText('7 天', { exact: true }).click();
    await page.getByTestId('chart-extractors').locator('.recharts-surface').waitFor();
    await toImprove.scrollIntoViewIfNeeded();
    await app.screenshot('dashboard-rules-zh-dark');

    // English, light: the same dashboard reads in English.
    await page.getByText('English', { exact: true }).click();
    // The theme switch shows "Light" while following a dark system (PreferencesMenu reads the
    // stored scheme, 'auto'), so choosing Light needs Dark chosen first.
    await page.getByText('Dark', { exact: true }).click();
    await page.getByText('Light', { exact: true }).click();
    await expect
      .poll(() =>
        page.evaluate("document.documentElement.getAttribute('data-mantine-color-scheme')"),
      )
      .toBe('light');
    await expect(toImprove.textContent()).resolves.toContain('1 rejected');
    await expect(toImprove.textContent()).resolves.toContain('Hospital name');
    // The share axis ends at 100 %.
    const percentTicks = async () =>
      (await page.getByTestId('chart-extractors').locator('text').allTextContents()).filter(
        (text) => /^\d+%$/.test(text),
      );
    await expect.poll(percentTicks).toEqual(['0%', '25%', '50%', '75%', '100%']);
    await toImprove.scrollIntoViewIfNeeded();
    await app.screenshot('dashboard-rules-en-light');
    expect(app.pageErrors).toEqual([]);
    // About forty steps in two languages and themes: a loaded runner takes over a minute.
  }, 150_000);
});
