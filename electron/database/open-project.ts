import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/contract/errors';
import { migrate, refuseNewerSchema } from './migrate';

export type ProjectDatabase = Database.Database;

/**
 * Opens (creating if needed) a project file: WAL for crash safety and concurrent readers,
 * foreign keys on, a busy timeout so a second window waits instead of failing, then migrations.
 */
export function openProjectDatabase(
  filePath: string,
  options: { nativeBinding?: string | undefined } = {},
): ProjectDatabase {
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  let db: ProjectDatabase;
  try {
    // Electron loads a copy of the native module built for its own ABI (see scripts/electron-native.mjs).
    db = new Database(
      filePath,
      options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
    );
  } catch (error) {
    throw new ApiError(
      'project-unreadable',
      `Cannot open the project file ${filePath}: ${(error as Error).message}`,
    );
  }
  try {
    refuseNewerSchema(db, filePath);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    migrate(db, filePath);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new ApiError(
        'project-unreadable',
        `${filePath} is not a Gleaner project file (or it is damaged): ${message}`,
      );
    }
    throw error;
  }
}
