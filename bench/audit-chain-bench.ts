// Audit chain benchmark: how long `gleaner check` takes to verify the audit log's hash chain, and
// that the cost is linear (one streaming pass: the time per row and the memory stay flat).
//
//   npm run bench:audit-chain [-- --rows 1000000]
//
// The log is written through appendAudit (the only way in) into a real project file, then the
// chain is verified at half the rows and at all of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyAuditChain } from '../electron/database/audit-chain-verify';
import { appendAudit } from '../electron/database/audit-repository';
import { Project } from '../electron/services/project';

function rowsArg(argv: string[]): number {
  if (argv.length === 0) return 1_000_000;
  const value = Number(argv[1]?.replaceAll('_', ''));
  if (argv[0] !== '--rows' || argv.length !== 2 || !Number.isInteger(value) || value < 2)
    throw new Error('Usage: npx tsx bench/audit-chain-bench.ts [--rows N]');
  return value;
}

function appendRows(project: Project, from: number, to: number): void {
  const batch = 50_000;
  for (let start = from; start <= to; start += batch) {
    project.db.transaction(() => {
      for (let i = start; i < Math.min(start + batch, to + 1); i++) {
        appendAudit(project.db, {
          actor: i % 3 ? '王芳' : '李明',
          entity: 'value',
          entityId: i,
          action: 'set-state',
          before: { state: 'suggested', article: i % 5000, field: 'hospital' },
          after: { state: 'accepted', article: i % 5000, field: 'hospital' },
        });
      }
    })();
  }
}

function timeVerify(project: Project): {
  rows: number;
  ms: number;
  cpuMs: number;
  heapMb: number;
} {
  // As a file at rest: the appended rows moved from the WAL into the main file.
  project.db.pragma('wal_checkpoint(TRUNCATE)');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const report = verifyAuditChain(project.db);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  if (report.broken) throw new Error(`the chain is broken: ${report.broken.message}`);
  return {
    rows: report.rows,
    ms,
    // CPU time says more than wall time on a shared machine: it leaves out waiting for a core.
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024,
  };
}

function main(): void {
  const rows = rowsArg(process.argv.slice(2));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-audit-bench-'));
  try {
    const project = Project.open(path.join(workDir, 'bench.gleaner'));
    const half = Math.floor(rows / 2);
    let started = performance.now();
    appendRows(project, 1, half);
    const halfResult = timeVerify(project);
    appendRows(project, half + 1, rows);
    const appendMs = performance.now() - started;
    started = performance.now();
    const fullResult = timeVerify(project);
    for (const r of [halfResult, fullResult])
      console.log(
        `verified ${r.rows.toLocaleString('en')} audit rows in ${(r.ms / 1000).toFixed(2)} s, ${(r.cpuMs / 1000).toFixed(2)} s of CPU (${((r.cpuMs * 1000) / r.rows).toFixed(2)} µs of CPU a row, heap +${r.heapMb.toFixed(1)} MB)`,
      );
    console.log(
      `appending ${rows.toLocaleString('en')} rows through appendAudit took ${(appendMs / 1000).toFixed(1)} s (with the half-way verification)`,
    );
    console.log(
      `CPU time per row, all vs half: ${(fullResult.cpuMs / fullResult.rows / (halfResult.cpuMs / halfResult.rows)).toFixed(2)}× (1.00 is linear)`,
    );
    project.close();
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
