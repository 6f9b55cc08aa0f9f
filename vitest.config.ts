import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and integration tests: shared/ and the Node services, run in Node against real SQLite files.
// End-to-end tests in Chromium have their own config (e2e/vitest.config.ts).
export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      // Benchmark helpers whose output must equal the app's (bench/search-index-copies.ts).
      'bench/**/*.test.ts',
      // The renderer's pure modules (paging, match marking…); its components are tested in e2e/.
      'renderer/**/*.test.ts',
    ],
    environment: 'node',
    // vitest's default is one worker fewer than the cores: one worker on the two-core CI machine,
    // where tests spend much of their time in SQLite's I/O and child processes. Two keep both busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A worker's test files share its loaded modules instead of loading the app's modules again for
    // each of 270 files (205 s of the suite's time on CI went to loading them). Tests keep no module
    // state of their own: each opens its own project in a temporary directory, and one that sets an
    // environment variable removes it in \`finally\`.
    isolate: false,
    // Extraction segments words with jieba in the app; the tests run it for real too.
    setupFiles: ['electron/nlp/use-jieba-in-tests.ts'],
    testTimeout: 30_000,
  },
});
