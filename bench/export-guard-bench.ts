// What the export's value-shape guard (electron/export/value-shape-guard.ts) costs per value:
// zod's safeParse of each value against its field type's schema, as the guard first did, against
// the precompiled checks it now runs first (value-shape-fast.ts), beside the bare loop over the
// same values and the reading of the records those values come from (the export's own floor).
//
//   npx tsx bench/export-guard-bench.ts [--articles 20000] [--rounds 3]
//
// The values are those of a copy of the scale project (bench/scale-project.ts, cached;
// GLEANER_SCALE_CACHE picks the cache), read once up front; the checks then run over them in
// turns, each round in the same order, so the figures come from the same run on the same load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ValueForExport } from '../shared/export/canonical-record';
import type { FieldType } from '../shared/schema';
import { valueShapeProblem } from '../shared/values/value-shape';
import { readExportWindow, EXPORT_WINDOW } from '../electron/export/export-window';
import { fastShapeChecks } from '../electron/export/value-shape-fast';
import { exportArticleIds } from '../electron/database/export-queries';
import { activeSchema } from '../electron/database/schema-repository';
import { Project } from '../electron/services/project';
import { copyOfScaleProject } from './scale-project';

function flag(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]?.replaceAll('_', ''));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive number`);
  return value;
}

const argv = process.argv.slice(2);
const articles = flag(argv, '--articles', 20_000);
const rounds = flag(argv, '--rounds', 3);

/** Times `run` in CPU seconds of this thread's process (the checks are single-threaded). */
function timed(run: () => number): { seconds: number; result: number } {
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { seconds: (used.user + used.system) / 1e6, result };
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-guard-bench-'));
const project = Project.open(copyOfScaleProject(articles, workDir), { actor: 'bench' });
try {
  const db = project.db;
  const schema = activeSchema(db);
  const typeOf = new Map(schema.fields.map((f) => [f.key, f.type]));
  const ids = exportArticleIds(db, {
    status: 'any',
    updatedFrom: null,
    updatedTo: null,
    updatedToExclusive: false,
    assigneeId: undefined,
    savedFilter: undefined,
  });
  const values: ValueForExport[] = [];
  const read = timed(() => {
    for (let from = 0; from < ids.length; from += EXPORT_WINDOW)
      for (const a of readExportWindow(db, ids.slice(from, from + EXPORT_WINDOW)))
        values.push(...a.values);
    return values.length;
  });
  const typed: [FieldType, unknown][] = values.map((v) => [typeOf.get(v.fieldKey)!, v.value]);
  const checks: Record<string, () => number> = {
    'bare loop (type lookup only)': () => {
      let n = 0;
      for (const [type] of typed) if (type !== undefined) n++;
      return n;
    },
    'zod safeParse (the guard before)': () => {
      let n = 0;
      for (const [type, value] of typed) if (valueShapeProblem(type, value) === null) n++;
      return n;
    },
    'precompiled check, zod when unsure (now)': () => {
      let n = 0;
      for (const [type, value] of typed)
        if (fastShapeChecks[type](value) || valueShapeProblem(type, value) === null) n++;
      return n;
    },
  };
  const seconds = new Map<string, number[]>();
  let unsure = 0;
  for (const [type, value] of typed) if (!fastShapeChecks[type](value)) unsure++;
  for (let round = 0; round < rounds; round++) {
    for (const [label, run] of Object.entries(checks)) {
      const { seconds: s, result } = timed(run);
      if (result !== typed.length && label !== 'bare loop (type lookup only)')
        console.log(`! ${label}: ${typed.length - result} values refused`);
      seconds.set(label, [...(seconds.get(label) ?? []), s]);
    }
  }
  const per100k = (s: number): number => (s * 100_000) / ids.length;
  console.log(
    `${ids.length} articles, ${typed.length} values; load average ${os.loadavg()[0]!.toFixed(2)}; ` +
      `the precompiled check left ${unsure} values to zod`,
  );
  console.log('');
  console.log(
    '| check | CPU s, best of ' + rounds + ' | µs a value | CPU s per 100,000 articles |',
  );
  console.log('| --- | ---: | ---: | ---: |');
  console.log(
    `| reading the records' values (export-window.ts, the floor) | ${read.seconds.toFixed(2)} | ` +
      `${((read.seconds * 1e6) / typed.length).toFixed(2)} | ${per100k(read.seconds).toFixed(1)} |`,
  );
  for (const [label, list] of seconds) {
    const best = Math.min(...list);
    console.log(
      `| ${label} | ${best.toFixed(3)} | ${((best * 1e6) / typed.length).toFixed(3)} | ` +
        `${per100k(best).toFixed(2)} |`,
    );
  }
} finally {
  project.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}
