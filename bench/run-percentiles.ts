import { performance } from 'node:perf_hooks';

/** p50 and p95 in milliseconds of `runs` calls, after one warm-up call. */
export function time(run: () => unknown, runs: number): { p50: number; p95: number } {
  run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50: at(0.5), p95: at(0.95) };
}
