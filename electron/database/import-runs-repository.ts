import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

/**
 * What the import_runs table reads of a run's report (services/import-pipeline.ts's ImportReport
 * is one): its counts; the whole report is kept as JSON beside them.
 */
export interface ImportRunReport {
  imported: readonly unknown[];
  duplicates: readonly unknown[];
  skipped: readonly unknown[];
  cancelled: boolean;
}

const insertRun = prepare<
  [
    startedAt: string,
    finishedAt: string,
    actor: string,
    status: 'cancelled' | 'done',
    imported: number,
    duplicates: number,
    skipped: number,
    report: string,
  ]
>(
  `INSERT INTO import_runs (started_at, finished_at, actor, status, imported, duplicates, skipped, report)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
);

/** Keeps the report of each import run, so the app can show what happened to every file. */
export function recordImportRun(
  db: ProjectDatabase,
  run: { startedAt: string; actor: string; report: ImportRunReport },
): number {
  const { report } = run;
  return Number(
    insertRun.run(
      db,
      run.startedAt,
      new Date().toISOString(),
      run.actor,
      report.cancelled ? 'cancelled' : 'done',
      report.imported.length,
      report.duplicates.length,
      report.skipped.length,
      JSON.stringify(report),
    ).lastInsertRowid,
  );
}
