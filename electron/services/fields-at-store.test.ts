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

/** Renames `key`'s English label from another window's connection: a new schema version. */
function relabelElsewhere(key: string): number {
  const other = Project.open(file, { mustExist: true });
  try {
    const schema = structuredClone(activeSchema(other.db));
    const field = schema.fields.find((f) => f.key === key)!;
    field.labels = { ...field.labels, en: `${field.labels.en} (renamed)` };
    updateSchema(other.db, schema, 'admin');
    return activeSchema(other.db).version;
  } finally {
    other.close();
  }
}

function versionsOfSuggestions(): number[] {
  const rows = project.db
    .prepare(
      "SELECT DISTINCT schema_version AS v FROM field_values WHERE state = 'suggested' ORDER BY v",
    )
    .all() as { v: number }[];
  return rows.map((r) => r.v);
}

describe('a re-run stores its suggestions under the schema version current when it stores them', () => {
  it('a label renamed meanwhile: every field kept, every suggestion of the newer version', () => {
    const key = busiestField();
    const before = suggestedCount(key);
    const started = activeSchema(project.db).version;
    let newer = 0;
    const result = extractArticles(project.db, allArticleIds(project.db), {
      actor: 'admin',
      // The run has read the schema; the label changes before it stores anything.
      isCancelled: () => {
        if (newer === 0) newer = relabelElsewhere(key);
        return false;
      },
    });
    expect(newer).toBeGreaterThan(started);
    expect(result.fieldsLeftOut).toEqual([]);
    expect(suggestedCount(key)).toBe(before);
    // Before: every suggestion was stored under the version the run read at its start.
    expect(versionsOfSuggestions()).toEqual([newer]);
    const audit = project.db
      .prepare("SELECT after FROM audit WHERE action = 'extract' ORDER BY id DESC LIMIT 1")
      .get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({ schema: expect.stringMatching(`@${newer}$`) });
  });
});

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
