import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/contract/errors';
import { bundledSeedsDir } from '../app-root';
import { activeSchema } from '../database/schema-repository';
import { useInProcessCli } from '../test-support/cli-in-process';
import { useTempDir } from '../test-support/temp-dir';
import { acceptSuggestions } from './bulk-accept';
import { setGridStates } from './field-grid';
import { Project } from './project';
import { updateSchema } from './schema-editing';
import { setValueState, setValueStates } from './value-review';
import { prepareSession } from './profiles';
import { Session } from './session';

const tempDir = useTempDir();
const cli = useInProcessCli();
let project: Project;
let file: string;

// Importing the seeds takes seconds on a loaded machine.
beforeEach(() => {
  file = path.join(tempDir(), 'p.gleaner');
  project = Project.open(file, { seedsDir: bundledSeedsDir });
}, 60_000);
afterEach(() => project.close());

/** Retires `key` as the Fields… dialog does: the values stay, the field is frozen. */
function retire(key: string): void {
  const schema = structuredClone(activeSchema(project.db));
  const field = schema.fields.find((f) => f.key === key);
  if (!field) throw new Error(`no field ${key}`);
  field.retired = true;
  updateSchema(project.db, schema, 'admin');
}

interface Suggestion {
  id: number;
  revision: number;
}

function suggestionsOf(key: string): Suggestion[] {
  return project.db
    .prepare(
      "SELECT id, revision FROM field_values WHERE field_key = ? AND state = 'suggested' ORDER BY id",
    )
    .all(key) as Suggestion[];
}

function stateCounts(key: string): Record<string, number> {
  const rows = project.db
    .prepare('SELECT state, count(*) AS n FROM field_values WHERE field_key = ? GROUP BY state')
    .all(key) as { state: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
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

function expectRetiredRefusal(error: { key?: string | undefined; message: string }): void {
  expect(error.key).toBe('field-retired');
  expect(error.message).toMatch(/"metrics" is retired/);
}

describe('accepting values of a retired field (issue 16)', () => {
  it('the ✓ of a window that still shows the field is refused, naming it as retired', () => {
    const [first, second] = suggestionsOf('metrics');
    retire('metrics');
    const before = stateCounts('metrics');

    const one = refusal(() =>
      setValueState(
        project.db,
        { valueId: first!.id, state: 'accepted', revision: first!.revision },
        'wang',
      ),
    );
    expectRetiredRefusal({ key: one.toPayload().key, message: one.message });
    // ✓ on every suggestion of the article at once (the set path) and a rejection alike.
    const all = refusal(() =>
      setValueStates(
        project.db,
        [first!, second!].map((v) => ({
          valueId: v.id,
          state: 'accepted' as const,
          revision: v.revision,
        })),
        'wang',
      ),
    );
    expectRetiredRefusal({ key: all.toPayload().key, message: all.message });
    const rejected = refusal(() =>
      setValueState(
        project.db,
        { valueId: first!.id, state: 'rejected', revision: first!.revision },
        'wang',
      ),
    );
    expectRetiredRefusal({ key: rejected.toPayload().key, message: rejected.message });

    expect(stateCounts('metrics')).toEqual(before);
  });

  it('the field grid refuses the retired values and accepts the live ones beside them', () => {
    const [retiredValue] = suggestionsOf('metrics');
    const [liveValue] = suggestionsOf('honors');
    retire('metrics');
    // A new project's first window is its admin, signed in at once.
    const admin = new Session('admin');
    prepareSession(project.db, admin);
    const outcome = setGridStates(
      project.db,
      [retiredValue!, liveValue!].map((v) => ({
        valueId: v.id,
        state: 'accepted' as const,
        revision: v.revision,
      })),
      admin,
    );
    expect(outcome.done.map((d) => d.valueId)).toEqual([liveValue!.id]);
    expect(outcome.refused).toHaveLength(1);
    expect(outcome.refused[0]!.valueId).toBe(retiredValue!.id);
    expectRetiredRefusal(outcome.refused[0]!);
  });

  it('a bulk accept of every field leaves the retired one alone; naming it is refused', () => {
    retire('metrics');
    const before = stateCounts('metrics');
    expect(before.suggested).toBeGreaterThan(0);

    const report = acceptSuggestions(project.db, {}, 'wang');
    expect(report.byField).not.toHaveProperty('metrics');
    expect(report.accepted).toBeGreaterThan(0);
    expect(stateCounts('metrics')).toEqual(before);

    const named = refusal(() => acceptSuggestions(project.db, { fields: ['metrics'] }, 'wang'));
    expectRetiredRefusal({ key: named.toPayload().key, message: named.message });
    expect(stateCounts('metrics')).toEqual(before);
  });

  it('gleaner accept --field of a retired field says it is retired and accepts nothing', async () => {
    retire('metrics');
    const before = stateCounts('metrics');
    project.close();

    const run = await cli('accept', '--project', file, '--field', 'metrics');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/--field: .*"metrics" is retired/);

    project = Project.open(file);
    expect(stateCounts('metrics')).toEqual(before);
  });
});
