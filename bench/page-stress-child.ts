// One case of `npm run stress:pages`, in its own process so that its peak memory and its writes
// are its own: imports one file into a new project through the command line's import (decode,
// plan, store, search index, extraction) and prints one JSON line of what it cost.
//
//   npx tsx bench/page-stress-child.ts FILE PROJECT
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { importCommand } from '../electron/cli/import-command';

/** Bytes this process caused to be written to storage (Linux), temporary files included. */
function writtenBytes(): number | null {
  try {
    const io = fs.readFileSync('/proc/self/io', 'utf8');
    return Number(/^write_bytes:\s*(\d+)/m.exec(io)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

const [file, project] = process.argv.slice(2);
if (!file || !project) throw new Error('usage: page-stress-child.ts FILE PROJECT');
const writtenBefore = writtenBytes();
const started = performance.now();
const report = await importCommand({ project, paths: [file], actor: 'stress' });
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage();
const writtenAfter = writtenBytes();
console.log(
  JSON.stringify({
    seconds,
    // CPU time of every thread of the process: what the import cost, however loaded the machine.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    writtenBytes:
      writtenBefore === null || writtenAfter === null ? null : writtenAfter - writtenBefore,
    articles: report.articles,
    imported: report.imported.length,
    skipped: report.skipped.map((s) => s.message),
  }),
);
