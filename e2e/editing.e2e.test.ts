import { afterEach, describe, expect, it } from 'vitest';
import { setValueState } from '../electron/services/value-review';
import { fuxinRow, openFuxin, openFuxinHospital, selectText, valuesOf } from './fuxin-article';
import { focusValue, startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Scrolls the first occurrence of `needle` in the reader into view; its centre in viewport pixels. */
const centreOf = (needle: string) => `(() => {
  const root = document.querySelector('[data-testid=article-text]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(needle)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + ${needle.length});
    const scroller = root.closest('.mantine-ScrollArea-viewport');
    scroller.scrollBy(0, range.getClientRects()[0].top - 400);
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
})()`;

/** Records every save status the header shows, so a short 'saving' is not missed. */
const watchSaveStatus = `(() => {
  const element = document.querySelector('[data-testid=save-status]');
  window.__saveStatuses = [element.dataset.status];
  new MutationObserver(() => window.__saveStatuses.push(element.dataset.status)).observe(element, {
    attributes: true,
    attributeFilter: ['data-status'],
  });
})()`;

function spansOf(app: RunningApp, valueId: number): string[] {
  return (
    app.project.db
      .prepare('SELECT text FROM value_spans WHERE value_id = ? ORDER BY start')
      .all(valueId) as { text: string }[]
  ).map((s) => s.text);
}

describe('editing values in Chromium', () => {
  it('accepts, undoes and redoes with the keyboard, edits a value that survives a reload, and shows saving then saved', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const { hospital, hospitalId, hospitalInDb } = await openFuxinHospital(app);
    const stateInDb = () => hospitalInDb()?.state;

    await page.evaluate(watchSaveStatus);
    await focusValue(hospital);
    await page.keyboard.press('a');
    await expect.poll(stateInDb).toBe('accepted');
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('accepted');
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('saved');
    const statuses = (await page.evaluate('window.__saveStatuses')) as string[];
    expect(statuses.indexOf('saving')).toBeGreaterThanOrEqual(0);
    expect(statuses.at(-1)).toBe('saved');
    expect(statuses.lastIndexOf('saved')).toBeGreaterThan(statuses.indexOf('saving'));

    await page.keyboard.press('Control+z');
    await expect.poll(stateInDb).toBe('suggested');
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('suggested');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(stateInDb).toBe('accepted');
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('accepted');

    // The first edit moved the article from new to in progress: the list badge follows.
    await expect.poll(() => fuxinRow(app!).textContent()).toContain('In progress');

    // Esc gives an edit up: the box opened again offers the value, not the text given up; a box
    // left open closes when the value is rejected under it (issue 21 item 8).
    const editor = page.getByTestId('value-editor');
    await page.keyboard.press('e');
    await editor.fill('放弃的文字');
    await editor.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.keyboard.press('e');
    // A text box keeps no line breaks: the raw text as the box shows it.
    await expect(editor.inputValue()).resolves.toBe(hospitalInDb()!.raw.replace(/[\r\n]/g, ''));
    await editor.fill('又一次放弃');
    await hospital.getByRole('button', { name: 'Reject (x)' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(stateInDb).toBe('rejected');
    await page.keyboard.press('Control+z');
    await expect.poll(stateInDb).toBe('accepted');
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('accepted');

    // e edits the focused value; Enter saves; the edit survives a reload.
    await page.keyboard.press('e');
    await editor.waitFor();
    await editor.fill('阜新市第二人民医院（妇产医院）');
    await editor.press('Enter');
    await expect
      .poll(() => hospital.locator('[data-testid=value-text]').textContent())
      .toBe('阜新市第二人民医院（妇产医院）');
    await expect.poll(stateInDb).toBe('edited');
    await page.reload();
    const reloaded = page.locator(`[data-value-id="${hospitalId}"]`);
    await reloaded.waitFor();
    await expect(reloaded.locator('[data-testid=value-text]').textContent()).resolves.toBe(
      '阜新市第二人民医院（妇产医院）',
    );
    await expect(reloaded.getAttribute('data-state')).resolves.toBe('edited');
    expect(app.pageErrors).toEqual([]);
  });

  it('undoes an edit to exactly the extracted value (not a re-parse of its text) and redoes it', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const articleId = await openFuxin(app);
    const [extracted] = valuesOf(app, articleId, 'title');
    // The title as printed, with its space; a typed title would be squeezed of whitespace.
    expect(JSON.parse(extracted!.value)).toBe('聚核心竞争力 促高质量发展');
    const title = page.locator(`[data-value-id="${extracted!.id}"]`);
    const titleInDb = () => valuesOf(app!, articleId, 'title').find((v) => v.id === extracted!.id);

    await focusValue(title);
    await page.keyboard.press('e');
    await page.getByTestId('value-editor').fill('聚核心竞争力');
    await page.getByTestId('value-editor').press('Enter');
    await expect.poll(() => titleInDb()?.state).toBe('edited');
    await expect
      .poll(() => title.locator('[data-testid=value-text]').textContent())
      .toBe('聚核心竞争力');

    await page.keyboard.press('Control+z');
    await expect.poll(() => titleInDb()?.state).toBe('suggested');
    expect(titleInDb()).toMatchObject({ value: extracted!.value, raw: extracted!.raw });
    await expect
      .poll(() => title.locator('[data-testid=value-text]').textContent())
      .toBe('聚核心竞争力 促高质量发展');

    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => titleInDb()?.state).toBe('edited');
    expect(JSON.parse(titleInDb()!.value)).toBe('聚核心竞争力');
    expect(app.pageErrors).toEqual([]);
  });

  it('adds a value from a text selection through the popover with type-ahead, with no span, attaches a span and reorders', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const articleId = await openFuxin(app);

    // Hovering a highlight names its field and value.
    const investment = await page.evaluate(centreOf('4100万元'));
    expect(investment).not.toBeNull();
    const { x, y } = investment as { x: number; y: number };
    await page.mouse.move(x, y);
    const tooltip = page.getByTestId('highlight-tooltip');
    await tooltip.waitFor();
    await expect(tooltip.textContent()).resolves.toContain('Investments');
    await expect(tooltip.textContent()).resolves.toContain('41,000,000');
    await page.mouse.move(5, 790);

    // Select text, type part of a field's label, Enter: a new value whose span is the selection.
    const before = valuesOf(app, articleId, 'honors').length;
    expect(await page.evaluate(selectText('名师带高徒'))).toBe(true);
    const popover = page.getByTestId('add-value-popover');
    await popover.waitFor();
    const search = popover.getByRole('textbox');
    await search.pressSequentially('hono');
    await expect(
      popover.getByRole('option').first().getAttribute('data-field-choice'),
    ).resolves.toBe('honors');
    await app.screenshot('editing-popover-en');
    await search.press('Enter');
    await popover.waitFor({ state: 'detached' });
    await expect.poll(() => valuesOf(app!, articleId, 'honors').length).toBe(before + 1);
    const added = valuesOf(app, articleId, 'honors').at(-1)!;
    expect(added.origin).toBe('curator');
    expect(spansOf(app, added.id)).toEqual(['名师带高徒']);
    await page.locator(`[data-value-id="${added.id}"][data-focused]`).waitFor();

    // A digit picks a field by its place in the list: 9 is the honours.
    expect(await page.evaluate(selectText('名师出高徒'))).toBe(true);
    await popover.waitFor();
    await popover.getByRole('textbox').press('9');
    await expect
      .poll(() =>
        valuesOf(app!, articleId, 'honors').some((v) => spansOf(app!, v.id)[0] === '名师出高徒'),
      )
      .toBe(true);

    // Removing a value and undoing puts it back in its place, not at the end of the field.
    const honors = () => valuesOf(app!, articleId, 'honors').map((v) => v.raw);
    const honorsBefore = honors();
    expect(honorsBefore.slice(-2)).toEqual(['名师带高徒', '名师出高徒']);
    const taught = page.locator('[data-field=honors] [data-value-id][data-origin=curator]', {
      hasText: '名师带高徒',
    });
    await focusValue(taught);
    await taught.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect.poll(honors).not.toContain('名师带高徒');
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(honors).toEqual(honorsBefore);
    // The panel shows it in its place too.
    await expect
      .poll(async () =>
        (
          await page
            .locator('[data-field=honors] [data-value-id] [data-testid=value-text]')
            .allTextContents()
        ).slice(-2),
      )
      .toEqual(['名师带高徒', '名师出高徒']);

    // A typed value with no span: the server parses it by type and says why it cannot.
    const beds = page.locator('[data-field=beds]');
    await beds.getByRole('button', { name: 'Add value to Beds' }).click();
    const input = beds.getByRole('textbox');
    await input.fill('很多');
    await input.press('Enter');
    await beds.locator('.mantine-TextInput-error').waitFor();
    await input.fill('120');
    await input.press('Enter');
    const bedValue = beds.locator('[data-value-id][data-origin=curator]');
    await bedValue.waitFor();
    await expect(bedValue.getByTestId('no-provenance').count()).resolves.toBe(1);
    const bedRow = valuesOf(app, articleId, 'beds').find((v) => v.origin === 'curator')!;
    expect(JSON.parse(bedRow.value)).toBe(120);
    expect(spansOf(app, bedRow.id)).toEqual([]);
    // Undo removes the added value; redo brings it back (under a new id, with the same text).
    const curatorBeds = () =>
      valuesOf(app!, articleId, 'beds')
        .filter((v) => v.origin === 'curator')
        .map((v) => v.raw);
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Control+z');
    await expect.poll(curatorBeds).toEqual([]);
    await expect.poll(() => bedValue.count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(curatorBeds).toEqual(['120']);
    await bedValue.waitFor();

    // Attach the selection as one more span of the focused value, then detach it again.
    const firstInvestment = page.locator('[data-field=investments] [data-value-id]').first();
    const investmentId = Number(await firstInvestment.getAttribute('data-value-id'));
    await focusValue(firstInvestment);
    const spansBefore = spansOf(app, investmentId);
    expect(await page.evaluate(selectText('重症室手术室改建项目'))).toBe(true);
    await popover.waitFor();
    await popover.getByRole('button', { name: /Attach to the focused value/ }).click();
    await expect.poll(() => spansOf(app!, investmentId)).toContain('重症室手术室改建项目');
    expect(spansOf(app, investmentId).length).toBe(spansBefore.length + 1);
    await firstInvestment
      .getByRole('button', { name: 'Detach the span “重症室手术室改建项目”' })
      .click();
    await expect.poll(() => spansOf(app!, investmentId)).toEqual(spansBefore);
    await page.keyboard.press('Control+z');
    await expect.poll(() => spansOf(app!, investmentId).length).toBe(spansBefore.length + 1);

    // Reorder a many-valued field with Alt+↓, and back with the button.
    const order = () => valuesOf(app!, articleId, 'investments').map((v) => v.id);
    const initial = order();
    expect(initial.length).toBeGreaterThanOrEqual(2);
    expect(initial[0]).toBe(investmentId);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(order).toEqual([initial[1], initial[0], ...initial.slice(2)]);
    await expect
      .poll(() =>
        page
          .locator('[data-field=investments] [data-value-id]')
          .nth(1)
          .getAttribute('data-value-id'),
      )
      .toBe(String(investmentId));
    await page
      .locator(`[data-value-id="${investmentId}"]`)
      .getByRole('button', { name: 'Move up (Alt+↑)' })
      .click();
    await expect.poll(order).toEqual(initial);
    // And undo the move up.
    await page.keyboard.press('Control+z');
    await expect.poll(order).toEqual([initial[1], initial[0], ...initial.slice(2)]);
    await app.screenshot('editing-workspace-en');
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a stale write with a clear message and overwrites nothing', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const { articleId, hospital, hospitalId, hospitalInDb } = await openFuxinHospital(app);
    const current = hospitalInDb()!;
    // Another window rejects the value behind this page's back.
    setValueState(
      app.project.db,
      { valueId: hospitalId, state: 'rejected', revision: current.revision },
      'other-window',
    );
    await hospital.getByRole('button', { name: 'Accept (a)' }).click();
    const notice = page.getByTestId('edit-notice');
    await notice.waitFor();
    await expect(notice.getAttribute('data-error-code')).resolves.toBe('conflict');
    await expect(notice.textContent()).resolves.toContain('changed elsewhere');
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('conflict');
    await expect(page.getByTestId('save-status').textContent()).resolves.toContain(
      'Changed elsewhere',
    );
    // Nothing was overwritten, and the page shows what the other window saved.
    expect(valuesOf(app, articleId, 'hospital').find((v) => v.id === hospitalId)!.state).toBe(
      'rejected',
    );
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('rejected');
    // A refused write leaves nothing to undo.
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    expect(valuesOf(app, articleId, 'hospital').find((v) => v.id === hospitalId)!.state).toBe(
      'rejected',
    );
    await app.screenshot('editing-conflict-en');
    expect(app.pageErrors.filter((e) => !e.includes('409') && !e.includes('conflict'))).toEqual([]);
  });

  it('shows the workspace in Chinese with highlights and the add-value popover', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    const articleId = await openFuxin(app);
    await page
      .locator('[data-field=investments] [data-value-id] [data-testid=value-text]')
      .first()
      .click();
    expect(await page.evaluate(selectText('名师'))).toBe(true);
    const popover = page.getByTestId('add-value-popover');
    await popover.waitFor();
    await popover.getByRole('textbox').pressSequentially('荣誉');
    await expect(
      popover.getByRole('option').first().getAttribute('data-field-choice'),
    ).resolves.toBe('honors');
    await app.screenshot('editing-popover-zh-CN');
    await popover.getByRole('textbox').press('Enter');
    await expect
      .poll(() =>
        valuesOf(app!, articleId, 'honors').some((v) => spansOf(app!, v.id)[0] === '名师'),
      )
      .toBe(true);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('已保存');
    await page.locator('[data-field=honors] [data-focused]', { hasText: '名师' }).waitFor();
    await app.screenshot('editing-workspace-zh-CN');
    expect(app.pageErrors).toEqual([]);
  });

  it('retries a failed save until it goes through, never showing it as saved; pulses a focused value; paints the search query; lists the edit keys', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const { hospital, hospitalInDb } = await openFuxinHospital(app);
    const stateInDb = () => hospitalInDb()?.state;

    // The server cannot be reached: the write is retried, and the header says so.
    await page.route('**/api/values.setState', (route) => route.abort());
    await hospital.getByRole('button', { name: 'Accept (a)' }).click();
    const status = page.getByTestId('save-status');
    await expect.poll(() => status.getAttribute('data-status')).toBe('failed');
    await page.waitForTimeout(1200);
    await expect(status.getAttribute('data-status')).resolves.toBe('failed');
    expect(stateInDb()).toBe('suggested');
    await app.screenshot('editing-save-failed-en');
    // Retry now: still unreachable, still not saved.
    await status.getByRole('button', { name: 'Not saved — retrying · Retry' }).click();
    await page.waitForTimeout(300);
    await expect(status.getAttribute('data-status')).resolves.toBe('failed');
    expect(stateInDb()).toBe('suggested');
    // Leaving the page with the write still pending asks first (and retries at once).
    const dialog = new Promise<string>((resolve) =>
      page.once('dialog', (d) => {
        resolve(d.type());
        void d.dismiss();
      }),
    );
    await page.evaluate('setTimeout(() => location.reload(), 0)');
    expect(await dialog).toBe('beforeunload');
    // Reachable again: the next automatic retry saves it.
    await page.unroute('**/api/values.setState');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: 15_000 }).toBe('saved');
    expect(stateInDb()).toBe('accepted');
    await expect.poll(() => hospital.getAttribute('data-state')).toBe('accepted');

    // Focusing a value pulses its spans in the reader.
    await page
      .locator('[data-field=investments] [data-value-id] [data-testid=value-text]')
      .first()
      .click();
    await page.getByTestId('focus-pulse').first().waitFor();

    // The list's search query is painted in the text, every match exactly the query, a line
    // break inside it aside (where the OCR broke the word: 医↵院).
    await page.getByPlaceholder('Search… (Ctrl+F or /)').fill('医院');
    await expect
      .poll(() =>
        page.evaluate(`[...(CSS.highlights.get('search-match') ?? [])].map((r) => r.toString())`),
      )
      .toContain('医院');
    const matches = (await page.evaluate(
      `[...CSS.highlights.get('search-match')].map((r) => r.toString())`,
    )) as string[];
    expect(new Set(matches.map((m) => m.replace(/\r?\n/, '')))).toEqual(new Set(['医院']));
    await page.getByTestId('search-matches').waitFor();

    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Shift+?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (const label of ['Edit the focused value', 'Undo the last change', 'Redo'])
      await expect(sheet.textContent()).resolves.toContain(label);
    expect(app.pageErrors.filter((e) => !e.includes('ERR_FAILED'))).toEqual([]);
  });
});
