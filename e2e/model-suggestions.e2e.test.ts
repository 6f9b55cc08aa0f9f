import { afterEach, describe, expect, it } from 'vitest';
import {
  startChatCompletionServer,
  type ChatCompletionServer,
} from '../electron/test-support/chat-completion-server';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;
let model: ChatCompletionServer | undefined;

afterEach(async () => {
  await app?.close();
  await model?.close();
  app = undefined;
  model = undefined;
});

/**
 * Eight characters of the article's own text with the whitespace the model would drop (an OCR
 * page breaks lines mid-word), taken from its middle: a quote only tolerant grounding finds.
 */
function quoteFrom(sent: string): string {
  const text = sent.split('\n\n').slice(1).join('\n\n');
  const letters = [...text.replace(/\s+/gu, '')];
  const middle = Math.floor(letters.length / 2);
  return letters.slice(middle, middle + 8).join('');
}

describe('Suggest with model in Chromium', () => {
  it('refuses another host, then suggests grounded values and shows the ungrounded apart', async () => {
    model = await startChatCompletionServer((request) => {
      const quote = quoteFrom(request.messages[1]!.content);
      return JSON.stringify({
        values: [
          { field: 'centers', value: quote, quote },
          { field: 'partners', value: '不存在的协和分院', quote: '与不存在的协和分院合作' },
        ],
      });
    });
    app = await startApp({ locale: 'en-US' });
    const { page, project } = app;
    await page.locator('[role=option]', { hasText: '聚核心竞争力' }).click();
    await page.getByTestId('fields-panel').waitFor();

    await page.getByTestId('model-open').click();
    const dialog = page.getByTestId('model-dialog');
    await dialog.waitFor();
    await page.getByTestId('model-endpoint').fill('http://192.0.2.7:11434/v1');
    await page.getByTestId('model-name').fill('e2e-model');
    await page.getByTestId('model-save').click();
    await expect(page.getByTestId('model-error').textContent()).resolves.toContain(
      '192.0.2.7 is not this machine',
    );
    await app.screenshot('model-settings-refused');

    await page.getByTestId('model-endpoint').fill(model.baseUrl);
    await page.getByTestId('model-save').click();
    await page.getByTestId('model-saved').waitFor();
    await page.getByTestId('model-start').click();

    await page.getByTestId('model-report').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('model-summary').textContent()).resolves.toMatch(
      /^Articles: 1 · suggestions: 1 · not found in the text: 1 · asked: 1 · earlier answers: 0$/,
    );
    await app.screenshot('model-report');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(model.requests).toHaveLength(1);

    // The grounded value is a suggestion of the model with its span; the other is listed apart.
    const fromModel = page
      .locator('[data-field=centers] [data-value-id]')
      .filter({ hasText: 'model:e2e-model' });
    await fromModel.waitFor();
    const ungrounded = page.getByTestId('ungrounded-value');
    await ungrounded.waitFor();
    await expect(ungrounded.textContent()).resolves.toContain('不存在的协和分院');
    await expect(page.getByTestId('ungrounded-badge').textContent()).resolves.toBe('not in text');
    await fromModel.scrollIntoViewIfNeeded();
    await app.screenshot('model-suggestions-panel');
    await ungrounded.scrollIntoViewIfNeeded();
    await app.screenshot('model-ungrounded-panel');

    const stored = project.db
      .prepare(
        `SELECT s.text FROM value_spans s JOIN field_values v ON v.id = s.value_id
          WHERE v.extractor = 'model:e2e-model'`,
      )
      .pluck()
      .all() as string[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.replace(/\s+/gu, '')).toBe(
      quoteFrom(model.requests[0]!.messages[1]!.content),
    );
    // No highlight can point at the ungrounded value: nothing of it is stored with a span.
    const ungroundedSpans = project.db
      .prepare("SELECT count(*) FROM field_values WHERE value LIKE '%不存在的协和分院%'")
      .pluck()
      .get();
    expect(ungroundedSpans).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
