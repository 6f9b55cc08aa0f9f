import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, type Handlers } from './contract';
import { dispatch, maxDescribedIssues } from './dispatch';
import { fileSystemError } from './file-system-errors';

type JsonSchema = {
  type?: string;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Where an input schema accepts an array of any length. */
function unboundedArrays(schema: JsonSchema, at: string, found: string[]): void {
  if (schema.type === 'array' && schema.maxItems === undefined) found.push(at);
  for (const [key, inner] of Object.entries(schema.properties ?? {}))
    unboundedArrays(inner, `${at}.${key}`, found);
  if (schema.items) unboundedArrays(schema.items, `${at}[]`, found);
  if (typeof schema.additionalProperties === 'object')
    unboundedArrays(schema.additionalProperties, `${at}{}`, found);
  for (const inner of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    unboundedArrays(inner, at, found);
}

const noHandlers = {} as Handlers;
const caller = { client: null };

// The attack pass (docs/security.md) sent `{"paths": [1, 2, … 1000000]}` (7 MB) to import.start:
// zod listed a million problems and the answer described each, 190 MB built in ten seconds on
// the server's one thread, while every other tab waited.
describe('hostile input at the API boundary', () => {
  it('has a bound on every array of every method input, so a huge one is refused at once', () => {
    const found: string[] = [];
    for (const [method, spec] of Object.entries(contract)) {
      const schema = z.toJSONSchema(spec.input, { unrepresentable: 'any', io: 'input' });
      unboundedArrays(schema as JsonSchema, method, found);
    }
    expect(found).toEqual([]);
  });

  it('describes a few problems of a million-item input, not a million', async () => {
    const million = Array.from({ length: 1_000_000 }, (_, i) => i + 1);
    for (const [method, input] of [
      ['import.start', { paths: million }],
      ['import.upload', { files: million.slice(0, 20_000) }],
      [
        'values.editParts',
        {
          valueId: 1,
          revision: 1,
          parts: Object.fromEntries(million.slice(0, 50_000).map((n) => [`p${n}`, n])),
        },
      ],
    ] as const) {
      const answer = await dispatch(noHandlers, method, input, caller);
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.key).toBe('input-invalid');
      expect(answer.error.issues!.length).toBeLessThanOrEqual(maxDescribedIssues + 1);
      expect(JSON.stringify(answer).length).toBeLessThan(20_000);
    }
  });

  it('turns a file the operating system refused into a registry error naming it', () => {
    const refused = (code: string, extra: object = {}) =>
      Object.assign(new Error(`${code}: refused`), { code, ...extra });
    expect(fileSystemError(refused('ENAMETOOLONG', { path: '/a/b' }))?.reason).toEqual({
      key: 'file-name-too-long',
      params: { file: '/a/b' },
    });
    expect(fileSystemError(refused('ENOSPC'))?.reason?.key).toBe('disk-full');
    expect(fileSystemError(refused('EXDEV', { path: '/x', syscall: 'rename' }))?.reason).toEqual({
      key: 'file-system-failed',
      params: { file: '/x', operation: 'rename', errno: 'EXDEV' },
    });
    // SQLite's own codes are the storage layer's to word (save-failed), not a file's.
    expect(fileSystemError(refused('SQLITE_FULL'))).toBeUndefined();
    expect(fileSystemError(new Error('plain'))).toBeUndefined();
  });
});
