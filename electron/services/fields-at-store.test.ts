import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledSeedsDir } from '../app-root';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { allArticleIds, extractArticles } from './extract-articles';
import { extractArticlesInSteps } from './extract-in-steps';
import { Project } from './project';
import { updateSchema } from './schema-editing';

const tempDir = useTempDir('gleaner-fields-at-store-');
let file: string;
let project: Project;

beforeEach(() => {
  file = path.join(tempDir(), 'p.gleaner');
  project = Project.open(file, { seedsDir: bundledSeedsDir });
}, 60_000);
afterEach(() => project.close());

/** The field with the most suggestions in the seeds. */
function busiestField(): string {
  const row = project.db
    .prepare(
      "SELECT field_key AS key FROM field_values WHERE state = 'suggested' GROUP BY field_key ORDER BY count(*) DESC LIMIT 1",
    )
    .get() as { key: string };
  return row.key;
}

function suggestedCount(key: string): number {
  const row = project.db
    .prepare("SELECT count(*) AS n FROM field_values WHERE field_key = ? AND state = 'suggested'")
    .get(key) as { n: number };
  return row.n;
}

/** Retires `key` from another window's connection, as the Fields… dialog does. */
function retireElsewhere(key: string): void {
  const other = Project.open(file, { mustExist: true });
  try {
    const schema = structuredClone(activeSchema(other.db));
    schema.fields.find((f) => f.key === key)!.retired = true;
    updateSchema(other.db, schema, 'admin');
  } finally {
    other.close();
  }
}

describe('a field retired while extraction runs gets no new suggestions (issue 16)', () => {
  it('a re-run stores none for it, and says how many it left out', () => {
    const key = busiestField();
    expect(suggestedCount(key)).toBeGreaterThan(0);
    let retired = false;
    const result = extractArticles(project.db, allArticleIds(project.db), {
      actor: 'admin',
      // The run has read the schema; the field is retired before it stores anything.
      isCancelled: () => {
        if (!retired) retireElsewhere(key);
        retired = true;
        return false;
      },
    });
    expect(retired).toBe(true);
    // Before: the re-run replaced the field's suggestions with new ones.
    expect(suggestedCount(key)).toBe(0);
    expect(result.suggestions).toBeGreaterThan(0);
    expect(result.fieldsLeftOut).toEqual([
      { field: key, reason: 'retired', suggestions: expect.any(Number) as number },
    ]);
    expect(result.fieldsLeftOut[0]!.suggestions).toBeGreaterThan(0);
  });

  it('extraction in steps (the command line, the window’s job) adds up what it left out', async () => {
    const key = busiestField();
    const ids = allArticleIds(project.db);
    const schema = activeSchema(project.db);
    retireElsewhere(key);
    // The schema as a run that began before the retirement read it.
    const result = await extractArticlesInSteps(project.db, ids, { actor: 'admin', schema });
    expect(suggestedCount(key)).toBe(0);
    expect(result.fieldsLeftOut.map((f) => [f.field, f.reason])).toEqual([[key, 'retired']]);
  });

  it('an unchanged schema leaves nothing out', async () => {
    const key = busiestField();
    const before = suggestedCount(key);
    const result = await extractArticlesInSteps(project.db, allArticleIds(project.db), {
      actor: 'admin',
    });
    expect(result.fieldsLeftOut).toEqual([]);
    expect(suggestedCount(key)).toBe(before);
  });
});
