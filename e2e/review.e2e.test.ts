import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { focusValue, startApp, type RunningApp } from './harness';
import { updateProjectSettings } from '../electron/services/project-settings';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const curator = '林整理';
const reviewer = '王审核';
const reviewerPassphrase = 'shi-sui-2026';

/** Through the header menu back to the chooser, then in as someone else. */
async function switchTo(page: Page, name: string, passphrase?: string): Promise<void> {
  await page.getByTestId('profile-menu').click();
  await page.getByRole('menuitem', { name: 'Switch profile…' }).click();
  const chooser = page.getByRole('dialog', { name: 'Who is working?' });
  await chooser.waitFor();
  await chooser.getByRole('listitem', { name: new RegExp(`^${name} `) }).click();
  if (passphrase) {
    await chooser.getByLabel(`Passphrase of ${name}`).fill(passphrase);
    await chooser.getByRole('button', { name: 'Sign in' }).click();
  }
  await chooser.waitFor({ state: 'detached' });
  await expect.poll(() => page.getByTestId('profile-menu').textContent()).toContain(name);
}

const status = (page: Page) => page.getByTestId('article-status').getAttribute('data-status');

describe('review and accountability in Chromium', () => {
  it('a curator submits, a reviewer asks for changes, the curator fixes it, the reviewer approves; history and dashboard show it', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;

    // The project's first profile is an admin, signed in at once: no chooser in the way.
    const menu = page.getByTestId('profile-menu');
    await menu.waitFor();
    await expect(menu.getAttribute('aria-label')).resolves.toMatch(/\(Admin\)$/);

    // The admin creates a curator and a passphrase-protected reviewer in the profiles dialog.
    await menu.click();
    await page.getByRole('menuitem', { name: 'Manage profiles…' }).click();
    const admin = page.getByRole('dialog', { name: 'Manage profiles…' });
    await admin.waitFor();
    const form = admin.getByRole('form', { name: 'Create a profile' });
    await form.getByLabel('Name', { exact: true }).fill(curator);
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await admin.locator(`tr[data-profile="${curator}"]`).waitFor();
    await form.getByLabel('Name', { exact: true }).fill(reviewer);
    await form.getByLabel('Role', { exact: true }).click();
    await page.getByRole('option', { name: 'Reviewer', exact: true }).click();
    await form.getByLabel('Passphrase', { exact: true }).fill(reviewerPassphrase);
    await form.getByRole('button', { name: 'Create', exact: true }).click();
    await admin.locator(`tr[data-profile="${reviewer}"]`).waitFor();
    await page.keyboard.press('Escape');
    await admin.waitFor({ state: 'detached' });

    // The admin assigns the first article to the curator.
    const rows = page.locator('[role=option][data-article-id]');
    await rows.first().waitFor();
    const articleId = await rows.first().getAttribute('data-article-id');
    await page.locator('[data-article-id][aria-selected=true]').waitFor();
    await page.getByRole('combobox', { name: 'Assigned to' }).click();
    await page.getByRole('option', { name: curator, exact: true }).click();
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Assigned to' }).inputValue())
      .toBe(curator);

    // The curator accepts the first value, rejects the second, and submits with Ctrl+Enter.
    await switchTo(page, curator);
    const values = page.locator('[data-testid=fields-panel] [data-value-id]');
    await values.first().waitFor();
    const firstValue = await values.nth(0).getAttribute('data-value-id');
    const secondValue = await values.nth(1).getAttribute('data-value-id');
    await page.keyboard.press('n');
    await page.keyboard.press('a');
    await expect
      .poll(() =>
        page.locator(`[data-value-id="${firstValue}"]`).first().getAttribute('data-state'),
      )
      .toBe('accepted');
    await page.keyboard.press('n');
    await page.keyboard.press('x');
    await expect
      .poll(() =>
        page.locator(`[data-value-id="${secondValue}"]`).first().getAttribute('data-state'),
      )
      .toBe('rejected');
    await expect(page.locator('[data-action=approve]').count()).resolves.toBe(0);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => status(page)).toBe('submitted');

    // The reviewer, elsewhere in the list, opens the review queue with ] and sees the diff.
    await switchTo(page, reviewer, reviewerPassphrase);
    await page.keyboard.press('j');
    await expect
      .poll(() =>
        page.locator('[data-article-id][aria-selected=true]').getAttribute('data-article-id'),
      )
      .not.toBe(articleId);
    await page.keyboard.press(']');
    await expect
      .poll(() =>
        page.locator('[data-article-id][aria-selected=true]').getAttribute('data-article-id'),
      )
      .toBe(articleId);
    await expect.poll(() => status(page)).toBe('submitted');
    await expect(page.locator('[data-action=submit]').count()).resolves.toBe(0);
    await page.getByText('Review', { exact: true }).click();
    const diff = page.getByRole('table', { name: 'Changes against the extracted suggestions' });
    await diff.waitFor();
    // Changes only at first, rejections on top: the plain accept shows when asked for.
    await diff.locator(`tr[data-value-id="${secondValue}"][data-change=rejected]`).waitFor();
    await expect(diff.locator(`tr[data-value-id="${firstValue}"]`).count()).resolves.toBe(0);
    await page.getByRole('switch', { name: 'Only changes (hide plain accepts)' }).uncheck();
    await diff.locator(`tr[data-value-id="${firstValue}"][data-change=accepted]`).waitFor();
    const kinds = await diff
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-change')));
    expect(kinds[0]).toBe('rejected');
    expect(kinds.indexOf('accepted')).toBeLessThan(kinds.indexOf('unchanged'));
    await expect(
      diff.locator(`tr[data-value-id="${firstValue}"]`).textContent(),
    ).resolves.toContain(curator);

    // Shift+R asks for changes, with a comment on the rejected value.
    await page
      .locator(`[data-testid=fields-panel] [data-value-id="${secondValue}"]`)
      .first()
      .click();
    await page.keyboard.press('Shift+R');
    const request = page.getByRole('dialog', { name: 'Request changes' });
    await request.waitFor();
    await request
      .getByLabel('What needs to change')
      .fill('This value is right: the text says so. Please accept it.');
    await request.getByRole('button', { name: 'Request changes' }).click();
    await request.waitFor({ state: 'detached' });
    await expect.poll(() => status(page)).toBe('changes_requested');
    const comments = page.getByTestId('comments');
    await comments.locator('[data-kind=changes_requested]').waitFor();
    await app.screenshot('review-view-en-light');

    // The curator sees the comment, fixes the value and submits again.
    await switchTo(page, curator);
    await comments
      .locator('[data-kind=changes_requested]', { hasText: 'Please accept it' })
      .waitFor();
    await page.getByText('Text', { exact: true }).click();
    // Focus may survive from before the review (it is kept per article): focusValue ends focused.
    await focusValue(
      page.locator(`[data-testid=fields-panel] [data-value-id="${secondValue}"]`).first(),
    );
    await page.keyboard.press('a');
    await expect
      .poll(() =>
        page.locator(`[data-value-id="${secondValue}"]`).first().getAttribute('data-state'),
      )
      .toBe('accepted');
    await page.locator('[data-action=submit]').click();
    await expect.poll(() => status(page)).toBe('submitted');

    // The reviewer approves with Ctrl+Enter: the article becomes read-only.
    await switchTo(page, reviewer, reviewerPassphrase);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => status(page)).toBe('approved');
    await page.getByTestId('read-only-note').waitFor();
    const panelButtons = page.locator('[data-read-only] [data-testid=fields-panel] button');
    expect(await panelButtons.count()).toBeGreaterThan(0);
    expect(await panelButtons.first().isDisabled()).toBe(true);
    await expect(page.locator('[data-action=reopen]').count()).resolves.toBe(1);

    // The article's history names who did what, newest first.
    await page.getByRole('button', { name: 'History', exact: true }).first().click();
    const history = page.getByTestId('history');
    await history.locator('[data-history-action]').first().waitFor();
    const entries = await history
      .locator('[data-history-action]')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-actor')} ${el.textContent ?? ''}`),
      );
    const first = entries[0] ?? '';
    expect(first).toContain(reviewer);
    expect(first).toContain('Approved');
    const text = entries.join('\n');
    expect(text).toContain('Changes requested');
    expect(text).toContain('Please accept it');
    expect(entries.filter((e) => e.startsWith(curator) && e.includes('Submitted'))).toHaveLength(2);
    expect(
      entries.filter((e) => e.startsWith(curator) && e.includes('Reviewed value')).length,
    ).toBe(3);
    expect(entries.some((e) => e.startsWith('local') || e.includes('Assigned'))).toBe(true);
    await app.screenshot('history-en-light');

    // The whole audit log goes to a file in the project's folder by default.
    await history.getByRole('button', { name: 'Export', exact: true }).click();
    const exported = history.getByTestId('audit-exported');
    await exported.waitFor();
    const file = (await exported.locator('code').textContent()) ?? '';
    expect(path.dirname(file)).toBe(path.dirname(app.project.filePath));
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(entries.length);
    expect(lines.some((line) => line.includes(reviewer) && line.includes('requestChanges'))).toBe(
      true,
    );
    await page.keyboard.press('Escape');

    // One value's history, from its row in the review view: the curator rejected, then accepted it.
    await history.waitFor({ state: 'hidden' });
    await page.getByText('Review', { exact: true }).click();
    await page.getByRole('switch', { name: 'Only changes (hide plain accepts)' }).uncheck();
    await page.getByRole('button', { name: 'History of Province' }).click();
    await page.getByRole('dialog', { name: 'History of Province' }).waitFor();
    const valueEntries = await history
      .locator('[data-history-action=set-state]')
      .evaluateAll((els) =>
        els.map((el) => `${el.getAttribute('data-actor')} ${el.textContent ?? ''}`),
      );
    expect(valueEntries).toHaveLength(2);
    expect(valueEntries[0]).toContain(`${curator} `);
    expect(valueEntries[0]).toContain('rejected → accepted');
    expect(valueEntries[1]).toContain('suggested → rejected');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });

    // The dashboard counts the approval and the curator's work.
    await page.getByRole('button', { name: 'Dashboard' }).click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.waitFor();
    await expect.poll(() => page.getByTestId('status-count-approved').textContent()).toBe('1');
    const curatorRow = dashboard.locator(`tr[data-curator="${curator}"]`);
    await curatorRow.waitFor();
    await expect(curatorRow.getByTestId('curator-submitted').textContent()).resolves.toBe('2');
    // Reviewers appear beside curators (the approvals are theirs), each with their role.
    await expect(curatorRow.textContent()).resolves.toContain('Curator');
    await expect(
      dashboard.locator(`tr[data-curator="${reviewer}"]`).textContent(),
    ).resolves.toContain('Reviewer');
    await page.getByTestId('chart-extractors').locator('.recharts-surface').waitFor();
    await app.screenshot('dashboard-en-light');

    // The same screens in Chinese, dark.
    await page.getByText('中文', { exact: true }).click();
    await page.getByText('深色', { exact: true }).click();
    await page.getByTestId('chart-progress').locator('.recharts-surface').waitFor();
    await app.screenshot('dashboard-zh-dark');
    await page.getByRole('button', { name: '返回文章' }).click();
    await page.getByText('审核', { exact: true }).click();
    await page.getByTestId('review-panel').waitFor();
    await app.screenshot('review-view-zh-dark');
    await page.getByRole('button', { name: '历史', exact: true }).first().click();
    await page.getByTestId('history').locator('[data-history-action]').first().waitFor();
    await app.screenshot('history-zh-dark');

    expect(app.pageErrors).toEqual([]);
    // Three profiles, a full review round and history: a loaded runner takes over a minute.
  }, 150_000);

  it('says clearly when the article moved on in another window, and takes no step', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.getByTestId('profile-menu').waitFor();
    await page.locator('[data-action=submit]').click();
    await expect.poll(() => status(page)).toBe('submitted');
    // One person plays both parts here: the project lets them approve their own work.
    updateProjectSettings(app.project.db, { allowSelfApproval: true }, 'admin');

    // A second window on the same project approves the article meanwhile.
    const other = await page.context().newPage();
    await other.goto(app.url);
    await other.locator('[data-action=approve]').click();
    await expect.poll(() => status(other)).toBe('approved');
    await other.close();

    // This window still shows it submitted; asking for changes now is refused, and says why.
    await page.locator('[data-action=requestChanges]').click();
    const request = page.getByRole('dialog', { name: 'Request changes' });
    await request.getByLabel('What needs to change').fill('The hospital is wrong.');
    await request.getByRole('button', { name: 'Request changes' }).click();
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Someone changed this article meanwhile' });
    await alert.first().waitFor();
    await expect(alert.first().getAttribute('data-error-code')).resolves.toBe('conflict');
    await expect(alert.first().textContent()).resolves.toContain('Approved');
    await page.keyboard.press('Escape');
    await expect.poll(() => status(page)).toBe('approved');
    await app.screenshot('review-conflict-en-light');
    expect(app.pageErrors).toEqual([]);
  });
});
