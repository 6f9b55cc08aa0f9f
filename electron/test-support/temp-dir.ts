import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** A fresh temporary folder per test, removed afterwards: tests use real files, never mocks. */
export function useTempDir(prefix = 'gleaner-test-'): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    // A job a test started (an export, a backup) may still be finishing its file in a worker
    // when the test ends: retry while the folder is busy or not yet empty, as Node advises.
    for (const dir of dirs.splice(0))
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  });
  return () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
