import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../electron/test-support/temp-dir';
import { startApp, type RunningApp } from './harness';

let app: RunningApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const tempDir = useTempDir('gleaner-e2e-hostile-');

const RLO = '\u202E';
const PDF = '\u202C';
const hostileLines = [
  '恶意文章测试 <script>window.__pwned="title"</script>',
  '第一段：<script>window.__pwned = 1; alert(1)</script>',
  '第二段：<img src=x onerror="window.__pwned=2;alert(2)">',
  '第三段：<a href="javascript:window.__pwned=3">点我</a> 与 <iframe src="https://example.com/"></iframe>',
  '第四段：<svg onload="alert(4)"></svg> <link rel="stylesheet" href="https://evil.example/x.css">',
  `第五段：文件名 invoice${RLO}fdp.exe${PDF} 结束`,
  '第六段：ABCDEF 正常顺序',
];

// Page scripts are strings: tsconfig.node has no DOM types.
const readerText = `document.querySelector('[data-testid=article-text]')?.textContent ?? ''`;
const injected = `document.querySelectorAll('[data-testid=article-text] :is(script, img, iframe, svg, link, a[href^="javascript"])').length`;
/** Left edge in px of the character at `index` of the text containing `needle`, in the reader. */
const charLeft = (needle: string, offset: number) => `(() => {
  const root = document.querySelector('[data-testid=article-text]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.data.indexOf(${JSON.stringify(needle)});
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + ${offset});
    range.setEnd(node, at + ${offset} + 1);
    return range.getBoundingClientRect().left;
  }
  return null;
})()`;

describe('a hostile article in Chromium', () => {
  it('shows markup, scripts and links as plain text, runs nothing and loads nothing', async () => {
    app = await startApp({ locale: 'zh-CN' });
    const { page } = app;
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const offsite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') offsite.push(request.url());
    });
    // The document and the API carry the Content-Security-Policy.
    const response = await page.reload();
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");

    // Import through the real path: the API's import job, as the import dialog starts it.
    const file = path.join(tempDir(), 'hostile.txt');
    fs.writeFileSync(file, hostileLines.join('\n'));
    const job = (await page.evaluate(`fetch('./api/import.start', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: [${JSON.stringify(file)}] }),
    }).then((r) => r.json())`)) as { ok: boolean; value: { id: string } };
    expect(job.ok).toBe(true);
    await expect
      .poll(
        async () =>
          (
            (await page.evaluate(`fetch('./api/jobs.get', {
              method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ id: ${JSON.stringify(job.value.id)} }),
            }).then((r) => r.json())`)) as { value: { status: string } }
          ).value.status,
        { timeout: 30_000 },
      )
      .toBe('done');

    await page.reload();
    await page.locator('[role=option][data-article-id]').filter({ hasText: 'hostile.txt' }).click();
    await page.getByTestId('article-text').filter({ hasText: '第六段' }).waitFor();
    const text = (await page.evaluate(readerText)) as string;
    for (const literal of [
      '<script>window.__pwned = 1; alert(1)</script>',
      '<img src=x onerror="window.__pwned=2;alert(2)">',
      '<a href="javascript:window.__pwned=3">点我</a>',
      '<iframe src="https://example.com/"></iframe>',
      '<svg onload="alert(4)"></svg>',
    ]) {
      expect(text).toContain(literal);
    }
    // Nothing became an element anywhere in the page (list, reader, fields).
    expect(
      await page.evaluate(
        `document.querySelectorAll('iframe, img[src=x], svg[onload], a[href^="javascript"], script:not([src])').length`,
      ),
    ).toBe(0);
    expect(await page.evaluate(injected)).toBe(0);
    // Give any smuggled handler a moment to fire, then check nothing ran or loaded.
    await page.waitForTimeout(500);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(offsite).toEqual([]);
    await app.screenshot('hostile-article');

    // Bidi controls are stored as imported (offsets count them) but shown as visible markers,
    // so "invoice‮fdp.exe‬" cannot pass for "invoiceexe.pdf"; nothing after them is reordered.
    expect(text).toContain('invoice◇fdp.exe◇');
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    const a = (await page.evaluate(charLeft('ABCDEF', 0))) as number;
    const f = (await page.evaluate(charLeft('ABCDEF', 5))) as number;
    expect(f).toBeGreaterThan(a);
    expect(app.pageErrors).toEqual([]);
  });
});
