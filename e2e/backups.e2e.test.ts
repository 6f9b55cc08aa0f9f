import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectHost } from '../electron/api/project-host';
import { bundledSeedsDir, rendererDistDir } from '../electron/app-root';
import { getMeta, setMeta } from '../electron/database/meta-repository';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { createBackup, listBackups } from '../electron/services/backups';
import { Project } from '../electron/services/project';
import { startWebServer, type WebServer } from '../electron/server/web-server';
import { useTempDir } from '../electron/test-support/temp-dir';
import { chromiumPath, screenshotDir, startApp, type RunningApp } from './harness';

const tempDir = useTempDir('gleaner-e2e-');
let app: RunningApp | undefined;
let browser: Browser | undefined;
let server: WebServer | undefined;
let host: ProjectHost | undefined;

afterEach(async () => {
  await app?.close();
  await browser?.close();
  await server?.close();
  host?.close();
  app = browser = server = host = undefined;
});

describe('backups in Chromium', () => {
  it('backs up from the Project menu, then restores it after confirmation', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator('[role=option][data-article-id]').first().waitFor();

    await page.getByRole('button', { name: 'Project: backups' }).click();
    await page.getByRole('menuitem', { name: 'Back up now' }).click();
    const dialog = page.getByRole('dialog', { name: 'Backups' });
    await dialog
      .getByRole('status')
      .getByText(/Backup made/)
      .waitFor();
    await expect.poll(() => dialog.locator('tr[data-backup]').count()).toBe(1);
    await dialog.getByText('Made by you').waitFor();
    await app.screenshot('backups-dialog');

    // Work done after the backup…
    setMeta(project.db, 'note', 'written after the backup');
    await dialog.getByRole('button', { name: /^Restore the backup from/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
    await confirm.getByText(/is not lost/).waitFor();
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
    // …is gone after the restore (the window reloads), and kept in the pre-restore backup.
    await expect.poll(() => getMeta(project.db, 'note') ?? 'gone').toBe('gone');
    await page.locator('[role=option][data-article-id]').first().waitFor();
    expect(listBackups(project.filePath).map((b) => b.kind)).toEqual(['pre-restore', 'manual']);
    expect(app.pageErrors).toEqual([]);
  });

  it('serves the recovery screen for a damaged project and restores the newest good backup', async () => {
    const file = path.join(tempDir(), 'damaged.gleaner');
    const original = Project.open(file, { seedsDir: bundledSeedsDir });
    const articles = original.info().articleCount;
    await createBackup(original.db, file, 'daily');
    original.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    fs.writeFileSync(file, bytes);

    host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'local' });
    expect(host.open(file)?.code).toBe('project-unreadable');
    server = await startWebServer({ handlers: host.handlers, staticDir: rendererDistDir });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);

    await page.getByRole('heading', { name: '无法打开这个项目' }).waitFor();
    await expect.poll(() => page.getByTestId('recovery-reason').textContent()).toContain(file);
    await page.getByRole('list', { name: '本项目的备份' }).getByText(/每日/).waitFor();
    fs.mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotDir, 'recovery-screen.png') });

    await page.getByRole('button', { name: '恢复最新的完好备份' }).click();
    // The app itself appears, with the articles of the backup.
    await page.locator('[role=option][data-article-id]').first().waitFor();
    expect(host.openProject?.info().articleCount).toBe(articles);
    expect(
      listBackups(file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['daily', 'damaged']);
    expect(errors).toEqual([]);
  });
});
