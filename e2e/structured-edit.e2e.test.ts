import { afterEach, describe, expect, it } from 'vitest';
import { articleRows, focusValue, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A value of the 阜新 article as stored: its value, raw text and spans. */
function stored(app: RunningApp, valueId: number) {
  const db = app.project.db;
  const row = db
    .prepare('SELECT value, raw, state FROM field_values WHERE id = ?')
    .get(valueId) as {
    value: string;
    raw: string;
    state: string;
  };
  const spans = db
    .prepare('SELECT start, end FROM value_spans WHERE value_id = ? ORDER BY start')
    .all(valueId);
  return { ...row, value: JSON.parse(row.value) as unknown, spans };
}

/** Opens the 阜新 article and returns the panel row of the value whose raw text is `raw`. */
async function openValue(app: RunningApp, field: string, raw: string) {
  const row = articleRows(app.page).filter({ hasText: '聚核心竞争力' });
  await row.click();
  await app.page.locator('[data-field=hospital] [data-value-id]').first().waitFor();
  const articleId = Number(await row.getAttribute('data-article-id'));
  const { id } = app.project.db
    .prepare('SELECT id FROM field_values WHERE article_id = ? AND field_key = ? AND raw = ?')
    .get(articleId, field, raw) as { id: number };
  return {
    id,
    row: app.page.locator(`[data-testid=fields-panel] [data-value-id="${id}"]`).first(),
  };
}

describe('structured values edited part by part in Chromium', () => {
  it('e on a metric edits its name, number and unit in one form; each wrong part is refused on its own', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const { id, row } = await openValue(app, 'metrics', '237 台');
    const spans = stored(app, id).spans;

    await focusValue(row);
    await page.keyboard.press('e');
    const form = page.getByTestId('structured-editor');
    await form.waitFor();
    await expect(form.getAttribute('data-kind')).resolves.toBe('metric');
    const part = (name: string) => form.locator(`input[data-part=${name}]`);
    await expect(part('name').inputValue()).resolves.toBe('新增购置医疗设备');
    await expect(part('number').inputValue()).resolves.toBe('237');
    await expect(part('unit').inputValue()).resolves.toBe('台');

    // Every wrong part says so under itself, and nothing is written.
    await part('name').fill('');
    await part('number').fill('许多');
    await part('unit').fill('3层');
    await part('unit').press('Enter');
    await expect(form.textContent()).resolves.toContain('Name is empty.');
    await expect(form.textContent()).resolves.toContain('Number: “许多” is not a number.');
    await expect(form.textContent()).resolves.toContain('Unit: “3层” is not a unit.');
    expect(stored(app, id).state).toBe('suggested');
    await app.screenshot('structured-edit-refused-en');

    // 病区数 52个 typed whole into the name is name, number and unit.
    await part('name').fill('病区数 52个');
    await part('number').fill('');
    await part('unit').fill('');
    await part('name').press('Enter');
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => stored(app!, id).state).toBe('edited');
    expect(stored(app, id)).toMatchObject({
      value: { value: 52, unit: '个', indicator: '病区数' },
      raw: '52个',
      spans,
    });

    // Ctrl+Z puts the figure back as extracted.
    await page.keyboard.press('Control+z');
    await expect.poll(() => stored(app!, id).state).toBe('suggested');
    expect(stored(app, id).value).toMatchObject({ value: 237, indicator: '新增购置医疗设备' });
    expect(app.pageErrors).toEqual([]);
  });

  it('edits a person’s name and post, and an investment’s amount and purpose, in Chinese', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    const person = await openValue(app, 'people', '张丽丽');
    await focusValue(person.row);
    await page.keyboard.press('e');
    const form = page.getByTestId('structured-editor');
    await form.waitFor();
    const part = (name: string) => form.locator(`input[data-part=${name}]`);
    await expect(part('role').inputValue()).resolves.toBe('院长');
    await part('role').fill('党委书记、院长');
    await part('role').press('Enter');
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => stored(app!, person.id).value)
      .toEqual({ name: '张丽丽', title: '党委书记、院长' });

    const investment = await openValue(app, 'investments', '4100万元');
    await focusValue(investment.row);
    await page.keyboard.press('e');
    await form.waitFor();
    await part('currency').fill('XYZ');
    await part('purpose').fill('新建住院楼');
    await part('purpose').press('Enter');
    await expect(form.textContent()).resolves.toContain('币种：“XYZ”不是可识别的币种。');
    await app.screenshot('structured-edit-zh-CN');
    await part('currency').fill('CNY');
    await part('currency').press('Enter');
    await form.waitFor({ state: 'detached' });
    await expect
      .poll(() => stored(app!, investment.id).value)
      .toMatchObject({
        amount: 41_000_000,
        currency: 'CNY',
        purpose: '新建住院楼',
      });
    expect(app.pageErrors).toEqual([]);
  });
});
