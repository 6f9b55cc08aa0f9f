/**
 * A real export of a project in a process of its own, held midway: opens the project given as
 * its first argument and exports it (format jsonl, or `dataset`) to the second; after its first
 * article it prints `ready TEMP-PATH` (the temporary file or staging folder, once on the disk)
 * and blocks. The test kills it with SIGKILL to leave what a `kill -9` during an export leaves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { exportDataset, exportToFile } from '../export/export-formats';
import { Project } from '../services/project';

const [projectPath, out, format = 'jsonl'] = process.argv.slice(2);
if (!projectPath || !out) throw new Error('usage: export-project-child PROJECT OUT [FORMAT]');
const project = Project.open(projectPath, { mustExist: true });
const folder = path.dirname(path.resolve(out));
// A file export asks once before its output is opened, then after each article; a dataset
// asks after each article only.
const holdAt = format === 'dataset' ? 1 : 2;
let calls = 0;
const hold = (): boolean => {
  if (++calls < holdAt) return false;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    // The file is created on libuv's threads, so it appears while this thread waits.
    const partial = fs
      .readdirSync(folder)
      .find((name) => name.startsWith(`.${path.basename(out)}.`) && name.endsWith('.partial'));
    if (partial) {
      fs.writeSync(1, `ready ${path.join(folder, partial)}\n`);
      for (;;) Atomics.wait(sleeper, 0, 0, 60_000);
    }
    Atomics.wait(sleeper, 0, 0, 10);
  }
};
const options = { out, actor: 'exporter', filter: { status: 'any' as const }, isCancelled: hold };
await (format === 'dataset'
  ? exportDataset(project.db, { ...options, title: 'held' })
  : exportToFile(project.db, format, options));
