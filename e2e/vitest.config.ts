import { defineConfig } from 'vitest/config';

// End-to-end tests: the built renderer in Debian's Chromium against the browser-mode server.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
    // A shared CI machine can take well over a second to debounce, search and repaint; a wait that
    // gives up after vitest's default second fails on a slow runner, not on a wrong behaviour.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    // On CI a test that fails is run once more and reported as flaky if it then passes, so one
    // slow moment of a shared runner does not refuse a change; a test that fails twice still fails.
    retry: process.env.CI ? 1 : 0,
  },
});
