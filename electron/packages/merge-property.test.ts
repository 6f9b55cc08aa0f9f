import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import type { ProjectDatabase } from '../database/open-project';
import { checkProjectFile } from '../services/check-project-file';
import { Project } from '../services/project';
import { editValue, removeValue } from '../services/value-editing';
import { setValueState } from '../services/value-review';
import { useTempDir } from '../test-support/temp-dir';
import { createWorkPackage } from './create-package';
import { mergeWorkPackage, type MergeResult } from './merge-package';

const tempDir = useTempDir('gleaner-merge-property-');

/** A small deterministic generator (mulberry32), so a failing seed can be run again. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Content = { value: string; state: string } | null;

function contentOf(db: ProjectDatabase, id: number): Content {
  const row = db.prepare('SELECT value, state FROM field_values WHERE id = ?').get(id) as
    { value: string; state: string } | undefined;
  return row ?? null;
}

/**
 * Random edits of one side (edit, accept, reject, remove) on random values; returns what each
 * touched value holds after the edits the service acknowledged.
 */
function editSide(
  file: string,
  valueIds: readonly number[],
  next: () => number,
  who: string,
): Map<number, Content> {
  const project = Project.open(file, { mustExist: true });
  const acknowledged = new Map<number, Content>();
  try {
    const db = project.db;
    for (let step = 0; step < 25; step++) {
      const id = valueIds[Math.floor(next() * valueIds.length)]!;
      const row = db.prepare('SELECT revision FROM field_values WHERE id = ?').get(id) as
        { revision: number } | undefined;
      if (!row) continue;
      const op = Math.floor(next() * 4);
      const revision = row.revision;
      try {
        if (op === 0) editValue(db, { valueId: id, revision, text: `${who}医院${step}` }, who);
        else if (op === 1) setValueState(db, { valueId: id, state: 'accepted', revision }, who);
        else if (op === 2) setValueState(db, { valueId: id, state: 'rejected', revision }, who);
        else removeValue(db, { valueId: id, revision }, who);
      } catch (error) {
        // Refused (an extracted value is rejected, not removed): not acknowledged, not counted.
        if (error instanceof ApiError) continue;
        throw error;
      }
      acknowledged.set(id, contentOf(db, id));
    }
  } finally {
    project.close();
  }
  return acknowledged;
}

describe('merging random edits of both sides', () => {
  it.each([1, 2, 3, 4])(
    'loses no acknowledged edit without showing a conflict (seed %i)',
    (seed) => {
      const next = random(seed);
      const dir = tempDir();
      const main = path.join(dir, 'main.gleaner');
      Project.open(main, { seedsDir: bundledSeedsDir }).close();
      const out = path.join(dir, 'pkg.gleaner');
      const valueIds = (() => {
        const project = Project.open(main, { mustExist: true });
        try {
          createWorkPackage(project.db, { selection: { filter: {} }, out, actor: 'lead' });
          const ids = (
            project.db
              .prepare(
                "SELECT id FROM field_values WHERE field_key IN ('hospital', 'honors', 'centers') ORDER BY id",
              )
              .all() as { id: number }[]
          ).map((r) => r.id);
          // A small pool, so both sides often touch the same values.
          return ids.filter(() => next() < 0.5).slice(0, 12);
        } finally {
          project.close();
        }
      })();
      const inPackage = editSide(out, valueIds, next, '王芳');
      const inMain = editSide(main, valueIds, next, '李静');

      for (const prefer of ['package', 'main'] as const) {
        const copy = path.join(dir, `merged-${prefer}.gleaner`);
        fs.copyFileSync(main, copy);
        const project = Project.open(copy, { mustExist: true });
        try {
          const first = mergeWorkPackage(project.db, { file: out, actor: 'lead' });
          const shown = new Set(
            first.status === 'conflicts' ? first.conflicts.map((c) => c.rowId) : [],
          );
          const result: MergeResult =
            first.status === 'conflicts'
              ? mergeWorkPackage(project.db, { file: out, actor: 'lead', resolutions: { prefer } })
              : first;
          expect(result.status).toBe('merged');
          // With a dozen values and 25 edits a side, both sides meet on some of them.
          expect(shown.size).toBeGreaterThan(0);
          expect(inPackage.size).toBeGreaterThan(0);
          for (const [id, content] of inPackage) {
            // Each package edit is in the project, or it was shown as a conflict and lost to main.
            if (shown.has(id) && prefer === 'main') continue;
            if (
              !shown.has(id) &&
              inMain.has(id) &&
              JSON.stringify(inMain.get(id)) !== JSON.stringify(content)
            )
              throw new Error(`value ${id} changed differently on both sides without a conflict`);
            expect(contentOf(project.db, id), `package edit of value ${id}`).toEqual(content);
          }
          for (const [id, content] of inMain) {
            if (shown.has(id) && prefer === 'package') continue;
            if (inPackage.has(id) && !shown.has(id)) continue; // the same on both sides
            expect(contentOf(project.db, id), `project edit of value ${id}`).toEqual(content);
          }
          const again = mergeWorkPackage(project.db, { file: out, actor: 'lead' });
          expect(again.status).toBe('already-merged');
        } finally {
          project.close();
        }
        expect(checkProjectFile(copy).problems).toEqual([]);
      }
    },
    60_000,
  );
});
