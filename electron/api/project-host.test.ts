import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/contract/dispatch';
import { bundledSeedsDir } from '../app-root';
import { countUnextractedArticles } from '../database/extraction-state';
import { getMeta, setMeta } from '../database/meta-repository';
import { pendingSearchCount } from '../database/search-index';
import { JobRunner } from '../jobs/job-runner';
import { sourceWorkerLauncher } from '../jobs/source-worker-launcher';
import { createBackup, isSoundBackup, listBackups } from '../services/backups';
import { importPaths } from '../services/import-pipeline';
import { Project } from '../services/project';
import { addPeople } from '../test-support/people';
import { useTempDir } from '../test-support/temp-dir';
import { ProjectHost } from './project-host';

/** The one window these tests call from. */
const caller = { client: 'window:1' };

const tempDir = useTempDir();

function host(): ProjectHost {
  return new ProjectHost({ jobs: new JobRunner(sourceWorkerLauncher), actor: 'tester' });
}

describe('the project host', () => {
  it('answers with the open project, and switches every method when another is opened', async () => {
    const dir = tempDir();
    const h = host();
    expect(h.open(path.join(dir, 'a.gleaner'))).toBeNull();
    const a = await dispatch(h.handlers, 'project.info', {}, caller);
    expect(a.ok && a.value).toMatchObject({ name: 'a' });
    h.open(path.join(dir, 'b.gleaner'));
    const b = await dispatch(h.handlers, 'project.info', {}, caller);
    expect(b.ok && b.value).toMatchObject({ name: 'b' });
    h.close();
  });

  it('opening a project an import left half-extracted completes it in a background job', async () => {
    const file = path.join(tempDir(), 'interrupted.gleaner');
    const interrupted = Project.open(file);
    // Stored, never extracted: a kill between importing and extracting.
    await importPaths(interrupted.db, [bundledSeedsDir], { actor: 'importer' });
    interrupted.close();
    const jobs = new JobRunner(sourceWorkerLauncher);
    const h = new ProjectHost({ jobs, actor: 'tester' });
    h.open(file);
    const [job] = jobs.list();
    expect(job).toMatchObject({ kind: 'extract', progress: { phase: 'extract' } });
    const finished = await jobs.wait(job!.id);
    expect(finished.report).toMatchObject({ extracted: 9, resumed: 9 });
    expect(countUnextractedArticles(h.openProject!.db)).toBe(0);
    // Opened again with nothing left to extract: no job.
    h.open(file);
    expect(jobs.list()).toHaveLength(1);
    h.close();
  });

  it('opening a project with thousands of articles left to index for search indexes them in a job', async () => {
    const file = path.join(tempDir(), 'unindexed.gleaner');
    const before = Project.open(file);
    await importPaths(before.db, [bundledSeedsDir], { actor: 'importer' });
    // As migration 10 leaves an older file: every article queued, extraction long done.
    before.db.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)
      INSERT INTO articles (document_id, ordinal, title, created_at, updated_at, extracted_at)
        SELECT 1, 1000 + i, '第' || i || '篇', 'x', 'x', 'x' FROM n;
      UPDATE articles SET extracted_at = 'x';`);
    expect(pendingSearchCount(before.db)).toBe(1209);
    before.close();
    const jobs = new JobRunner(sourceWorkerLauncher);
    const h = new ProjectHost({ jobs, actor: 'tester' });
    h.open(file);
    const [job] = jobs.list();
    expect(job).toBeDefined();
    const finished = await jobs.wait(job!.id);
    expect(finished.status).toBe('done');
    expect(finished.progress).toMatchObject({ phase: 'index', done: 1209, total: 1209 });
    expect(pendingSearchCount(h.openProject!.db)).toBe(0);
    h.close();
  }, 60_000);

  it('serves a damaged project in recovery, then restores its newest sound backup', async () => {
    const file = path.join(tempDir(), 'damaged.gleaner');
    const original = Project.open(file);
    setMeta(original.db, 'note', 'from the backup');
    await createBackup(original.db, file, 'daily');
    original.close();
    fs.writeFileSync(file, Buffer.alloc(8192, 0x33));

    const h = host();
    const failure = h.open(file);
    expect(failure?.code).toBe('project-unreadable');
    const info = await dispatch(h.handlers, 'project.info', {}, caller);
    expect(info.ok ? 'ok' : info.error.code).toBe('project-unreadable');
    const articles = await dispatch(h.handlers, 'articles.list', {}, caller);
    expect(articles.ok ? 'ok' : articles.error.code).toBe('project-unreadable');
    const listed = await dispatch(h.handlers, 'backups.list', {}, caller);
    expect(listed.ok && listed.value).toMatchObject({ backups: [{ kind: 'daily' }] });

    const restored = await dispatch(h.handlers, 'backups.restore', {}, caller);
    expect(restored.ok ? 'ok' : restored.error.message).toBe('ok');
    expect(h.openProject).not.toBeNull();
    expect(getMeta(h.openProject!.db, 'note')).toBe('from the backup');
    const after = await dispatch(h.handlers, 'project.info', {}, caller);
    expect(after.ok).toBe(true);
    // The damaged file was kept, not deleted.
    expect(
      listBackups(file)
        .map((b) => b.kind)
        .sort(),
    ).toEqual(['daily', 'damaged']);
    h.close();
  });

  it('in recovery, restores only for an admin of the backup, signed in with their passphrase', async () => {
    const file = path.join(tempDir(), 'guarded.gleaner');
    const original = Project.open(file);
    addPeople(original.db, 'root');
    await createBackup(original.db, file, 'daily');
    original.close();
    fs.writeFileSync(file, Buffer.alloc(8192, 0x33));

    const h = host();
    expect(h.open(file)?.code).toBe('project-unreadable');
    const tab = { client: 'tab:recovering-01' };
    const call = async (method: string, input: unknown) => {
      const answer = await dispatch(h.handlers, method, input, tab);
      return answer.ok ? answer.value : `${answer.error.code}: ${answer.error.message}`;
    };
    const profiles = (await call('profiles.list', {})) as { id: number; name: string }[];
    const idOf = (name: string) => profiles.find((p) => p.name === name)!.id;
    expect(profiles.map((p) => p.name).sort()).toEqual(['root', '李明', '王芳']);
    expect(await call('session.get', {})).toEqual({ profile: null });

    expect(await call('backups.restore', {})).toBe(
      'forbidden: Sign in to restore a backup: this window is signed out, and every change records who made it.',
    );
    expect(await call('session.signIn', { profileId: idOf('李明'), passphrase: 'guess' })).toMatch(
      /^forbidden: That passphrase does not open this profile/,
    );
    await call('session.signIn', { profileId: idOf('王芳'), passphrase: 'curator-pass' });
    expect(await call('backups.restore', {})).toBe(
      'forbidden: Only an admin can restore a backup; 王芳 is a curator.',
    );
    // Still damaged, nothing moved aside: a refused restore changed nothing.
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily']);

    await call('session.signIn', { profileId: idOf('李明'), passphrase: 'admin-pass' });
    expect(await call('backups.restore', {})).toMatchObject({ restored: { kind: 'daily' } });
    expect(h.openProject).not.toBeNull();
    // The restored log says who restored, and where the damaged file went.
    const last = h
      .openProject!.db.prepare('SELECT actor, action, after FROM audit ORDER BY id DESC LIMIT 1')
      .get() as { actor: string; action: string; after: string };
    expect(last).toMatchObject({ actor: '李明', action: 'restore' });
    expect(JSON.parse(last.after)).toMatchObject({
      safetyCopy: expect.stringMatching(/\.damaged\.gleaner$/),
    });
    // The backup whose profiles were read is untouched (opened read-only).
    const [backup] = listBackups(file).filter((b) => b.kind === 'daily');
    expect(isSoundBackup(backup!.path)).toBe(true);
    h.close();
  });

  it('makes a daily backup when one is due, and not again the same day', async () => {
    const file = path.join(tempDir(), 'daily.gleaner');
    const h = host();
    h.open(file);
    const now = new Date();
    expect(await h.backupIfDue(now)).toBe(true);
    expect(await h.backupIfDue(new Date(now.getTime() + 60 * 60 * 1000))).toBe(false);
    expect(await h.backupIfDue(new Date(now.getTime() + 25 * 60 * 60 * 1000))).toBe(true);
    expect(listBackups(file).map((b) => b.kind)).toEqual(['daily', 'daily']);
    h.close();
  });
});
