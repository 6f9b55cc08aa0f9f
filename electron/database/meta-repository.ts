import type { ProjectDatabase } from './open-project';

export function getMeta(db: ProjectDatabase, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: ProjectDatabase, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

export function deleteMeta(db: ProjectDatabase, key: string): void {
  db.prepare('DELETE FROM meta WHERE key = ?').run(key);
}
