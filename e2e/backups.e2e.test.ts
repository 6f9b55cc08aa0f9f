import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectHost } from '../electron/api/project-host';
import { bundledSeedsDir, rendererDistDir } from '../electron/app-root';
import { getMeta, setMeta } from '../electron/database/meta-repository';
import { JobRunner } from '../electron/jobs/job-runner';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { createBackup, listBackups } from '../electron/services/backups';
import { Project } from '../electron/services/project';
import { startWebServer, type WebServer } from '../electron/server/web-server';
import { addPeople } from '../electron/test-support/people';
import { useTempDir } from '../electron/test-support/temp-dir';
import { screenshotDir, sharedBrowser, startApp, type RunningApp } from './harness';

const tempDir = useTempDir('gleaner-e2e-');
let app: RunningApp | undefined;
let context: BrowserContext | undefined;
let server: WebServer | undefined;
let host: ProjectHost | undefined;

afterEach(async () => {
  await app?.close();
  await context?.close();
  await server?.close();
  host?.close();
  app = context = server = host = undefined;
});

/**
 * Damages the project file (its backups stay sound) and serves it as `gleaner serve` would: in
 * recovery. Opens the page in Chromium; the server, host and browser context close after the test.
 */
async function serveDamaged(file: string, locale: string) {
  const bytes = fs.readFileSync(file);
  bytes.fill(0x5a, 4096 * 3, 4096 * 6);
  fs.writeFileSync(file, bytes);
  host = new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'local' });
  expect(host.open(file)?.code).toBe('project-unreadable');
  server = await startWebServer({ handlers: host.handlers, staticDir: rendererDistDir });
  context = await (
    await sharedBrowser()
  ).newContext({ locale, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  return { host, page, errors };
}

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
    const { host, page, errors } = await serveDamaged(file, 'zh-CN');

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

  it('in recovery, asks who is working when the project has several people, and restores for its admin', async () => {
    const file = path.join(tempDir(), 'people.gleaner');
    const original = Project.open(file, { seedsDir: bundledSeedsDir });
    addPeople(original.db);
    await createBackup(original.db, file, 'daily');
    original.close();
    const { host, page, errors } = await serveDamaged(file, 'en-US');

    // Restoring is an admin's: the window asks who is working, then goes on with the restore.
    const restore = page.getByRole('button', { name: 'Restore the newest good backup' });
    await restore.click();
    const chooser = page.getByRole('dialog', { name: 'Who is working?' });
    await chooser.waitFor();
    const signInAs = async (name: string, role: string, passphrase: string) => {
      await chooser.getByRole('listitem', { name: `${name} (${role})` }).click();
      await chooser.getByLabel(`Passphrase of ${name}`).fill(passphrase);
      await chooser.getByRole('button', { name: 'Sign in' }).click();
      await chooser.waitFor({ state: 'detached' });
    };
    await signInAs('王芳', 'Curator', 'curator-pass');
    const refusal = page.getByRole('alert');
    await expect
      .poll(() => refusal.textContent())
      .toContain('Only an admin can restore a backup; 王芳 is a curator.');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(screenshotDir, 'recovery-refused.png') });
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily']);

    await refusal.getByRole('button', { name: 'Switch profile…' }).click();
    await chooser.waitFor();
    await signInAs('李明', 'Admin', 'admin-pass');
    await page.locator('[role=option][data-article-id]').first().waitFor();
    expect(host.openProject).not.toBeNull();
    expect(errors).toEqual([]);
  });
});
