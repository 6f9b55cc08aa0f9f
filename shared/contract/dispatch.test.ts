import { describe, expect, it } from 'vitest';
import type { Handlers } from './contract';
import { dispatch } from './dispatch';
import { ApiError } from './errors';
import { methodNames } from './method-names';

/** The one window these tests call from. */
const caller = { client: 'window:1' };

const info = {
  path: '/p.gleaner',
  name: 'p',
  schemaVersion: 1,
  documentCount: 0,
  articleCount: 0,
  createdAt: 'now',
};

const unused = (): never => {
  throw new ApiError('internal', 'not used in this test');
};

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const everyMethodUnused = Object.fromEntries(
    methodNames.map((name) => [name, unused]),
  ) as unknown as Handlers;
  return {
    ...everyMethodUnused,
    'project.info': () => info,
    'articles.list': (input) => ({ items: [], total: input.offset + input.limit }),
    'articles.get': (input) => {
      throw new ApiError('not-found', `There is no article ${input.id} in this project.`);
    },
    'articles.fields': unused,
    'values.setState': unused,
    'documents.redecode': unused,
    'articles.split': unused,
    'articles.merge': unused,
    'articles.moveRange': unused,
    'articles.undoCorrection': unused,
    'import.start': unused,
    'import.upload': unused,
    'import.inspectTables': unused,
    'extraction.rerun': unused,
    'export.start': unused,
    'exports.list': unused,
    'jobs.get': unused,
    'jobs.list': unused,
    'jobs.cancel': unused,
    'schema.get': unused,
    'schema.update': unused,
    'schema.choose': unused,
    'schema.history': unused,
    ...overrides,
  };
}

describe('dispatch', () => {
  it('parses input with the contract, filling defaults, and returns the value', async () => {
    await expect(dispatch(handlers(), 'articles.list', {}, caller)).resolves.toEqual({
      ok: true,
      value: { items: [], total: 200 },
    });
  });

  it('answers an unknown method with a typed error', async () => {
    await expect(dispatch(handlers(), 'articles.delete_everything', {}, caller)).resolves.toEqual({
      ok: false,
      error: {
        code: 'unknown-method',
        message: 'Unknown API method "articles.delete_everything".',
        key: 'unknown-method',
        params: { method: 'articles.delete_everything' },
      },
    });
  });

  it('answers invalid input with the field that is wrong, without calling the handler', async () => {
    let called = false;
    const result = await dispatch(
      handlers({
        'articles.get': () => {
          called = true;
          throw new Error('should not run');
        },
      }),
      'articles.get',
      { id: -3 },
      caller,
    );
    expect(called).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.issues?.[0]).toMatch(/^id: /);
    }
  });

  it('refuses unexpected input keys (a typo is an error, not ignored)', async () => {
    const result = await dispatch(handlers(), 'articles.list', { limt: 5 }, caller);
    expect(result.ok).toBe(false);
  });

  it('passes typed service errors through and wraps unexpected ones as internal', async () => {
    await expect(dispatch(handlers(), 'articles.get', { id: 7 }, caller)).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const crashing = handlers({
      'project.info': () => {
        throw new Error('disk on fire');
      },
    });
    await expect(dispatch(crashing, 'project.info', {}, caller)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });

  it('refuses an answer that breaks the contract instead of passing it on', async () => {
    const lying = handlers({ 'project.info': () => ({ ...info, articleCount: 'many' }) as never });
    await expect(dispatch(lying, 'project.info', {}, caller)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-output' },
    });
  });
});
