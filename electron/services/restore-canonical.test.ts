import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { countUnextractedArticles } from '../database/extraction-state';
import { exportToFile } from '../export/export-formats';
import { useTempDir } from '../test-support/temp-dir';
import { importPaths } from './import-pipeline';
import { checkProject } from './project-check';
import { Project } from './project';
import { setValueState } from './value-review';

const tempDir = useTempDir();

describe('round trip: JSONL export → import into a new project → export', () => {
  it('gives the same records, with fields, spans, states and statuses restored', async () => {
    const dir = tempDir();
    const original = Project.open(path.join(dir, 'original.gleaner'), {
      seedsDir: bundledSeedsDir,
    });
    // Some curation to carry over: an accepted and a rejected value, then the article approved
    // (an approved article is read-only, so the values are settled first).
    const [accepted, rejected] = original.db
      .prepare('SELECT id, revision FROM field_values WHERE article_id = 1 ORDER BY id LIMIT 2')
      .all() as { id: number; revision: number }[];
    setValueState(
      original.db,
      { valueId: accepted!.id, state: 'accepted', revision: accepted!.revision },
      'curator',
    );
    setValueState(
      original.db,
      { valueId: rejected!.id, state: 'rejected', revision: rejected!.revision },
      'curator',
    );
    original.db.prepare("UPDATE articles SET status = 'approved' WHERE id = 1").run();

    const first = path.join(dir, 'first.jsonl');
    await exportToFile(original.db, 'jsonl', {
      out: first,
      filter: { status: 'any' },
      includeRejected: true,
      actor: 't',
    });

    const restored = Project.open(path.join(dir, 'restored.gleaner'));
    const report = await importPaths(restored.db, [first], { actor: 't' });
    expect(report.skipped).toEqual([]);
    expect(report.articles).toBe(9);
    // The export brought their values: none is left for a later import to extract.
    expect(countUnextractedArticles(restored.db)).toBe(0);
    const second = path.join(dir, 'second.jsonl');
    await exportToFile(restored.db, 'jsonl', {
      out: second,
      filter: { status: 'any' },
      includeRejected: true,
      actor: 't',
    });

    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
    const states = restored.db
      .prepare('SELECT state FROM field_values WHERE id IN (?, ?) ORDER BY id')
      .all(accepted!.id, rejected!.id);
    expect(states).toEqual([{ state: 'accepted' }, { state: 'rejected' }]);
    expect(checkProject(restored.db).problems).toEqual([]);

    // The same export imported again is recognised as already there.
    const again = await importPaths(restored.db, [first], { actor: 't' });
    expect(again.articles).toBe(0);
    expect(again.duplicates.length).toBe(5);
    original.close();
    restored.close();
  });
});
