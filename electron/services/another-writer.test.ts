import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { useTempDir } from '../test-support/temp-dir';
import { holdWriteLock } from '../test-support/write-lock-holder';
import { allArticleIds, extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { Project } from './project';
import { editValue, readValue } from './value-editing';
import { setValueState } from './value-review';

const tempDir = useTempDir();

/** Long enough to be met, far below the connection's busy timeout (5 s). */
const lockMs = 400;

function seeded() {
  const file = path.join(tempDir(), 'p.gleaner');
  const project = Project.open(file, { seedsDir: bundledSeedsDir });
  const valueIds = project.db
    .prepare("SELECT id FROM field_values WHERE state = 'suggested' ORDER BY id LIMIT 2")
    .pluck()
    .all() as number[];
  return { file, project, db: project.db, valueIds };
}

/**
 * A window's write while another program writes the same project file (a `gleaner import` or
 * `gleaner accept` run from a script while the app is open, two imports at once). A transaction
 * that reads before it writes cannot wait for the other writer once it has read: SQLite answers
 * "database is locked" at once. Each write must wait its turn instead, and land.
 */
describe('a write while another program writes the project', () => {
  it('accepting or editing a value waits for the other writer, then lands', async () => {
    const { file, db, valueIds } = seeded();
    const [first, second] = valueIds.map((id) => readValue(db, id));

    const accept = await holdWriteLock(file, lockMs);
    const accepted = setValueState(
      db,
      { valueId: first!.id, state: 'accepted', revision: first!.revision },
      'wang',
    );
    await accept.released;
    expect(accepted).toMatchObject({ state: 'accepted', revision: first!.revision + 1 });

    const edit = await holdWriteLock(file, lockMs);
    const edited = editValue(
      db,
      { valueId: second!.id, revision: second!.revision, text: second!.raw },
      'wang',
    );
    await edit.released;
    expect(readValue(db, second!.id)).toMatchObject({ state: 'edited', revision: edited.revision });
  });

  it('an import stores every file and a re-extraction every article while another program writes', async () => {
    const { file, db } = seeded();
    const folder = path.join(tempDir(), 'more');
    fs.mkdirSync(folder);
    for (const name of ['a', 'b', 'c'])
      fs.writeFileSync(
        path.join(folder, `${name}.txt`),
        `${name}：南京鼓楼医院新建门诊楼，总投资三亿元。\n`,
      );

    const importing = await holdWriteLock(file, 3000);
    const report = await importPaths(db, [folder], { actor: 'importer' });
    await importing.released;
    expect(report.skipped).toEqual([]);
    expect(report.imported.map((f) => f.name).sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);

    const extracting = await holdWriteLock(file, lockMs);
    const result = extractArticles(db, allArticleIds(db), { actor: 'importer' });
    await extracting.released;
    expect(result.failures).toEqual([]);
    expect(result.articles).toBe(allArticleIds(db).length);
  });
});
