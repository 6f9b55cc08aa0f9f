import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { curatePackage, overlappingPackages } from '../test-support/overlap-packages';
import { useTempDir } from '../test-support/temp-dir';
import { withProject } from '../test-support/with-project';
import { mergeWorkPackage } from './merge-package';

/**
 * A work package's audit rows enter the project's log as the history of its articles, under the
 * names they carry. A package is a project file its curator had in hand: before (fifth sweep),
 * a row added there with an SQLite tool (the triggers take any 32 bytes as its hash) merged as is, so a package could claim an edit or an approval by someone else. Now a package whose
 * audit chain is broken is refused, naming the first bad row, with nothing merged; a sound one
 * merges as before, each of its rows marked with the reviewer who merged it.
 */

const tempDir = useTempDir('gleaner-forged-audit-');

const auditRows = (file: string): number =>
  withProject(file, (db) => db.prepare('SELECT count(*) FROM audit').pluck().get() as number);

describe('audit rows of a work package (sixth sweep)', () => {
  it('a package with an audit row added to claim someone else’s approval is refused, naming the row', () => {
    const { main, files, values } = overlappingPackages(tempDir());
    const [file] = files;
    curatePackage(file, 'wang', values, ['accept', 'accept', 'reject', 'accept']);
    // A row appended to claim the chief reviewer's approval: the triggers take any 32 bytes as
    // its hash (only Gleaner's code makes the right one).
    const pkg = new Database(file);
    const forged = pkg
      .prepare(
        `INSERT INTO audit (id, at, actor, entity, entity_id, action, before, after, hash)
         VALUES ((SELECT max(id) + 1 FROM audit), strftime('%Y-%m-%dT%H:%M:%fZ'), 'chief', 'article', 1, 'approve',
                 '{"status":"in_progress"}', '{"status":"approved"}', randomblob(32))`,
      )
      .run().lastInsertRowid;
    pkg.close();

    const before = auditRows(main);
    const error = withProject(main, (db) => {
      try {
        mergeWorkPackage(db, { file, actor: 'lead' });
        return null;
      } catch (e) {
        return e as ApiError;
      }
    });
    expect(error?.reason?.key).toBe('package-audit-forged');
    expect(error?.message).toContain('a.gleaner');
    expect(error?.message).toMatch(new RegExp(`\\b${forged}\\b`));
    expect(auditRows(main)).toBe(before);
  });

  it('a sound package merges as before, its rows keeping their author and naming who merged them', () => {
    const { main, files, values } = overlappingPackages(tempDir());
    const [file] = files;
    curatePackage(file, 'wang', values, ['accept', 'accept', 'reject', 'accept']);
    const merged = withProject(main, (db) => mergeWorkPackage(db, { file, actor: 'lead' }));
    expect(merged.status).toBe('merged');
    const carried = withProject(main, (db) =>
      db
        .prepare(`SELECT actor, after FROM audit WHERE actor = 'wang' AND after LIKE '%"merged"%'`)
        .all(),
    ) as { actor: string; after: string }[];
    expect(carried.length).toBeGreaterThanOrEqual(4);
    for (const row of carried)
      expect((JSON.parse(row.after) as { merged: { by: string } }).merged.by).toBe('lead');
  });
});
