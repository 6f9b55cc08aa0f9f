import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { activeSchema } from '../database/schema-repository';
import { useTempDir } from '../test-support/temp-dir';
import { Project } from './project';
import {
  builtInSchema,
  chooseSchema,
  importSchema,
  schemaFileText,
  schemaFromChoice,
} from './schema-choice';

const tempDir = useTempDir();
const open: Project[] = [];
afterEach(() => {
  for (const p of open.splice(0)) p.close();
});
function project(name: string, options: Parameters<typeof Project.open>[1] = {}): Project {
  const p = Project.open(path.join(tempDir(), name), options);
  open.push(p);
  return p;
}

function refusal(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected a refusal');
}

describe('choosing a schema', () => {
  it('starts a new project with the schema named, by built-in name or file', () => {
    const company = project('c.gleaner', { schema: schemaFromChoice('company-news') });
    expect(activeSchema(company.db).id).toBe('company-news');
    expect(activeSchema(company.db).subjectInstitution).toBe('company');
    const file = path.join(tempDir(), 'mine.json');
    fs.writeFileSync(file, schemaFileText(company.db));
    const fromFile = project('f.gleaner', { schema: schemaFromChoice(file) });
    expect(activeSchema(fromFile.db)).toEqual(activeSchema(company.db));
    expect(
      activeSchema(project('e.gleaner', { schema: builtInSchema('empty') }).db).fields,
    ).toEqual([]);
  });

  it('names the file and every problem of a schema file that cannot be used', () => {
    const file = path.join(tempDir(), 'bad.json');
    const json = JSON.parse(
      fs.readFileSync(path.join(bundledSeedsDir, 'hospital-news.schema.json'), 'utf8'),
    );
    json.fields[8].key = 'awards';
    json.fields[9].extractors = ['rule:budget@1'];
    fs.writeFileSync(file, JSON.stringify(json));
    const error = refusal(() => schemaFromChoice(file));
    expect(error.message).toContain(file);
    expect(error.issues).toEqual([
      expect.stringMatching(/^field "investments" .*unknown extractor "rule:budget@1"/),
    ]);
    expect(refusal(() => schemaFromChoice(path.join(tempDir(), 'none.json'))).message).toMatch(
      /neither a built-in schema \(hospital-news, company-news, empty\) nor a readable file/,
    );
  });

  it('switches an empty project, and refuses once values exist', () => {
    const empty = project('n.gleaner');
    expect(chooseSchema(empty.db, builtInSchema('company-news'), 'tester')).toEqual({
      id: 'company-news',
      version: 1,
    });
    expect(activeSchema(empty.db).id).toBe('company-news');

    const seeded = project('s.gleaner', { seedsDir: bundledSeedsDir });
    const error = refusal(() => chooseSchema(seeded.db, builtInSchema('company-news'), 'tester'));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already holds \d+ values of the schema "hospital-news"/);
    expect(activeSchema(seeded.db).id).toBe('hospital-news');
  });

  it('imports a file of the same schema as its next version, keeping values and refusing orphans', () => {
    const seeded = project('v.gleaner', { seedsDir: bundledSeedsDir });
    const exported = JSON.parse(schemaFileText(seeded.db)) as {
      version: number;
      fields: { key: string; labels: { en: string } }[];
    };
    exported.version = 7; // where it was exported from says nothing about this project
    exported.fields.find((f) => f.key === 'beds')!.labels.en = 'Beds (imported)';
    expect(importSchema(seeded.db, JSON.stringify(exported), 'tester')).toEqual({
      id: 'hospital-news',
      version: 2,
    });
    expect(activeSchema(seeded.db).fields.find((f) => f.key === 'beds')!.labels.en).toBe(
      'Beds (imported)',
    );

    exported.fields = exported.fields.filter((f) => f.key !== 'hospital');
    const refused = refusal(() => importSchema(seeded.db, exported, 'tester'));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Field "hospital" has');
    expect(activeSchema(seeded.db).version).toBe(2);
  });
});
