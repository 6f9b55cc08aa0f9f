/**
 * What one curator decision costs the learned lexicon (issue 22, point 4): a project with
 * `--entries` learned entries (10,000 by default) takes `--decisions` decisions one by one, each
 * an entry kept, removed or added in the lexicon (the triggers log it as any vote is logged); after
 * each, the lexicon is brought up to date as the app does when the next article opens. Printed
 * beside the baseline measured in the same run on the same decisions: compiling the whole lexicon
 * again, which is what every decision cost before migration 0019's change log.
 *
 *   npx tsx bench/learning-update.ts [--entries 10000 --decisions 200]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditedWrite } from '../electron/database/audited-write';
import { writeLearnedEntry } from '../electron/database/learned-lexicon-repository';
import type { ProjectDatabase } from '../electron/database/open-project';
import { activeSchema } from '../electron/database/schema-repository';
import { compileLearnedLexicon, learnedLexicon } from '../electron/services/learned-lexicon';
import { Project } from '../electron/services/project';
import { numberOption } from './options';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) =>
  numberOption(
    args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined,
    fallback,
    name,
  );
const entries = option('entries', 10_000);
const decisions = option('decisions', 200);

const SURNAMES = '青白溪锦星华黎松岚云石川';
const KINDS = ['医院', '研究所', '基金会', '卫生院', '医学中心', '集团'];

/** A made-up institution name, distinct for each n (base-12 digits as characters). */
function nameOf(n: number): string {
  let digits = '';
  for (let k = n + 1; k > 0; k = Math.floor(k / 12)) digits += SURNAMES[k % 12];
  return `${digits}${KINDS[n % KINDS.length]}`;
}

function keep(db: ProjectDatabase, text: string, status: 'kept' | 'removed'): void {
  auditedWrite(db, 'bench', (write) => {
    writeLearnedEntry(db, { fieldKey: 'partners', text, status, value: null }, write.at, 'bench');
  });
}

/** The i-th decision: remove an entry, keep it again, or add a text never seen. */
function decide(db: ProjectDatabase, i: number): void {
  const existing = nameOf((i * 7919) % entries);
  if (i % 3 === 0) keep(db, existing, 'removed');
  else if (i % 3 === 1) keep(db, existing, 'kept');
  else keep(db, nameOf(entries + i), 'kept');
}

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, mean ${mean.toFixed(3)} ms`;
}

function main(): void {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gleaner-learning-update-'));
  try {
    const project = Project.open(path.join(workDir, 'p.gleaner'), { actor: 'bench' });
    const { db } = project;
    auditedWrite(db, 'bench', (write) => {
      for (let n = 0; n < entries; n++) {
        const entry = {
          fieldKey: 'partners',
          text: nameOf(n),
          status: 'kept' as const,
          value: null,
        };
        writeLearnedEntry(db, entry, write.at, 'bench');
      }
    });
    const schema = activeSchema(db);
    let started = performance.now();
    const first = learnedLexicon(db, schema);
    console.log(
      `Lexicon: ${first.entries.length} entries, compiled in ${(performance.now() - started).toFixed(1)} ms`,
    );

    const baseline: number[] = [];
    const incremental: number[] = [];
    for (let i = 0; i < decisions; i++) {
      decide(db, i);
      started = performance.now();
      compileLearnedLexicon(db, schema);
      baseline.push(performance.now() - started);
    }
    // The same decisions again (each undone state is reached again), now brought up to date
    // through the change log.
    learnedLexicon(db, schema);
    for (let i = 0; i < decisions; i++) {
      decide(db, i);
      started = performance.now();
      const { matcher } = learnedLexicon(db, schema);
      incremental.push(performance.now() - started);
      if (matcher !== first.matcher) throw new Error('the lexicon was compiled whole again');
    }
    const whole = compileLearnedLexicon(db, schema);
    if (whole.matcher.size !== learnedLexicon(db, schema).matcher.size) {
      throw new Error('the updated lexicon differs from the one compiled whole');
    }
    console.log(`Per decision, ${decisions} decisions at ${entries} entries:`);
    console.log(`  baseline, compiled whole:   ${summary(baseline)}`);
    console.log(`  updated entry by entry:     ${summary(incremental)}`);
    const ratio =
      baseline.reduce((s, t) => s + t, 0) /
      Math.max(
        incremental.reduce((s, t) => s + t, 0),
        1e-6,
      );
    console.log(`  ${ratio.toFixed(0)}× less time per decision`);
    project.close();
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main();
