// Field-pattern guard benchmark: what running a field's patterns in their own thread under a
// time budget (electron/services/pattern-guard.ts) costs a pattern over an article, next to the
// baseline of the same pattern matched in this thread, over the seed articles' text.
//
//   npx tsx bench/pattern-guard-bench.ts [--runs 3]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledSeedsDir } from '../electron/app-root';
import { guardFieldPatterns } from '../electron/services/pattern-guard';
import { matchHere, runPattern } from '../shared/extraction/rules/pattern-runner';

const runs = process.argv[2] === '--runs' ? Number(process.argv[3]) : 3;
if (!Number.isInteger(runs) || runs <= 0) throw new Error('Use --runs N (a positive whole number)');

// The seed pages cut into article-sized pieces of 2,000 characters.
const texts = fs
  .readdirSync(bundledSeedsDir)
  .filter((name) => name.endsWith('.txt'))
  .flatMap((name) => {
    const text = fs.readFileSync(path.join(bundledSeedsDir, name), 'utf8');
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += 2000) pieces.push(text.slice(at, at + 2000));
    return pieces;
  });
const PATTERN = '床位\\s*(?<value>[0-9一二三四五六七八九十百千]+)\\s*张';

function timeEach(match: (text: string) => unknown): number {
  const started = performance.now();
  for (const text of texts) match(text);
  return (performance.now() - started) / texts.length;
}

const here: number[] = [];
const guarded: number[] = [];
guardFieldPatterns();
runPattern(PATTERN, texts[0]!); // starts the thread: its start-up is not counted
for (let run = 0; run < runs; run++) {
  here.push(timeEach((text) => matchHere(PATTERN, text)));
  guarded.push(timeEach((text) => runPattern(PATTERN, text)));
}
const best = (list: number[]) => Math.min(...list).toFixed(3);
console.log(
  `${texts.length} texts of up to 2,000 characters, best of ${runs} runs, load ${os.loadavg()[0]!.toFixed(1)}:`,
);
console.log(`  matched in this thread (baseline): ${best(here)} ms a text`);
console.log(`  matched in the guard's thread:     ${best(guarded)} ms a text`);
