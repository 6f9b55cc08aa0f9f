/**
 * An export in a process of its own, stopped midway: opens the atomic output of the path given
 * as its argument, writes a first chunk, prints `ready TEMP-PATH` and waits. A line `commit` on
 * standard input finishes the file and prints `done`. The test kills it with SIGKILL to leave
 * what a `kill -9` during an export leaves, or lets it finish to show it was not disturbed.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { openAtomicOutput } from '../export/atomic-output';

const out = process.argv[2];
if (!out) throw new Error('usage: export-writer-child OUT');
const output = openAtomicOutput(out);
await output.write('{"first":"half of an export"}\n');
// The stream opens its file and writes in the background: wait until the chunk is on disk.
while ((fs.statSync(output.tempPath, { throwIfNoEntry: false })?.size ?? 0) === 0)
  await new Promise((resolve) => setTimeout(resolve, 10));
console.log(`ready ${output.tempPath}`);
for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line !== 'commit') continue;
  await output.write('{"second":"the rest"}\n');
  await output.commit();
  console.log('done');
  process.exit(0);
}
