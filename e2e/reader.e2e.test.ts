import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the reader in Chromium', () => {
  it('flags the paragraph that repeats on page 004, in the list and in the text', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const row = page.locator('[role=option]', { hasText: '004_a2790656f718fd24.txt' });
    await expect(row.textContent()).resolves.toContain('repeat');
    await row.click();
    await page.getByTestId('repeat-flag').waitFor();
    const marked = page.locator('[data-mark=repeat]');
    await expect(marked.count()).resolves.toBe(1);
    await expect(marked.textContent()).resolves.toContain('生命体征可实时传输');
    await app.screenshot('reader-repeat-flag');
  });

  it('joins lines broken inside sentences in the reading view, keeps the original untouched, and remembers the view', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '000_7fa368b7fa82f5b8.txt' }).first().click();
    const text = page.getByTestId('article-text');
    await expect(text.textContent()).resolves.toContain('阜新市第\n二人民医院');
    await page.getByText('Reading view', { exact: true }).click();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
    await expect(text.textContent()).resolves.toContain('阜新市第二人民医院');
    await app.screenshot('reader-reading-view');

    // The choice outlives a reload.
    await page.reload();
    await page.locator('[data-testid=article-text][data-mode=reading]').waitFor();
  });

  it('paints provenance in the reading view and adds a value from a selection across a joined line, at the stored offsets', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    const row = page.locator('[role=option]', { hasText: '聚核心竞争力' });
    await row.click();
    const articleId = Number(await row.getAttribute('data-article-id'));
    await page.locator('[data-field=hospital] [data-value-id]').first().waitFor();
    await page.getByText('Reading view', { exact: true }).click();
    const text = page.locator('[data-testid=article-text][data-mode=reading]');
    await text.waitFor();
    await expect(text.textContent()).resolves.toContain('阜新市第二人民医院');

    // The hospital's span covers the line break the reading view removed: still one highlight.
    const paintedHospital = () =>
      page.evaluate(`(() => {
        const texts = [];
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('field-')) for (const range of highlight) texts.push(range.toString());
        return texts.filter((t) => t.includes('二人民医院'));
      })()`);
    await expect.poll(paintedHospital).toContain('阜新市第二人民医院');

    // Hovering a highlight names its field, as in the original.
    const centre = (await page.evaluate(`(() => {
      const root = document.querySelector('[data-testid=article-text]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('4100万元');
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 6);
        root.closest('.mantine-ScrollArea-viewport').scrollBy(0, range.getClientRects()[0].top - 400);
        const rect = range.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    })()`)) as { x: number; y: number };
    await page.mouse.move(centre.x, centre.y);
    await expect(page.getByTestId('highlight-tooltip').textContent()).resolves.toContain(
      'Investments',
    );
    await page.mouse.move(5, 790);

    // Drag from 阜 to 院 across the two halves of the joined line, as a curator would.
    const selected = await page.evaluate(`(() => {
      const root = document.querySelector('[data-testid=article-text]');
      const nodes = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const first = nodes.findIndex((n) => n.data.endsWith('阜新市第'));
      if (first < 0 || !nodes[first + 1].data.startsWith('二人民医院')) return false;
      const range = document.createRange();
      range.setStart(nodes[first], nodes[first].data.length - 4);
      range.setEnd(nodes[first + 1], 5);
      root.closest('.mantine-ScrollArea-viewport').scrollBy(0, range.getClientRects()[0].top - 300);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      const rect = range.getBoundingClientRect();
      root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
      return true;
    })()`);
    expect(selected).toBe(true);
    const popover = page.getByTestId('add-value-popover');
    await popover.waitFor();
    await popover.getByRole('textbox').pressSequentially('partn');
    await popover.getByRole('textbox').press('Enter');
    await popover.waitFor({ state: 'detached' });
    // The span is the stored text, line break and all: offsets of the original, not of the view.
    const spanOfAdded = () =>
      app!.project.db
        .prepare(
          `SELECT s.text FROM value_spans s JOIN field_values v ON v.id = s.value_id
            WHERE v.article_id = ? AND v.field_key = 'partners' AND v.origin = 'curator'`,
        )
        .all(articleId) as { text: string }[];
    await expect.poll(spanOfAdded).toEqual([{ text: '阜新市第\n二人民医院' }]);
    await app.screenshot('reader-reading-view-highlights');
    expect(app.pageErrors).toEqual([]);
  });

  it('explains why a document cannot be re-read with the encoding the curator picked, and keeps it', async () => {
    app = await startApp({ locale: 'en-US' });
    const { page } = app;
    await page.locator('[role=option]', { hasText: '003_2369a6ec6ec1c7fc.txt' }).click();
    await page.getByTestId('article-text').filter({ hasText: '安庆市二院怀宁院区' }).waitFor();
    await page.locator('input[aria-label="Encoding of the file"]').click();
    await page.getByRole('option', { name: 'windows-1252', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain(
      '003_2369a6ec6ec1c7fc.txt cannot be read as windows-1252',
    );
    await expect(page.getByTestId('article-text').textContent()).resolves.toContain(
      '安庆市二院怀宁院区',
    );
    await expect(
      page.locator('input[aria-label="Encoding of the file"]').inputValue(),
    ).resolves.toBe('utf-8');
    const audit = app.project.db
      .prepare("SELECT count(*) AS n FROM audit WHERE action = 'redecode'")
      .get();
    expect(audit).toEqual({ n: 0 });
  });
});
