import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import type { Field, FieldSchema } from '../../shared/schema';
import { bundledSeedsDir } from '../app-root';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { articleFields } from './article-fields';
import { extractArticles } from './extract-articles';
import { Project } from './project';
import { setValueState } from './value-review';
import { addValue, editValue } from './value-editing';
import { currentSchema, schemaHistory, updateSchema } from './schema-editing';

const tempDir = useTempDir();
let project: Project;

beforeEach(() => {
  project = Project.open(path.join(tempDir(), 'p.gleaner'), { seedsDir: bundledSeedsDir });
});
afterEach(() => project.close());

function edited(change: (schema: FieldSchema) => void): FieldSchema {
  const copy = structuredClone(activeSchema(project.db));
  change(copy);
  return copy;
}

function field(schema: FieldSchema, key: string): Field {
  const found = schema.fields.find((f) => f.key === key);
  if (!found) throw new Error(`no field ${key}`);
  return found;
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the update to be refused');
}

function countValues(key: string): number {
  return (
    project.db.prepare('SELECT count(*) AS n FROM field_values WHERE field_key = ?').get(key) as {
      n: number;
    }
  ).n;
}

const notes: Field = {
  key: 'notes',
  labels: { 'zh-CN': '备注', en: 'Notes' },
  type: 'text',
  cardinality: 'many',
  required: false,
  extractors: [],
};

describe('updateSchema', () => {
  it('saves a relabel, a retirement and a new field as the next version, values kept', () => {
    const metricsBefore = countValues('metrics');
    expect(metricsBefore).toBeGreaterThan(0);
    const next = edited((s) => {
      field(s, 'hospital').labels.en = 'Institution';
      field(s, 'metrics').retired = true;
      s.fields.push(notes);
    });

    expect(updateSchema(project.db, next, 'tester')).toEqual({ id: 'hospital-news', version: 2 });

    const active = activeSchema(project.db);
    expect(active.version).toBe(2);
    expect(field(active, 'hospital').labels.en).toBe('Institution');
    expect(field(active, 'notes').type).toBe('text');
    expect(countValues('metrics')).toBe(metricsBefore);
    // The fields panel hides the retired field and shows the new one.
    const articleId = (
      project.db.prepare('SELECT min(id) AS id FROM articles').get() as { id: number }
    ).id;
    const keys = articleFields(project.db, articleId).schema.fields.map((f) => f.key);
    expect(keys).toContain('notes');
    expect(keys).not.toContain('metrics');

    const audit = project.db
      .prepare("SELECT actor, action, after FROM audit WHERE entity = 'schema'")
      .all() as { actor: string; action: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor).toBe('tester');
    expect(JSON.parse(audit[0]!.after)).toMatchObject({
      version: 2,
      changes: { added: ['notes'], retired: ['metrics'], relabelled: ['hospital'] },
    });
  });

  it('keeps curated values of a retired field through re-extraction, and restores the field', () => {
    const kept = project.db
      .prepare("SELECT id, revision FROM field_values WHERE field_key = 'metrics' LIMIT 1")
      .get() as { id: number; revision: number };
    setValueState(
      project.db,
      { valueId: kept.id, state: 'accepted', revision: kept.revision },
      't',
    );
    updateSchema(
      project.db,
      edited((s) => (field(s, 'metrics').retired = true)),
      'tester',
    );
    const ids = (project.db.prepare('SELECT id FROM articles').all() as { id: number }[]).map(
      (r) => r.id,
    );
    extractArticles(project.db, ids, { actor: 'tester' });
    // A retired field gets no new suggestions, but what the curator settled stays.
    expect(
      project.db.prepare("SELECT id, state FROM field_values WHERE field_key = 'metrics'").all(),
    ).toEqual([{ id: kept.id, state: 'accepted' }]);

    updateSchema(
      project.db,
      edited((s) => (field(s, 'metrics').retired = false)),
      'tester',
    );
    expect(activeSchema(project.db).version).toBe(3);
    expect(field(activeSchema(project.db), 'metrics').retired).toBe(false);
  });

  it('refuses adding to or editing a retired field by saying it is retired, not that it does not exist', () => {
    const kept = project.db
      .prepare(
        "SELECT id, article_id, revision FROM field_values WHERE field_key = 'metrics' LIMIT 1",
      )
      .get() as { id: number; article_id: number; revision: number };
    updateSchema(
      project.db,
      edited((s) => (field(s, 'metrics').retired = true)),
      'tester',
    );
    const adding = refusal(() =>
      addValue(
        project.db,
        { articleId: kept.article_id, fieldKey: 'metrics', text: '床位500张', spans: [] },
        't',
      ),
    );
    const editing = refusal(() =>
      editValue(project.db, { valueId: kept.id, revision: kept.revision, text: '床位500张' }, 't'),
    );
    for (const error of [adding, editing]) {
      expect(error.toPayload().key).toBe('field-retired');
      expect(error.message).toMatch(/"metrics" is retired.*Restore it in Fields…/);
    }
  });

  it('refuses to delete a field that has values, naming it, its count, and retiring instead', () => {
    const n = countValues('metrics');
    const error = refusal(() =>
      updateSchema(
        project.db,
        edited((s) => (s.fields = s.fields.filter((f) => f.key !== 'metrics'))),
        'tester',
      ),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('"metrics"');
    expect(error.message).toContain(`${n} values`);
    expect(error.message).toMatch(/retire it/);
    expect(activeSchema(project.db).version).toBe(1);
    expect(
      project.db.prepare("SELECT count(*) AS n FROM audit WHERE entity = 'schema'").get(),
    ).toEqual({ n: 0 });
  });

  it('refuses to rename or retype a field with values, but lets a field without values go', () => {
    const renamed = refusal(() =>
      updateSchema(
        project.db,
        edited((s) => (field(s, 'hospital').key = 'institution')),
        'tester',
      ),
    );
    expect(renamed.code).toBe('conflict');
    expect(renamed.message).toContain('"hospital"');

    const retyped = refusal(() =>
      updateSchema(
        project.db,
        // The extractor goes too: a count rule mapped to a text field is refused on its own.
        edited((s) => Object.assign(field(s, 'beds'), { type: 'text', extractors: [] })),
        'tester',
      ),
    );
    expect(retyped.code).toBe('conflict');
    expect(retyped.message).toMatch(/"beds" has \d+ values?, so its type cannot change/);

    // A field added and then removed before anything was extracted for it orphans nothing.
    updateSchema(
      project.db,
      edited((s) => s.fields.push(notes)),
      'tester',
    );
    const removed = edited((s) => (s.fields = s.fields.filter((f) => f.key !== 'notes')));
    expect(updateSchema(project.db, removed, 'tester').version).toBe(3);
    expect(activeSchema(project.db).fields.map((f) => f.key)).not.toContain('notes');
  });

  it('names the field when the edited schema is invalid, and refuses another schema id', () => {
    const invalid = refusal(() =>
      updateSchema(
        project.db,
        edited((s) => (field(s, 'city').labels.en = '')),
        'tester',
      ),
    );
    expect(invalid.code).toBe('invalid-input');
    expect(invalid.issues?.[0]).toMatch(/^field "city"/);

    const other = refusal(() =>
      updateSchema(
        project.db,
        edited((s) => (s.id = 'other')),
        'tester',
      ),
    );
    expect(other.code).toBe('invalid-input');
    expect(activeSchema(project.db).version).toBe(1);
  });

  it('refuses an unknown extractor and a kind that does not fit, naming field and extractor', () => {
    const refused = refusal(() =>
      updateSchema(
        project.db,
        edited((s) => {
          s.fields.push({ ...notes, extractors: ['rule:notes@1'] });
          field(s, 'beds').extractors = ['rule:people@1'];
        }),
        'tester',
      ),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.issues).toHaveLength(2);
    expect(refused.issues?.[0]).toMatch(/^field "beds".*extractor "rule:people@1".*person values/);
    expect(refused.issues?.[1]).toMatch(/^field "notes".*unknown extractor "rule:notes@1"/);
    expect(activeSchema(project.db).version).toBe(1);
  });

  it('refuses an edit that started from an older version (changed elsewhere meanwhile)', () => {
    const stale = edited((s) => (field(s, 'city').labels.en = 'City'));
    updateSchema(
      project.db,
      edited((s) => (field(s, 'county').labels.en = 'County')),
      'tester',
    );
    updateSchema(
      project.db,
      edited((s) => (field(s, 'title').labels.en = 'Title')),
      'tester',
    );
    expect(refusal(() => updateSchema(project.db, stale, 'tester')).code).toBe('conflict');
  });

  it('does not write a new version when nothing changed', () => {
    expect(updateSchema(project.db, activeSchema(project.db), 'tester').version).toBe(1);
    expect(schemaHistory(project.db)).toHaveLength(1);
  });
});

describe('currentSchema and schemaHistory', () => {
  it('counts the values of each field and lists the versions newest first', () => {
    const { schema, valueCounts } = currentSchema(project.db);
    expect(schema.fields).toHaveLength(17);
    expect(valueCounts['hospital']).toBe(countValues('hospital'));
    expect(valueCounts['founded_year'] ?? 0).toBe(countValues('founded_year'));

    updateSchema(
      project.db,
      edited((s) => s.fields.push(notes)),
      'tester',
    );
    const history = schemaHistory(project.db);
    expect(history.map((h) => [h.version, h.active, h.fieldCount])).toEqual([
      [2, true, 18],
      [1, false, 17],
    ]);
    for (const entry of history) expect(Date.parse(entry.createdAt)).not.toBeNaN();
  });
});
