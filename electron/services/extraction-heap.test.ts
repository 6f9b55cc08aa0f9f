import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const moduleFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extraction-heap.ts');

/**
 * The largest heap (bytes V8 holds for it) of a child process that allocates as a long page's
 * extraction does: each round a rule's worth of small objects, alive long enough to be promoted,
 * then dropped, while a few are kept. `limited`: with the extraction's heap growth.
 */
function peakHeap(limited: boolean): number {
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      `(async () => {
         const { limitHeapGrowthForExtraction } = await import(${JSON.stringify(moduleFile)});
         if (${limited}) limitHeapGrowthForExtraction();
         const kept = [];
         let peak = 0;
         for (let round = 0; round < 60; round++) {
           const found = Array.from({ length: 200000 }, (_, k) => ({ start: k, end: k + 2, text: 'v' + (k % 1000) }));
           if (round % 10 === 0) kept.push(found.slice(0, 100000));
           peak = Math.max(peak, process.memoryUsage().heapTotal);
         }
         console.log(peak);
       })();`,
    ],
    { cwd: process.cwd(), encoding: 'utf8' },
  );
  expect(child.stderr).toBe('');
  return Number(child.stdout.trim());
}

describe('the heap of a process that extracts', () => {
  it('stays near what it keeps alive while it allocates and drops hundreds of megabytes', () => {
    const limited = peakHeap(true);
    const unlimited = peakHeap(false);
    // Measured: 166 MB against 339 MB; about 60 MB are alive at the end.
    expect(limited).toBeGreaterThan(0);
    expect(limited).toBeLessThan(0.75 * unlimited);
    expect(limited).toBeLessThan(250 * 1024 ** 2);
    // Two child processes allocating hundreds of megabytes: 56 s at load 14 (timed out at 60 s).
  }, 180_000);
});
