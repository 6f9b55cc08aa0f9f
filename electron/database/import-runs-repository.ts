import type { ImportReport } from '../services/import-pipeline';
import type { ProjectDatabase } from './open-project';

/** Keeps the report of each import run, so the app can show what happened to every file. */
export function recordImportRun(
  db: ProjectDatabase,
  run: { startedAt: string; actor: string; report: ImportReport },
): number {
  const { report } = run;
  return Number(
    db
      .prepare(
        `INSERT INTO import_runs (started_at, finished_at, actor, status, imported, duplicates, skipped, report)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
