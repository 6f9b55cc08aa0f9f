// UI responsiveness during a big import (issue 8, point 5): the longest stall of the window's
// main thread in Chromium while 10,000 generated articles are imported, target under 100 ms.
//
//   npm run build:renderer && npm run bench:ui-stall -- [--files 10000] [--keep] [--control 60]
//     [--burn 60] [--profile] [--trace] [--foreground] [--separate-session [--no-session-yield]]
//
// Browser mode on a fresh seeded project. By default Chromium is this process's child, in its
// session, as the desktop app's window is the app's child; --separate-session measures a
// browser started elsewhere, beside `gleaner serve`. The page records every
// 'longtask' (PerformanceObserver, tasks over 50 ms) and the longest gap between animation
// frames (a frame that should come every ~16 ms); the import is started through the API like
// the import dialog does, and the window polls its progress as usual. Stalls are reported
// during the import and in the few seconds after it (when the list refreshes).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { chromium, type Browser } from 'playwright-core';
import { createHandlers } from '../electron/api/handlers';
import { bundledSeedsDir, rendererDistDir } from '../electron/app-root';
import { JobRunner } from '../electron/jobs/job-runner';
import { sessionPriority } from '../electron/jobs/session-priority';
import { configuredPrepareWorkerCount } from '../electron/jobs/prepare-pool';
import { sourceWorkerLauncher } from '../electron/jobs/source-worker-launcher';
import { Project } from '../electron/services/project';
import { startWebServer } from '../electron/server/web-server';
import { chromiumPath } from '../e2e/harness';
import { generateCorpus } from './corpus';

const TARGET_MS = 100;

function argValue(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

// Installed before the app's own scripts, as a string (tsconfig.node has no DOM types).
const recorder = `
  window.__stalls = { longTasks: [], maxFrameGap: 0, maxFrameGapAt: 0, marks: {} };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__stalls.longTasks.push({ start: Math.round(entry.startTime), duration: Math.round(entry.duration) });
  }).observe({ type: 'longtask', buffered: true });
  let last = performance.now();
  const frame = (now) => {
    const gap = now - last;
    if (gap > window.__stalls.maxFrameGap && window.__stalls.marks.start) {
      window.__stalls.maxFrameGap = gap;
      window.__stalls.maxFrameGapAt = Math.round(now);
    }
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];

/**
 * Chromium started as a child of this process, in its session, as Electron starts its window's
 * renderer: the jobs' lower priority then counts against the window's threads. (Linux groups a
 * session's threads for scheduling — autogroups — and Playwright's own launch starts the browser
 * in a session of its own, where the jobs' priority would not reach it.)
 */
async function launchInThisSession(
  userDataDir: string,
): Promise<{ browser: Browser; stop(): Promise<void> }> {
  const child = spawn(
    chromiumPath,
    [...chromiumArgs, '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}): ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    browser,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time per function of a CDP CPU profile, the top ten, as text lines. The renderer is
 * minified, so each function is shown with a few characters of its code to recognise it.
 */
function busiest(cpu: CpuProfile, staticDir: string): string {
  const sources = new Map<string, string[]>();
  const snippet = (url: string, line: number, column: number): string => {
    const file = path.join(staticDir, 'assets', url.split('/').pop() ?? '');
    if (!url.includes('/assets/') || !fs.existsSync(file)) return '';
    if (!sources.has(file)) sources.set(file, fs.readFileSync(file, 'utf8').split('\n'));
    return ` «${(sources.get(file)![line] ?? '').slice(column, column + 70)}»`;
  };
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  cpu.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber}:${frame.columnNumber}${snippet(frame.url, frame.lineNumber, frame.columnNumber)}`;
    self.set(key, (self.get(key) ?? 0) + (cpu.timeDeltas[i] ?? 0));
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([key, micros]) => `  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`)
    .join('\n');
}

/** The threads an import keeps busy: the import worker and its prepare pool. */
function importThreads(): number {
  return 1 + configuredPrepareWorkerCount();
}

/** `count` threads spinning for `ms`, below normal priority when `background` (as jobs run). */
function spinThreads(count: number, ms: number, background: boolean): Promise<void>[] {
  const source = `
    const { workerData } = require('node:worker_threads');
    if (workerData.background) try { require('node:os').setPriority(0, 10); } catch {}
    const end = Date.now() + workerData.ms;
    let x = 0;
    while (Date.now() < end) x = Math.sqrt(x + 1);
  `;
  return Array.from(
    { length: count },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(source, { eval: true, workerData: { ms, background } });
        worker.once('exit', () => resolve());
        worker.once('error', reject);
      }),
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread time: how long the thread actually ran during the event (absent on some events). */
  tdur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    /** A FunctionCall's function: where the script that ran begins. */
    data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number };
  };
}

/**
 * Total and longest duration per event name on the page's main thread (the thread that runs
 * the page's tasks), the top twelve, as text lines: which of style, layout, paint or script a
 * stall was made of.
 */
function timelineSummary(buffer: Buffer): string {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's renderer main thread; of several renderers, the busiest one is the page's.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const key = (e: { pid: number; tid: number }) => `${e.pid}:${e.tid}`;
  const mainKeys = new Set(mains.map(key));
  const counts = new Map<string, number>();
  for (const e of events)
    if (mainKeys.has(key(e))) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  const busiestMain = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => e.ph === 'X' && e.dur && key(e) === busiestMain);
  const byName = new Map<string, { total: number; longest: number; count: number }>();
  for (const e of onMain) {
    const entry = byName.get(e.name) ?? { total: 0, longest: 0, count: 0 };
    entry.total += e.dur! / 1000;
    entry.longest = Math.max(entry.longest, e.dur! / 1000);
    entry.count += 1;
    byName.set(e.name, entry);
  }
  const totals = [...byName]
    .sort((a, b) => b[1].total - a[1].total)
    .slice(0, 12)
    .map(
      ([name, e]) =>
        `  ${e.total.toFixed(0).padStart(7)} ms total, longest ${e.longest.toFixed(0).padStart(4)} ms, ${String(e.count).padStart(6)}×  ${name}`,
    );
  // The longest tasks, with the time the thread really ran in them (a task whose thread time is
  // far below its wall time waited for a core: the machine, not the page's work) and the longest
  // events inside them.
  const tasks = onMain
    .filter((e) => e.name === 'RunTask')
    .sort((a, b) => b.dur! - a.dur!)
    .slice(0, 3);
  const longestTasks = tasks.map((task) => {
    const inside = onMain
      .filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((e) => {
        const script = e.args?.data?.url
          ? ` (${e.args.data.functionName || 'anonymous'} ${e.args.data.url.split('/').pop()}:${e.args.data.lineNumber}:${e.args.data.columnNumber})`
          : '';
        return `${e.name}${script} ${(e.dur! / 1000).toFixed(0)}/${((e.tdur ?? 0) / 1000).toFixed(0)}`;
      });
    return `  task ${(task.dur! / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms running: ${inside.join(', ')}`;
  });
  return [...totals, 'Longest tasks (wall/running ms):', ...longestTasks].join('\n');
}

interface Stalls {
  longTasks: { start: number; duration: number }[];
  maxFrameGap: number;
  maxFrameGapAt: number;
  marks: { start?: number; done?: number; end?: number };
}

async function main(): Promise<void> {
  const files = argValue('--files', 10_000);
  const keep = process.argv.includes('--keep');
  // --control SECONDS: no import, the idle window measured for that long (machine noise).
  // --burn SECONDS: no import either, but as many threads as an import keeps busy spin for that
  // long, at the same priority: what the machine's scheduler alone costs the window under that load.
  const burn = argValue('--burn', 0);
  const control = burn > 0 ? burn : argValue('--control', 0);
  const profile = process.argv.includes('--profile');
  // --trace: Chromium's own timeline (style, layout, paint) over the run, summed by event.
  const trace = process.argv.includes('--trace');
  // --foreground: jobs at normal priority, as the command line runs them (to compare).
  const foreground = process.argv.includes('--foreground');
  // --separate-session: the browser in a session of its own (Playwright's launch), as a browser
  // started from the desktop beside `gleaner serve` in a terminal; the server's session yields
  // to it while the job runs, as serve's does, unless --no-session-yield.
  const separateSession = process.argv.includes('--separate-session');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-ui-stall-'));
  const corpus = generateCorpus({
    dir: path.join(work, 'corpus'),
    seedsDir: bundledSeedsDir,
    files: control > 0 ? 0 : files,
  });
  const project = Project.open(path.join(work, 'bench.gleaner'), { seedsDir: bundledSeedsDir });
  const handlers = createHandlers({
    project,
    // As the desktop app runs them; with --separate-session, as `gleaner serve` does (its session
    // yields to the browser's while a job runs).
    jobs: new JobRunner(sourceWorkerLauncher, {
      background: !foreground,
      sessionPriority:
        separateSession && !foreground && !process.argv.includes('--no-session-yield')
          ? sessionPriority()
          : undefined,
    }),
    actor: 'bench',
  });
  // A private copy of the built renderer: others may rebuild dist/renderer during a long run.
  const staticDir = path.join(work, 'renderer');
  fs.cpSync(rendererDistDir, staticDir, { recursive: true });
  const server = await startWebServer({ handlers, staticDir });
  const launched = separateSession
    ? {
        browser: await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
        stop: async () => {},
      }
    : await launchInThisSession(path.join(work, 'chromium-profile'));
  const browser = launched.browser;
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
    ).newPage();
    await page.addInitScript(recorder);
    await page.goto(server.url);
    await page.locator('[role=option][data-article-id]').first().waitFor();
    // Let start-up work settle, then measure from the moment the import starts.
    await page.waitForTimeout(1000);
    // --profile: a CPU profile of the page's JavaScript over the run, to name what was busy.
    const cdp = profile ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    if (trace)
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
    await page.evaluate('window.__stalls.marks.start = performance.now()');
    const started = performance.now();
    if (control > 0) {
      // Control run: the same window, idle (or beside busy threads), for as long: stalls here
      // come from the machine.
      const burners = burn > 0 ? spinThreads(importThreads(), control * 1000, !foreground) : [];
      await page.waitForTimeout(control * 1000);
      await Promise.all(burners);
    }
    const job =
      control > 0
        ? null
        : ((await page.evaluate(`fetch('./api/import.start', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ paths: [${JSON.stringify(corpus.dir)}] }),
    }).then((r) => r.json())`)) as { ok: boolean; value: { id: string } });
    if (job && !job.ok) throw new Error(`import.start failed: ${JSON.stringify(job)}`);
    for (; job;) {
      const state = await handlers['jobs.get']({ id: job.value.id }, { client: null });
      if (state.status !== 'running') {
        if (state.status !== 'done') throw new Error(`The import ended ${state.status}`);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const importSeconds = (performance.now() - started) / 1000;
    await page.evaluate('window.__stalls.marks.done = performance.now()');
    // The window notices the finished job, shows its report and reloads the list.
    await page.waitForTimeout(5000);
    await page.evaluate('window.__stalls.marks.end = performance.now()');
    const stalls = (await page.evaluate('window.__stalls')) as Stalls;
    if (cdp) {
      const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as {
        profile: CpuProfile;
      };
      console.log(`Page JavaScript, busiest functions (self time):\n${busiest(cpu, staticDir)}`);
    }
    if (trace)
      console.log(
        `Renderer main thread, by trace event:\n${timelineSummary(await browser.stopTracing())}`,
      );
    // Which API answer each long task followed (the renderer's work on that answer).
    const answers = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).map((e) => ({ method: decodeURIComponent(e.name.split('/api/')[1]), end: Math.round(e.responseEnd) }))`,
    )) as { method: string; end: number }[];
    const cause = (task: { start: number }): string => {
      const before = answers.filter((a) => a.end <= task.start + 2 && a.end >= task.start - 150);
      return before.length > 0 ? ` after ${before[before.length - 1]!.method}` : '';
    };
    const { start = 0, done = 0 } = stalls.marks;
    const measured = stalls.longTasks.filter((t) => t.start >= start);
    const during = measured.filter((t) => t.start < done);
    const after = measured.filter((t) => t.start >= done);
    const longest = (tasks: typeof measured) => Math.max(0, ...tasks.map((t) => t.duration));
    const articles = project.info().articleCount;

    console.log(
      control > 0
        ? burn > 0
          ? `Baseline: the window for ${control} s beside ${importThreads()} spinning threads${foreground ? '' : ' below normal priority'}, no import`
          : `Control: the idle window for ${control} s, no import`
        : `Imported ${files} files (${articles} articles in the project) in ${importSeconds.toFixed(1)} s`,
    );
    console.log(
      `During the import: ${during.length} long tasks (> 50 ms), longest ${longest(during)} ms`,
    );
    console.log(
      `In the 5 s after it (report, list refresh): ${after.length} long tasks, longest ${longest(after)} ms`,
    );
    console.log(
      `Longest gap between animation frames: ${Math.round(stalls.maxFrameGap)} ms, ${((stalls.maxFrameGapAt - start) / 1000).toFixed(1)} s after the import started (it ended at ${((done - start) / 1000).toFixed(1)} s)`,
    );
    const worst = [...measured].sort((a, b) => b.duration - a.duration).slice(0, 5);
    if (worst.length > 0)
      console.log(
        `Worst long tasks: ${worst.map((t) => `${t.duration} ms at ${((t.start - start) / 1000).toFixed(1)} s${cause(t)}`).join(', ')}`,
      );
    const stall = Math.max(longest(measured), Math.round(stalls.maxFrameGap));
    console.log(
      `Longest UI-thread stall: ${stall} ms (target < ${TARGET_MS} ms): ${stall < TARGET_MS ? 'met' : 'MISSED'}`,
    );
  } finally {
    await browser.close();
    await launched.stop();
    await server.close();
    project.close();
    if (keep) console.log(`Kept ${work}`);
    else fs.rmSync(work, { recursive: true, force: true });
  }
}

await main();
