import type { ProjectDatabase } from './open-project';
import { prepare } from './typed-statement';

const valueOfKey = prepare<[key: string], { value: string }>(
  'SELECT value FROM meta WHERE key = ?',
);
const upsert = prepare<[key: string, value: string]>(
  'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
);
const remove = prepare<[key: string]>('DELETE FROM meta WHERE key = ?');

export function getMeta(db: ProjectDatabase, key: string): string | undefined {
  return valueOfKey.get(db, key)?.value;
}

export function setMeta(db: ProjectDatabase, key: string, value: string): void {
  upsert.run(db, key, value);
}

export function deleteMeta(db: ProjectDatabase, key: string): void {
  remove.run(db, key);
}
