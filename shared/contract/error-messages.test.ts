import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorEntries } from './error-entries';
import { apiError, errorMessages, type ErrorKey } from './error-messages';
import { ApiError, apiErrorCodes } from './errors';

const root = path.resolve(__dirname, '../..');

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(folder, file));
}

const placesOf = (template: string) =>
  [...template.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!).sort();

describe('error messages', () => {
  it('are the only way the main side makes an ApiError, so every error has a key the UI translates', () => {
    const allowed = new Set(['shared/contract/errors.ts', 'shared/contract/error-messages.ts']);
    const bare = [...sourceFiles('electron'), ...sourceFiles('shared')]
      .filter((file) => !allowed.has(file.split(path.sep).join('/')))
      .filter((file) => /new ApiError\(/.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(bare, 'throw apiError(<key>, params) from error-messages.ts instead').toEqual([]);
  });

  it('names only keys the registry has, at every throw site', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('electron'), ...sourceFiles('shared')]) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const match of text.matchAll(/apiError\(\s*'([a-z-]+)'/g)) used.add(match[1]!);
    }
    expect([...used].filter((key) => !(key in errorMessages))).toEqual([]);
    expect(used.size).toBeGreaterThan(60);
  });

  it('builds each entry from its code and English message, every code a known one', () => {
    expect(errorEntries({ 'a-b': ['conflict', 'A {{b}}.'] })).toEqual({
      'a-b': { code: 'conflict', en: 'A {{b}}.' },
    });
    const known = new Set<string>(apiErrorCodes);
    for (const [key, entry] of Object.entries(errorMessages)) {
      expect(known.has(entry.code), key).toBe(true);
      expect(entry.en, key).toMatch(/^\S.*\S$/s);
    }
  });

  it('fills every place of the English message and keeps the key and parameters', () => {
    for (const key of Object.keys(errorMessages) as ErrorKey[]) {
      const params = Object.fromEntries(placesOf(errorMessages[key].en).map((p) => [p, 7]));
      const error = apiError(key, params);
      expect(error.message, key).not.toContain('{{');
      expect(error.code).toBe(errorMessages[key].code);
      expect(ApiError.fromPayload(error.toPayload()).reason).toEqual({ key, params });
    }
  });

  it('says roles and statuses in English words for the CLI', () => {
    const error = apiError('role-required', {
      roles: 'reviewer,admin',
      what: 'approve articles',
      name: 'Li',
      role: 'curator',
    });
    expect(error.message).toBe(
      'Only a reviewer or an admin can approve articles; Li is a curator.',
    );
    expect(
      apiError('workflow-wrong-status', {
        verb: 'submit',
        article: 'article 3',
        status: 'changes_requested',
        statuses: 'new,in_progress',
      }).message,
    ).toBe(
      'Cannot submit article 3: it is changes requested, and this needs it to be new or in progress.',
    );
  });
});
