import { reportListedFiles, type JobStatePayload } from '../../shared/contract/domain';
import type { JobState } from '../jobs/job-runner';
import type { ImportReport } from '../services/import-pipeline';

/** An import's report as the window shows it: counts and the first files of each kind. */
export function summarizeImportReport(
  report: ImportReport,
): NonNullable<JobStatePayload['report']> {
  return {
    files: report.imported.length,
    articles: report.articles,
    cancelled: report.cancelled,
    duplicateCount: report.duplicates.length,
    skippedCount: report.skipped.length,
    duplicates: report.duplicates.slice(0, reportListedFiles),
    skipped: report.skipped.slice(0, reportListedFiles),
    extracted: report.extracted,
    resumed: report.resumed,
    suggestions: report.suggestions,
    heldBack: report.heldBack,
    stoppedIn: report.stoppedIn,
    unextractedCount: report.unextracted.length,
    unextracted: report.unextracted.slice(0, reportListedFiles),
    patternsSkipped: report.patternsSkipped.slice(0, reportListedFiles),
    fieldsLeftOut: report.fieldsLeftOut.slice(0, reportListedFiles),
  };
}

/** A job's state as the API answers it (the full report stays in the project's import history). */
export function jobPayload(state: JobState): JobStatePayload {
  return { ...state, report: state.report && summarizeImportReport(state.report) };
}
