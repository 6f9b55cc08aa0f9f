/**
 * Takes the README's pictures from the current app (`npx tsx e2e/readme-screenshots.ts`): the
 * workspace, the field grid and the confidence queue, each on a fresh seeded project in headless
 * Chromium at 1280 × 800 (a PNG of a screen of Chinese text weighs 150–400 KB; JPEG at quality
 * 82 saved little at 1440 px). Not a test: look at each picture before committing it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleRows, focusValue, startApp, type RunningApp } from './harness';

const docs = path.resolve(import.meta.dirname, '..', 'docs');

async function save(app: RunningApp, name: string): Promise<void> {
  // Let transitions (popovers, the focus pulse) settle before the picture.
  await app.page.waitForTimeout(600);
  const file = path.join(docs, `${name}.png`);
  await app.page.screenshot({ path: file });
  console.log(`${file}: ${Math.round(fs.statSync(file).size / 1024)} KB`);
}

/** The workspace in Chinese: a search marked in the text, the hospital value focused. */
async function workspace(): Promise<void> {
  const app = await startApp({ locale: 'zh-CN' });
  try {
    const { page } = app;
    await articleRows(page).filter({ hasText: '聚核心竞争力' }).click();
    const hospital = page.locator('[data-field=hospital] [data-value-id]').first();
    await hospital.waitFor();
    await page.getByRole('textbox', { name: '搜索标题和正文' }).fill('医院');
    await page.getByTestId('search-matches').waitFor();
    await focusValue(hospital);
    await save(app, 'screenshot');
  } finally {
    await app.close();
  }
}

/** The field grid in English: values containing 医院, least certain first, three selected. */
async function fieldGrid(): Promise<void> {
  const app = await startApp({ locale: 'en-US' });
  try {
    const { page } = app;
    await articleRows(page).first().waitFor();
    await page.keyboard.press('g');
    await page.getByTestId('grid-body').getByRole('row').first().waitFor();
    await page.getByLabel('Text contains').fill('医院');
    await page.getByRole('button', { name: 'Confidence', exact: true }).click();
    await page.waitForTimeout(500);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('x');
    await page.keyboard.press('Shift+J');
    await page.keyboard.press('Shift+J');
    await save(app, 'field-grid');
  } finally {
    await app.close();
  }
}

/** The confidence queue in Chinese, dark: the least certain suggestion over its article. */
async function confidenceQueue(): Promise<void> {
  const app = await startApp({ locale: 'zh-CN', colorScheme: 'dark' });
  try {
    const { page } = app;
    await articleRows(page).first().waitFor();
    await page.keyboard.press('q');
    await page.getByTestId('queue-card').waitFor();
    await save(app, 'confidence-queue');
  } finally {
    await app.close();
  }
}

await workspace();
await fieldGrid();
await confidenceQueue();
