import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { JobRunner } from '../electron/jobs/job-runner';
import { createHandlers } from '../electron/api/handlers';
import { bundledSeedsDir, rendererDistDir } from '../electron/app-root';
import { startWebServer, type WebServer } from '../electron/server/web-server';
import { Project } from '../electron/services/project';

export const screenshotDir = path.resolve(import.meta.dirname, 'screenshots');

/** Debian's Chromium; CHROMIUM_PATH overrides it on other systems. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags Chromium needs on this machine: headless, no sandbox, no network beyond loopback. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

let launched: Promise<Browser> | undefined;

/**
 * One Chromium for every test of the run (e2e/vitest.config.ts shares modules between files), each
 * test in a browser context of its own: a context has its own storage, cookies and pages, so tests
 * stay apart, and the run saves a Chromium start (about a second on two cores) per test.
 * Playwright closes the browser when the test process exits.
 */
export function sharedBrowser(): Promise<Browser> {
  launched ??= chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  return launched.then((browser) => {
    if (browser.isConnected()) return browser;
    launched = undefined;
    return sharedBrowser();
  });
}

export interface RunningApp {
  url: string;
  project: Project;
  browser: Browser;
  /** The test's own context of the shared browser; closed with the app. */
  page: Page;
  /** Everything the page logged as an error or threw: a test fails on any of it. */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the browser-mode server on a fresh project (seeded like a new user's) and opens the
 * app in headless Chromium with the flags this machine needs (no network beyond loopback).
 */
export async function startApp(
  options: {
    locale?: string;
    colorScheme?: 'light' | 'dark';
    /** false: a new project without the sample articles, as File ▸ New gives. */
    seeds?: boolean;
  } = {},
): Promise<RunningApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-e2e-'));
  const project = Project.open(path.join(dir, 'project.gleaner'), {
    seedsDir: options.seeds === false ? undefined : bundledSeedsDir,
  });
  const server: WebServer = await startWebServer({
    handlers: createHandlers({
      project,
      // As `gleaner serve` and the desktop app run them.
      jobs: new JobRunner(sourceWorkerLauncher, { background: true }),
      actor: 'local',
    }),
    staticDir: rendererDistDir,
  });
  const browser = await sharedBrowser();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'zh-CN',
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(server.url);
  return {
    url: server.url,
    project,
    browser,
    page,
    pageErrors,
    async screenshot(name) {
      fs.mkdirSync(screenshotDir, { recursive: true });
      const file = path.join(screenshotDir, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    async close() {
      await context.close();
      await server.close();
      project.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The rows of the article list. Other controls (the sort select of the list's filters) also hold
 * options, so tests look for rows inside the list itself.
 */
export function articleRows(page: Page): Locator {
  return page.getByRole('listbox', { name: /^(Articles|文章)$/ }).getByRole('option');
}

/** The article row the list shows as selected. */
export function selectedArticle(page: Page): Locator {
  return page
    .getByRole('listbox', { name: /^(Articles|文章)$/ })
    .getByRole('option', { selected: true });
}

/**
 * Focuses a value of the fields panel (`row`: the element with its data-value-id). A click
 * focuses a value, or unfocuses it when it still has the focus (focus is kept per article, so
 * it may survive from earlier in a test): click, and click again if it ended unfocused.
 */
export async function focusValue(row: Locator): Promise<void> {
  const button = row.locator('[aria-pressed]').first();
  await button.click();
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await button
    .page()
    .waitForFunction(
      (element) => element?.getAttribute('aria-pressed') === 'true',
      await button.elementHandle(),
    );
}
