// What migration 0020 (ids never given out again) costs where it costs most: deleting many
// values at once, as re-running extraction deletes an article's suggestions. Each delete raises
// `retired_ids` through a trigger. Prints the CPU time of deleting the same rows under schema 19
// (before) and 20 (after), alternating, several rounds.
//   npx tsx bench/retired-ids-bench.ts [--rows 200000] [--rounds 3]
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { migrations } from '../electron/database/migrations';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    rounds: { type: 'string', default: '3' },
  },
});
const rows = Number(values.rows);
const rounds = Number(values.rounds);
const at = '2026-01-01T00:00:00.000Z';

function deleteCpuMs(version: number): number {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.filter((m) => m.version <= version)) m.up(db);
  db.prepare(
    "INSERT INTO documents (id, name, kind, sha256, encoding, text, char_count, imported_at) VALUES (1, 'a', 'text', 'h', 'utf-8', 'x', 1, ?)",
  ).run(at);
  db.prepare(
    'INSERT INTO articles (id, document_id, ordinal, created_at, updated_at) VALUES (1, 1, 0, ?, ?)',
  ).run(at, at);
  const insert = db.prepare(
    `INSERT INTO field_values (article_id, field_key, ordinal, value, value_key, raw, origin, extractor, state, schema_id, schema_version, created_at, updated_at)
     VALUES (1, 'beds', 0, '1', '1', '1', 'extracted', 'r', 'suggested', 's', 1, ?, ?)`,
  );
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run(at, at);
  })();
  const start = process.cpuUsage();
  db.prepare("DELETE FROM field_values WHERE article_id = 1 AND state = 'suggested'").run();
  const used = process.cpuUsage(start);
  db.close();
  return (used.user + used.system) / 1000;
}

for (let round = 1; round <= rounds; round++) {
  const before = deleteCpuMs(19);
  const after = deleteCpuMs(20);
  console.log(
    `round ${round}: delete ${rows} suggestions: schema 19 ${before.toFixed(0)} ms CPU, schema 20 ${after.toFixed(0)} ms CPU (+${(((after - before) / before) * 100).toFixed(0)} %)`,
  );
}
