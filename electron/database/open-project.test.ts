import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../shared/contract/errors';
import { useTempDir } from '../test-support/temp-dir';
import { openProjectDatabase } from './open-project';

const tempDir = useTempDir();

describe('openProjectDatabase', () => {
  it('opens in WAL mode with foreign keys on, creating missing folders', () => {
    const file = path.join(tempDir(), 'nested', 'deeper', 'p.gleaner');
    const db = openProjectDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    expect(fs.existsSync(file)).toBe(true);
  });

  it('refuses a file that is not a project, naming it, without changing it', () => {
    const file = path.join(tempDir(), 'notes.gleaner');
    fs.writeFileSync(file, 'these are my notes, not a database'.repeat(200));
    const before = fs.readFileSync(file);
    let caught: unknown;
    try {
      openProjectDatabase(file);
    } catch (error) {
      caught = error;
    }
    expect((caught as ApiError).code).toBe('project-unreadable');
    expect((caught as ApiError).message).toContain(file);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
