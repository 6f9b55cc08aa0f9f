import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exited,
  importCounts,
  runGleaner,
  startImport,
  unfinishedArticles,
  waitFor,
  writeCorpus,
} from '../test-support/interrupted-import';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

const importToEnd = (corpus: string, project: string) =>
  runGleaner('import', corpus, '--project', project);

const FILES_FOR_KILL = 2000;

// Real processes killed for real: each test runs the command line three or four times.
describe('gleaner import, interrupted', { timeout: 240_000 }, () => {
  it('after kill -9 during the import and then during extraction, the next import completes every article', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    const project = path.join(dir, 'p.gleaner');
    // Enough files that storing them spans several of the bulk load's commits (the first after a
    // quarter of a second, later ones up to two seconds apart): with fewer, a fast machine stores
    // them all in the commit that follows the first one seen, and there is no moment to kill it.
    writeCorpus(corpus, FILES_FOR_KILL);

    // Killed while storing files: some documents are in, none extracted.
    const first = startImport(corpus, project);
    await waitFor(first, project, (c) => c.documents >= 30);
    first.kill('SIGKILL');
    await exited(first);
    const afterFirst = importCounts(project)!;
    expect(afterFirst.documents).toBeLessThan(FILES_FOR_KILL);
    expect(afterFirst.extracted).toBe(0);

    // Killed while extracting: every file is stored, some articles extracted, not all.
    const second = startImport(corpus, project);
    await waitFor(second, project, (c) => c.extracted > 0);
    second.kill('SIGKILL');
    await exited(second);
    const afterSecond = importCounts(project)!;
    expect(afterSecond.extracted).toBeLessThan(afterSecond.articles);
    expect(afterSecond.documents).toBe(FILES_FOR_KILL);
    // Each article's suggestions and its mark went in together, or neither did.
    expect(unfinishedArticles(project).halfWritten).toBe(0);
    const listed = runGleaner('check', '--project', project);
    expect(listed.code).toBe(1);
    expect(listed.stdout).toMatch(/problem \(not-extracted\): f\d+\.txt: article \d+/);

    // The files are all duplicates now, yet their articles get extracted, and the report says so.
    const third = importToEnd(corpus, project);
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/Extracted \d+ articles an earlier import had stored/);
    expect(third.stdout).toContain(
      `Imported 0 files (0 articles), ${FILES_FOR_KILL} duplicates, 0 skipped.`,
    );
    const done = importCounts(project)!;
    expect(done).toEqual({
      documents: FILES_FOR_KILL,
      articles: FILES_FOR_KILL,
      extracted: FILES_FOR_KILL,
    });
    expect(unfinishedArticles(project)).toEqual({
      notExtracted: 0,
      noSuggestions: 0,
      halfWritten: 0,
    });

    const check = runGleaner('check', '--project', project);
    expect(check.stdout).toContain('No problems found.');
  });

  it('Ctrl+C while importing, then while extracting, stops at the next step, keeps what was done and says so', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    const project = path.join(dir, 'p.gleaner');
    // As many files as the kill test, for the same reason: with 800 an idle machine stored them all
    // in the commit after the first one seen, and Ctrl+C came during extraction.
    writeCorpus(corpus, FILES_FOR_KILL);

    /** Starts an import, presses Ctrl+C once `when` holds, and returns what it printed. */
    const interrupted = async (when: Parameters<typeof waitFor>[2]) => {
      const child = startImport(corpus, project);
      let stdout = '';
      let stderr = '';
      child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      await waitFor(child, project, when);
      child.kill('SIGINT');
      const code = await exited(child);
      return { code, stdout, stderr, counts: importCounts(project)! };
    };

    const importing = await interrupted((c) => c.documents >= 30);
    expect(importing.code).toBe(130);
    expect(importing.stderr).toContain('Stopping after the current step');
    expect(importing.stdout).toContain('Stopped while importing');
    expect(importing.counts.documents).toBeLessThan(FILES_FOR_KILL);
    expect(importing.counts.extracted).toBe(0);

    const extracting = await interrupted((c) => c.extracted > 0);
    expect(extracting.code).toBe(130);
    expect(extracting.stdout).toContain('Stopped while extracting');
    const stopped = extracting.counts;
    expect(stopped.documents).toBe(FILES_FOR_KILL);
    expect(stopped.extracted).toBeGreaterThan(0);
    expect(stopped.extracted).toBeLessThan(FILES_FOR_KILL);

    const again = importToEnd(corpus, project);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `Extracted ${FILES_FOR_KILL - stopped.extracted} articles an earlier import had stored`,
    );
    expect(unfinishedArticles(project)).toEqual({
      notExtracted: 0,
      noSuggestions: 0,
      halfWritten: 0,
    });
  });
});
