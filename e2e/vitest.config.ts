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
  },
});
