// Pathological pages (issue 16, point 7): a 20 MB file of any shape must import in under 60 s,
// under 1 GB of memory, writing under 5× its size. Each shape is generated, then imported by the
// real command-line import (decode, plan, store, search index, extraction) into a new project in
// a child process, whose time, peak RSS and bytes written are printed against the targets.
//
//   npm run stress:pages [-- --mb 20] [--shape one-line]... [--keep]
//
// Cases run one after another (never two at once: they would measure each other). A case that
// runs away (over 5 minutes of CPU, 4 GB of memory or 50× its size written) is stopped and fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  pathologicalPage,
  pathologicalShapes,
  shapeDescriptions,
  type PathologicalShape,
} from '../electron/test-support/pathological-pages';
import { describeBreakdown, projectBreakdown } from './page-stress-breakdown';

const TARGET_SECONDS = 60;
const TARGET_RSS_BYTES = 1e9;
const TARGET_WRITE_RATIO = 5;
/** CPU seconds, not wall time: on a machine shared with other work a sound case took 300 s. */
const RUNAWAY_SECONDS = 300;
/** A case that waits without working (a lock, say) is stopped too. */
const RUNAWAY_WALL_SECONDS = 1800;
const RUNAWAY_RSS_BYTES = 4 * 1024 ** 3;
const RUNAWAY_WRITE_RATIO = 50;

interface Args {
  megabytes: number;
  shapes: PathologicalShape[];
  keep: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { megabytes: 20, shapes: [], keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') args.keep = true;
    else if (arg === '--mb') {
      args.megabytes = Number(argv[++i]);
      if (!(args.megabytes > 0)) throw new Error('--mb needs a positive number');
    } else if (arg === '--shape') {
      const shape = argv[++i] as PathologicalShape;
      if (!pathologicalShapes.includes(shape))
        throw new Error(`--shape must be one of ${pathologicalShapes.join(', ')}`);
      args.shapes.push(shape);
    } else throw new Error(`Unknown argument ${arg} (use --mb N, --shape NAME, --keep)`);
  }
  if (args.shapes.length === 0) args.shapes = [...pathologicalShapes];
  return args;
}

interface ChildResult {
  seconds: number;
  cpuSeconds: number;
  maxRssBytes: number;
  writtenBytes: number | null;
  articles: number;
  imported: number;
  skipped: string[];
}

interface CaseResult {
  shape: PathologicalShape;
  fileBytes: number;
  /** The project file and its WAL after the import. */
  projectBytes: number;
  /** The WAL alone (a bulk load writes a rollback journal instead, gone after each commit). */
  walBytes: number;
  result: ChildResult | null;
  failure: string | null;
}

const childScript = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page-stress-child.ts');

/** RSS, write_bytes and CPU seconds of a running process, read from /proc (Linux). */
function sample(pid: number): { rss: number; written: number; cpuSeconds: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const io = fs.readFileSync(`/proc/${pid}/io`, 'utf8');
    // utime and stime, fields 14 and 15, in clock ticks (100 a second on Linux); the command
    // name before them is in parentheses and may hold spaces.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return {
      rss: Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1] ?? 0) * 1024,
      written: Number(/^write_bytes:\s*(\d+)/m.exec(io)?.[1] ?? 0),
      cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100,
    };
  } catch {
    return null;
  }
}

function runChild(file: string, project: string, fileBytes: number): Promise<ChildResult | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, file, project], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let stopped: string | null = null;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const started = Date.now();
    const watch = setInterval(() => {
      const now = sample(child.pid!);
      if (now && now.cpuSeconds > RUNAWAY_SECONDS) stopped = `over ${RUNAWAY_SECONDS} s of CPU`;
      else if ((Date.now() - started) / 1000 > RUNAWAY_WALL_SECONDS)
        stopped = `over ${RUNAWAY_WALL_SECONDS} s`;
      else if (now && now.rss > RUNAWAY_RSS_BYTES)
        stopped = `over ${gb(RUNAWAY_RSS_BYTES)} of memory`;
      else if (now && now.written > RUNAWAY_WRITE_RATIO * fileBytes)
        stopped = `wrote over ${RUNAWAY_WRITE_RATIO}× the file`;
      if (stopped) child.kill('SIGKILL');
    }, 250);
    child.on('close', (code) => {
      clearInterval(watch);
      if (stopped) return resolve(`stopped: ${stopped}`);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{'))
        return resolve(`exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      resolve(JSON.parse(line) as ChildResult);
    });
  });
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(1)} GB`;

function verdicts(c: CaseResult): { time: boolean; memory: boolean; writes: boolean } {
  const r = c.result;
  if (!r || c.failure) return { time: false, memory: false, writes: false };
  const written = r.writtenBytes ?? c.projectBytes;
  return {
    time: r.seconds < TARGET_SECONDS,
    memory: r.maxRssBytes < TARGET_RSS_BYTES,
    writes: written < TARGET_WRITE_RATIO * c.fileBytes,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-page-stress-'));
  const bytes = Math.round(args.megabytes * 1e6);
  console.log(
    `Pathological pages, ${mb(bytes)} each; targets: < ${TARGET_SECONDS} s, < ${gb(TARGET_RSS_BYTES)} peak RSS, ` +
      `< ${TARGET_WRITE_RATIO}× the file written (/proc/self/io write_bytes: project, WAL and temporary files).`,
  );
  console.log(
    `${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}, work in ${dir}\n`,
  );
  const results: CaseResult[] = [];
  try {
    for (const shape of args.shapes) {
      const file = path.join(dir, `${shape}.txt`);
      fs.writeFileSync(file, pathologicalPage(shape, bytes));
      const fileBytes = fs.statSync(file).size;
      const project = path.join(dir, `${shape}.gleaner`);
      const outcome = await runChild(file, project, fileBytes);
      const walBytes = fileSize(`${project}-wal`);
      const projectBytes = fileSize(project) + walBytes;
      const failed =
        typeof outcome === 'string'
          ? outcome
          : outcome.imported === 1
            ? null
            : `not imported: ${outcome.skipped.join('; ')}`;
      const c: CaseResult = {
        shape,
        fileBytes,
        projectBytes,
        walBytes,
        result: typeof outcome === 'string' ? null : outcome,
        failure: failed,
      };
      results.push(c);
      report(c);
      const breakdown = c.result ? projectBreakdown(project) : null;
      if (breakdown) console.log(describeBreakdown(breakdown, fileBytes).join('\n'));
      if (!args.keep) {
        for (const suffix of ['', '-wal', '-shm'])
          fs.rmSync(`${project}${suffix}`, { force: true });
        fs.rmSync(file, { force: true });
      }
    }
  } finally {
    if (!args.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  const passed = results.filter((c) => Object.values(verdicts(c)).every(Boolean)).length;
  console.log(`\n${passed} of ${results.length} shapes within every target.`);
  if (passed < results.length) process.exitCode = 1;
}

function report(c: CaseResult): void {
  const v = verdicts(c);
  const mark = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  console.log(`${c.shape}: ${shapeDescriptions[c.shape]} (${mb(c.fileBytes)})`);
  if (!c.result || c.failure) {
    console.log(`  FAIL ${c.failure}`);
    return;
  }
  const r = c.result;
  const written = r.writtenBytes ?? c.projectBytes;
  console.log(
    `  ${mark(v.time)} time ${r.seconds.toFixed(1)} s (CPU ${r.cpuSeconds.toFixed(1)} s) | ${mark(v.memory)} peak RSS ${mb(r.maxRssBytes)} | ` +
      `${mark(v.writes)} written ${mb(written)} = ${(written / c.fileBytes).toFixed(2)}× ` +
      `(project + WAL ${mb(c.projectBytes)}) | ${r.articles} articles`,
  );
  // What was written besides the file as it ended: journal copies, pages written more than once.
  console.log(
    `  project ${mb(c.projectBytes - c.walBytes)} = ${((c.projectBytes - c.walBytes) / c.fileBytes).toFixed(2)}× the page ` +
      `(WAL ${mb(c.walBytes)}); written beyond it ${mb(written - c.projectBytes)} = ` +
      `${((written - c.projectBytes) / c.fileBytes).toFixed(2)}×`,
  );
}

await main();
