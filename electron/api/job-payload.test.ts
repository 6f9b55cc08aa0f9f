import { describe, expect, it } from 'vitest';
import { jobStateSchema, reportListedFiles } from '../../shared/contract/domain';
import type { JobState } from '../jobs/job-runner';
import type { ImportReport } from '../services/import-pipeline';
import { jobPayload } from './job-payload';

function finishedImport(report: ImportReport | null): JobState {
  return {
    id: 'job-1',
    kind: 'import',
    status: 'done',
    progress: { phase: 'index', done: 1, total: 1, currentFile: null },
    startedAt: '2026-11-23T10:00:00.000Z',
    finishedAt: '2026-11-23T10:01:00.000Z',
    report,
    error: null,
  };
}

describe('jobPayload', () => {
  it('answers a 10,000-file import with counts and the first 200 skipped and duplicate files', () => {
    const report: ImportReport = {
      imported: Array.from({ length: 10_000 }, (_, i) => ({
        path: `/corpus/${i}.txt`,
        name: `${i}.txt`,
        documentIds: [i + 1],
        articles: 2,
        encoding: 'gb18030',
      })),
      duplicates: Array.from({ length: 250 }, (_, i) => ({
        path: `/corpus/dup-${i}.txt`,
        name: `dup-${i}.txt`,
        matchedName: `${i}.txt`,
      })),
      skipped: [
        {
          path: '/corpus/empty.txt',
          name: 'empty.txt',
          reason: 'empty',
          message: 'empty.txt is empty',
        },
      ],
      cancelled: false,
      articles: 20_000,
      extracted: 20_300,
      resumed: 300,
      suggestions: 91_000,
      heldBack: 12,
      stoppedIn: null,
      unextracted: Array.from({ length: 230 }, (_, i) => ({
        name: 'list.html',
        articleId: 500 + i,
        message: 'Maximum call stack size exceeded',
      })),
      patternsSkipped: [],
      fieldsLeftOut: [],
    };
    const payload = jobPayload(finishedImport(report));
    expect(payload.report).toMatchObject({
      files: 10_000,
      articles: 20_000,
      cancelled: false,
      duplicateCount: 250,
      skippedCount: 1,
      extracted: 20_300,
      resumed: 300,
      suggestions: 91_000,
      heldBack: 12,
      stoppedIn: null,
      unextractedCount: 230,
    });
    expect(payload.report!.unextracted).toHaveLength(reportListedFiles);
    expect(payload.report!.duplicates).toHaveLength(reportListedFiles);
    expect(payload.report!.duplicates[0]!.name).toBe('dup-0.txt');
    expect(payload.report!.skipped).toEqual(report.skipped);
    // What the window receives passes the contract, and stays small.
    expect(jobStateSchema.parse(payload)).toEqual(payload);
    expect(JSON.stringify(payload).length).toBeLessThan(60_000);
  });

  it('leaves a job without a report as it is', () => {
    const running: JobState = { ...finishedImport(null), status: 'running', finishedAt: null };
    expect(jobPayload(running)).toEqual(running);
  });
});
