import v8 from 'node:v8';

/**
 * How far past what survived its last full collection V8 lets the heap of an extracting process
 * grow before it collects again, in percent. Extraction of a long page allocates far more than it
 * keeps: every rule yields a suggestion at each mention, merged into its value and dropped at
 * once. With V8's own factor (chosen per collection, up to 4× the surviving heap while a program
 * allocates fast), importing a 20 MB page that repeats one sentence reached a 600 MB heap with
 * under 250 MB alive, and 0.97–1.07 GB of memory in all; with 50 % it peaked at 0.67 GB, for the
 * same CPU time (docs/benchmarks.md, "Bounded memory for a long line").
 */
export const EXTRACTION_HEAP_GROWING_PERCENT = 50;

let limited = false;

/**
 * Sets the factor for this process (flags are per process: worker threads share it). Called where
 * a module that extracts is loaded; setting it again changes nothing.
 */
export function limitHeapGrowthForExtraction(): void {
  if (limited) return;
  limited = true;
  v8.setFlagsFromString(`--heap-growing-percent=${EXTRACTION_HEAP_GROWING_PERCENT}`);
}
