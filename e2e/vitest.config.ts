import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './longest-first-sequencer';

// End-to-end tests: the built renderer in Debian's Chromium against the browser-mode server.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two files at a time, each worker with its own server and Chromium: a test spends most of its
    // time waiting for a page to repaint or a job to finish, so two share the CI machine's two cores.
    maxWorkers: 2,
    // A worker's files share one test process, so they share one Chromium (harness.ts sharedBrowser:
    // each test has a browser context of its own) and the app's modules are loaded once, not per file.
    isolate: false,
    sequence: { sequencer: LongestFirstSequencer },
    // A shared CI machine can take well over a second to debounce, search and repaint; a wait that
    // gives up after vitest's default second fails on a slow runner, not on a wrong behaviour.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    // On CI a test that fails is run once more and reported as flaky if it then passes, so one
    // slow moment of a shared runner does not refuse a change; a test that fails twice still fails.
    retry: process.env.CI ? 1 : 0,
  },
});
