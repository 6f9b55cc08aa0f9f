import Database from 'better-sqlite3';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
for (const variant of ['plain', 'indexes', 'trigger', 'all']) {
  fs.rmSync('/tmp/scratch/i.db', { force: true }); fs.rmSync('/tmp/scratch/i.db-wal', { force: true });
  const db = new Database('/tmp/scratch/i.db'); db.pragma('journal_mode=WAL'); db.pragma('synchronous=NORMAL');
  db.exec(`CREATE TABLE audit (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, action TEXT NOT NULL, before TEXT, after TEXT, hash BLOB) STRICT`);
  if (variant === 'indexes' || variant === 'all') db.exec(`CREATE INDEX audit_entity ON audit(entity, entity_id); CREATE INDEX audit_at ON audit(at); CREATE INDEX audit_after_article ON audit(json_extract(after, '$.article')); CREATE INDEX audit_before_article ON audit(json_extract(before, '$.article'));`);
  if (variant === 'trigger' || variant === 'all') db.exec(`CREATE TRIGGER audit_append_only BEFORE INSERT ON audit
        WHEN NEW.id <= coalesce((SELECT max(id) FROM audit), 0)
          OR typeof(NEW.hash) <> 'blob' OR length(NEW.hash) <> 32
        BEGIN SELECT RAISE(ABORT, 'x'); END;`);
  const ins = db.prepare('INSERT INTO audit (id, at, actor, entity, entity_id, action, before, after, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const h = Buffer.alloc(32, 1);
  const t = performance.now();
  db.transaction(() => { for (let i = 1; i <= 200000; i++) ins.run(i, '2026-01-01T00:00:00.000Z', 'bench', 'value', i, 'set-state', '{"state":"suggested","revision":1}', `{"state":"accepted","field":"hospital","article":${i >> 5}}`, h); })();
  console.log(variant, (performance.now() - t).toFixed(0), 'ms');
  db.close();
}
