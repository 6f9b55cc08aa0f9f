import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { Project } from '../services/project';
import { useTempDir } from '../test-support/temp-dir';
import { exportDataset, exportToFile } from './export-formats';

const tempDir = useTempDir('gleaner-export-snapshot-');

/**
 * Another window of the app (its own connection) changes the first and the last article's
 * values, each time `edit` is called (as the export reaches each record).
 */
function otherWindow(file: string, mark: string): { edit: () => void; close: () => void } {
  const db = new Database(file);
  const ends = db
    .prepare(
      'SELECT id FROM field_values WHERE article_id IN ((SELECT min(id) FROM articles), (SELECT max(id) FROM articles)) ORDER BY id',
    )
    .all() as { id: number }[];
  let round = 0;
  const change = db.prepare(
    "UPDATE field_values SET raw = raw || ?, state = 'edited', revision = revision + 1 WHERE id = ?",
  );
  return {
    edit: () => {
      round++;
      for (const { id } of ends) change.run(`${mark}${round}`, id);
    },
    close: () => db.close(),
  };
}

describe('an export while another window edits', () => {
  it('writes the project as it was when the export began, in a file and in a dataset', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.gleaner');
    const project = Project.open(file, { seedsDir: bundledSeedsDir });
    const still = path.join(dir, 'still.jsonl');
    await exportToFile(project.db, 'jsonl', {
      out: still,
      actor: 't',
      filter: { status: 'any' },
    });
    const other = otherWindow(file, ' 改');
    const during = path.join(dir, 'during.jsonl');
    await exportToFile(project.db, 'jsonl', {
      out: during,
      actor: 't',
      filter: { status: 'any' },
      isCancelled: () => (other.edit(), false),
    });
    expect(fs.readFileSync(during, 'utf8')).toBe(fs.readFileSync(still, 'utf8'));
    // A dataset reads the articles once per file it writes: none shows a change made meanwhile.
    const dataset = path.join(dir, 'dataset');
    const another = otherWindow(file, ' 变');
    await exportDataset(project.db, {
      out: dataset,
      actor: 't',
      title: 't',
      filter: { status: 'any' },
      isCancelled: () => (another.edit(), false),
    });
    expect(fs.readFileSync(path.join(dataset, 'data.jsonl'), 'utf8')).not.toContain(' 变');
    other.close();
    another.close();
    project.close();
  });
});
