import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { countUnextractedArticles } from '../database/extraction-state';
import { allArticleIds, extractArticles } from '../services/extract-articles';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { sourceWorkerLauncher } from './source-worker-launcher';
import { JobRunner } from './job-runner';
import { sessionPriority } from './session-priority';

const tempDir = useTempDir();

describe('JobRunner (imports in a worker thread)', () => {
  it('imports in a worker, reports progress and the result, and the project sees it', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath);
    const runner = new JobRunner(sourceWorkerLauncher);
    const started = runner.startImport({
      projectPath,
      paths: [bundledSeedsDir],
      actor: 'worker-test',
    });
    expect(started.status).toBe('running');
    const finished = await runner.wait(started.id);
    expect(finished.status).toBe('done');
    // After values are suggested, the last phase indexes the 9 new articles for search.
    expect(finished.progress).toMatchObject({ phase: 'index', done: 9, total: 9 });
    expect(project.db.prepare('SELECT count(*) AS n FROM search_pending').get()).toEqual({ n: 0 });
    expect(finished.report?.articles).toBe(9);
    // The app's own connection reads what the worker wrote.
    expect(project.info()).toMatchObject({ documentCount: 5, articleCount: 9 });
    const run = project.db.prepare('SELECT status, imported, actor FROM import_runs').get();
    expect(run).toEqual({ status: 'done', imported: 5, actor: 'worker-test' });
    const values = project.db
      .prepare("SELECT count(DISTINCT article_id) AS n FROM field_values WHERE state = 'suggested'")
      .get();
    expect(values).toEqual({ n: 9 });
    expect(runner.list().map((j) => j.id)).toEqual([started.id]);
    project.close();
  });

  it("lowers the session's scheduling group while the job runs, and puts it back after", async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    Project.open(projectPath).close();
    const autogroup = path.join(tempDir(), 'autogroup');
    fs.writeFileSync(autogroup, '/autogroup-7 nice 0\n');
    const runner = new JobRunner(sourceWorkerLauncher, {
      background: true,
      sessionPriority: sessionPriority({ file: autogroup, niceness: 10, platform: 'linux' }),
    });
    const job = runner.startImport({ projectPath, paths: [bundledSeedsDir], actor: 't' });
    expect(fs.readFileSync(autogroup, 'utf8')).toBe('10');
    expect((await runner.wait(job.id)).status).toBe('done');
    expect(fs.readFileSync(autogroup, 'utf8')).toBe('0');
  });

  it('cancels between files: the files done stay imported, nothing is half-written', async () => {
    const dir = tempDir();
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    const page = fs.readFileSync(path.join(bundledSeedsDir, '000_7fa368b7fa82f5b8.txt'), 'utf8');
    for (let i = 0; i < 400; i++)
      fs.writeFileSync(
        path.join(corpus, `${String(i).padStart(4, '0')}.txt`),
        `${page}\n编号 ${i}`,
      );
    const projectPath = path.join(dir, 'p.gleaner');
    const project = Project.open(projectPath);
    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({ projectPath, paths: [corpus], actor: 't' });
    while ((runner.get(job.id)?.progress.done ?? 0) < 5)
      await new Promise((r) => setTimeout(r, 20));
    runner.cancel(job.id);
    const finished = await runner.wait(job.id);
    expect(finished.status).toBe('cancelled');
    const imported = finished.report!.imported.length;
    expect(imported).toBeGreaterThanOrEqual(5);
    expect(imported).toBeLessThan(400);
    expect(project.info().documentCount).toBe(imported);
    // Every stored document has its articles: no file was left half-imported.
    expect(
      project.db
        .prepare(
          'SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.document_id = d.id)',
        )
        .get(),
    ).toEqual({ n: 0 });
    project.close();
  });

  it('reports a failure when the project cannot be opened, naming the file under its key', async () => {
    const projectPath = path.join(tempDir(), 'not-a-project.gleaner');
    fs.writeFileSync(projectPath, 'plain text, not SQLite'.repeat(100));
    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({ projectPath, paths: [bundledSeedsDir], actor: 't' });
    const finished = await runner.wait(job.id);
    expect(finished.status).toBe('failed');
    expect(finished.error).toContain(projectPath);
    // The key too, so a Chinese window says it in Chinese (the worker posts it, never throws it).
    expect(finished.errorReason).toEqual({
      key: 'not-a-project',
      params: expect.objectContaining({ file: projectPath }),
    });
  });

  it('a re-extraction job names its phase from the first poll, never "importing 0 / 0"', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath, { seedsDir: bundledSeedsDir });
    const runner = new JobRunner(sourceWorkerLauncher);
    const started = runner.startImport({ mode: 'reextract', projectPath, paths: [], actor: 't' });
    expect(started).toMatchObject({ kind: 'extract', progress: { phase: 'extract' } });
    const phases = new Set<string>();
    while (runner.get(started.id)?.status === 'running') {
      phases.add(runner.get(started.id)!.progress.phase);
      await new Promise((r) => setTimeout(r, 5));
    }
    const finished = await runner.wait(started.id);
    expect(finished.status).toBe('done');
    expect(phases.has('import')).toBe(false);
    expect(finished.report).toMatchObject({ extracted: 9, resumed: 0 });
    expect(finished.report!.suggestions).toBeGreaterThan(50);
    project.close();
  });

  it('a resume job extracts only the articles an interrupted import left', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath);
    // An import that stopped after storing the files, before extracting all of them.
    await importPaths(project.db, [bundledSeedsDir], { actor: 't' });
    const [first, ...rest] = allArticleIds(project.db);
    extractArticles(project.db, [first!], { actor: 't' });
    const extracts = () =>
      project.db
        .prepare("SELECT entity_id AS id FROM audit WHERE action = 'extract' ORDER BY entity_id")
        .all();
    expect(extracts()).toEqual([{ id: first }]);

    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({ mode: 'resume', projectPath, paths: [], actor: 't' });
    const finished = await runner.wait(job.id);
    expect(finished.report).toMatchObject({ extracted: 8, resumed: 8 });
    expect(countUnextractedArticles(project.db)).toBe(0);
    // Each article extracted exactly once: the done one was not extracted again.
    expect(extracts()).toEqual([first!, ...rest].sort((a, b) => a - b).map((id) => ({ id })));
    project.close();
  });

  it('an import also extracts what an earlier, interrupted import stored, and says so', async () => {
    const dir = tempDir();
    const projectPath = path.join(dir, 'p.gleaner');
    const project = Project.open(projectPath);
    await importPaths(project.db, [bundledSeedsDir], { actor: 't' });
    fs.writeFileSync(path.join(dir, 'new.txt'), '阜新市第二人民医院投资4100万元建设新院区。');
    const runner = new JobRunner(sourceWorkerLauncher);
    const job = runner.startImport({
      projectPath,
      paths: [bundledSeedsDir, path.join(dir, 'new.txt')],
      actor: 't',
    });
    const finished = await runner.wait(job.id);
    expect(finished.report).toMatchObject({ articles: 1, extracted: 10, resumed: 9 });
    expect(finished.report!.duplicates).toHaveLength(5);
    expect(countUnextractedArticles(project.db)).toBe(0);
    project.close();
  });
});

describe('JobRunner with workers started ahead (warm)', () => {
  it('hands jobs to a waiting, loaded worker, starts the next one ahead, and gives the same results', async () => {
    const projectPath = path.join(tempDir(), 'p.gleaner');
    const project = Project.open(projectPath, { seedsDir: bundledSeedsDir });
    const spawned: string[] = [];
    const runner = new JobRunner(
      {
        spawn: (data, name = 'import-worker') => {
          spawned.push(`${name}${'standby' in data ? ' (ahead)' : ''}`);
          return sourceWorkerLauncher.spawn(data, name);
        },
      },
      { warm: true },
    );
    expect(spawned).toEqual(['import-worker (ahead)', 'export-worker (ahead)']);
    await runner.whenWarm();

    const extraction = runner.startImport({
      projectPath,
      mode: 'reextract',
      paths: [],
      actor: 't',
    });
    const extracted = await runner.wait(extraction.id);
    expect(extracted.status).toBe('done');
    expect(extracted.report?.extracted).toBe(9);
    const out = path.join(tempDir(), 'all.jsonl');
    const exported = await runner.wait(
      runner.startExport({
        projectPath,
        format: 'jsonl',
        out,
        status: 'any',
        includeRejected: false,
        overwrite: false,
        actor: 't',
        title: 't',
      }).id,
    );
    expect(exported.status).toBe('done');
    expect(fs.readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(9);
    // Both jobs ran on the workers started ahead; each kind has a new one waiting.
    expect(spawned).toEqual([
      'import-worker (ahead)',
      'export-worker (ahead)',
      'import-worker (ahead)',
      'export-worker (ahead)',
    ]);
    runner.close();
    project.close();
  });

  it('starts no worker ahead for the command line', () => {
    const spawned: string[] = [];
    const runner = new JobRunner({
      spawn: (data, name) => {
        spawned.push(name ?? 'import-worker');
        return sourceWorkerLauncher.spawn(data, name);
      },
    });
    runner.close();
    expect(spawned).toEqual([]);
  });
});
