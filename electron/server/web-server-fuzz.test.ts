import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwedAnswer, requestArbitrary, sendRaw, statusOf } from '../test-support/http-fuzz';
import { useTestServer } from '../test-support/test-server';

const start = useTestServer();

/**
 * Statuses the server may give a malformed request (417 is Node's own answer to an unknown
 * Expect header); a 5xx or silence would be a bug.
 */
const answers = new Set([200, 400, 403, 404, 405, 408, 413, 417, 431]);

describe('browser-mode server under fuzzing', () => {
  it('answers thousands of malformed requests and keeps serving', { timeout: 60_000 }, async () => {
    const { url, port } = await start();
    const statuses = new Map<number, number>();
    let apiEnvelopes = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary(`127.0.0.1:${port}`), async (request) => {
        const { response } = await sendRaw(port, request);
        // Bare line breaks are no request: no answer is owed, but Node may still answer 400.
        if (!isOwedAnswer(request) && response === '') return;
        const status = statusOf(response);
        expect(status !== null && answers.has(status), `${request.label} -> ${response}`).toBe(
          true,
        );
        statuses.set(status!, (statuses.get(status!) ?? 0) + 1);
        if (response.includes('{"ok":')) apiEnvelopes++;
      }),
      { numRuns: 2_000 },
    );
    // The requests reached every branch of the handler, not only Node's parser.
    for (const status of [200, 400, 403, 404, 405]) expect(statuses.get(status)).toBeGreaterThan(0);
    expect(apiEnvelopes).toBeGreaterThan(100);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Gleaner</title>');
    const info = await fetch(`${url}api/project.info`, { method: 'POST', body: '{}' });
    expect(await info.json()).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });
});
