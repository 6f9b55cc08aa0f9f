import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract/contract';
import { dispatch } from '../../shared/contract/dispatch';
import { getMeta, setMeta } from '../database/meta-repository';
import { quickCheck } from './backups';
import { Project } from './project';
import { describeWriteFailure, withWriteFailureMessages } from './project-health';
import { useTempDir } from '../test-support/temp-dir';
import { holdWriteLock } from '../test-support/write-lock-holder';
import { updateProjectSettings } from './project-settings';

/** The one window these tests call from. */
const caller = { client: 'window:1' };

const tempDir = useTempDir();

function failure(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

describe('a failing write', () => {
  it('on a full disk names the file, says nothing saved was lost, and loses nothing', () => {
    const file = path.join(tempDir(), 'full.gleaner');
    const project = Project.open(file);
    setMeta(project.db, 'note', 'saved before the disk filled up');
    // SQLite's page limit makes the file "full" for real: the next growing write fails with
    // SQLITE_FULL, exactly as on a full disk.
    const pages = project.db.pragma('page_count', { simple: true }) as number;
    project.db.pragma(`max_page_count = ${pages}`);
    const error = failure(() =>
      project.db.transaction(() => {
        setMeta(project.db, 'note', 'half of a big change');
        setMeta(project.db, 'big', 'x'.repeat(1_000_000));
      })(),
    );
    const described = describeWriteFailure(error, file)!;
    expect(described.message).toContain(file);
    expect(described.message).toMatch(/disk is full/);
    expect(described.message).toMatch(/not saved/);
    // The half-done change was rolled back; earlier work is intact and the file is sound.
    expect(getMeta(project.db, 'note')).toBe('saved before the disk filled up');
    expect(getMeta(project.db, 'big')).toBeUndefined();
    expect(quickCheck(project.db)).toEqual([]);
    project.close();
  });

  it('on a read-only file reaches the window as a clear error through the handlers', async () => {
    const file = path.join(tempDir(), 'readonly.gleaner');
    const project = Project.open(file);
    // query_only makes SQLite refuse writes with SQLITE_READONLY, as a read-only mount would
    // (chmod cannot: these tests may run as root).
    project.db.pragma('query_only = ON');
    const handlers = withWriteFailureMessages(
      {
        'project.info': () => {
          setMeta(project.db, 'note', 'x');
          return project.info();
        },
      } as unknown as Handlers,
      () => file,
    );
    const envelope = await dispatch(handlers, 'project.info', {}, caller);
    if (envelope.ok) throw new Error('expected the write to be refused');
    const error = envelope.error;
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/read-only/);
    project.close();
  });

  it('while another program keeps the file locked past the wait, names the file and says to try again', async () => {
    const file = path.join(tempDir(), 'busy.gleaner');
    const project = Project.open(file);
    setMeta(project.db, 'note', 'saved before');
    // The wait is 5 s in the app; a shorter one keeps the test short.
    project.db.pragma('busy_timeout = 50');
    const handlers = withWriteFailureMessages(
      {
        'project.info': () => {
          updateProjectSettings(project.db, { allowSelfApproval: true }, 'local');
          return project.info();
        },
      } as unknown as Handlers,
      () => file,
    );
    const lock = await holdWriteLock(file, 1000);
    const envelope = await dispatch(handlers, 'project.info', {}, caller);
    await lock.released;
    if (envelope.ok) throw new Error('expected the write to be refused');
    expect(envelope.error.message).toContain(file);
    expect(envelope.error.message).toMatch(/another program .* locked/);
    expect(envelope.error.message).toMatch(/not saved/);
    expect(getMeta(project.db, 'note')).toBe('saved before');
    project.close();
  });

  it('leaves other errors alone', () => {
    expect(describeWriteFailure(new Error('no such article'), '/p.gleaner')).toBeUndefined();
  });
});
