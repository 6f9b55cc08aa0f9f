// The verdicts of issue 19 point 4 on one run of bench/export-bench.ts: each target says "target
// met" or "target NOT met" with the figures it was judged on, or why this run cannot tell (a
// format not run, a project smaller than the target's size).

/** What the verdicts need of one measured run (the baseline or a format). */
export interface MeasuredRun {
  label: string;
  articles: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the whole process (user + system, every thread: zlib's included). */
  cpuSeconds: number;
  /** Peak RSS in the first half of the records, and in the second, in MB. */
  firstHalfRssMb: number;
  secondHalfRssMb: number;
}

/** Articles at which the flat-memory target is stated. */
export const FLAT_MEMORY_ARTICLES = 1_000_000;
/** RSS the second half of an export may add over the first half's peak and still be flat. */
export const FLAT_MEMORY_SLACK_MB = 64;
export const JSONL_CSV_MAX_RATIO = 2;
export const XLSX_ARTICLES = 100_000;
export const XLSX_MAX_SECONDS = 60;

const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const met = (ok: boolean): string => (ok ? 'target met' : 'target NOT met');

function ratio(run: MeasuredRun, baseline: MeasuredRun): string {
  return (
    `${fixed(run.seconds / baseline.seconds, 2)}× wall, ` +
    `${fixed(run.cpuSeconds / baseline.cpuSeconds, 2)}× CPU`
  );
}

/** Flat memory: no format's second half peaks more than the slack above its first half. */
function flatMemory(runs: readonly MeasuredRun[]): string {
  if (runs.length === 0) return `- Flat memory at ${FLAT_MEMORY_ARTICLES} articles: not run`;
  const growths = runs.map((run) => ({
    run,
    growth: run.secondHalfRssMb - run.firstHalfRssMb,
  }));
  const flat = growths.every((g) => g.growth <= FLAT_MEMORY_SLACK_MB);
  const detail = growths
    .map((g) => `${g.run.label} ${g.growth >= 0 ? '+' : ''}${fixed(g.growth)} MB`)
    .join(', ');
  const articles = Math.min(...runs.map((run) => run.articles));
  const judged = `second half's peak RSS over the first half's (at most +${FLAT_MEMORY_SLACK_MB} MB): ${detail}`;
  if (articles < FLAT_MEMORY_ARTICLES) {
    return `- Flat memory at ${FLAT_MEMORY_ARTICLES} articles: not shown by this run (${articles} articles; flat here: ${flat ? 'yes' : 'NO'}; ${judged})`;
  }
  return `- Flat memory at ${FLAT_MEMORY_ARTICLES} articles: ${met(flat)} (${judged})`;
}

function withinTwice(runs: readonly MeasuredRun[], baseline: MeasuredRun): string {
  const judged = runs.filter((run) => run.label === 'jsonl' || run.label === 'csv');
  if (judged.length === 0) return '- JSONL and CSV within 2× the baseline: not run';
  const ok = judged.every((run) => run.seconds <= JSONL_CSV_MAX_RATIO * baseline.seconds);
  const missing = judged.length < 2 ? ` (only ${judged[0]!.label} was run)` : '';
  return (
    `- JSONL and CSV within ${JSONL_CSV_MAX_RATIO}× the baseline's wall time: ${met(ok)}${missing} (` +
    judged.map((run) => `${run.label} ${ratio(run, baseline)}`).join('; ') +
    ')'
  );
}

function xlsxInTime(runs: readonly MeasuredRun[]): string {
  const xlsx = runs.find((run) => run.label === 'xlsx');
  const target = `XLSX for ${XLSX_ARTICLES} articles under ${XLSX_MAX_SECONDS} s`;
  if (!xlsx) return `- ${target}: not run`;
  const figures = `${fixed(xlsx.seconds)} s wall, ${fixed(xlsx.cpuSeconds)} s CPU for ${xlsx.articles} articles`;
  if (xlsx.articles < XLSX_ARTICLES) {
    const projected = (xlsx.seconds * XLSX_ARTICLES) / xlsx.articles;
    return `- ${target}: not shown by this run (${figures}; ${fixed(projected, 0)} s if it grew linearly)`;
  }
  const perTarget = (xlsx.seconds * XLSX_ARTICLES) / xlsx.articles;
  return `- ${target}: ${met(perTarget < XLSX_MAX_SECONDS)} (${figures})`;
}

/**
 * Parquet against JSONL, on wall time and on CPU alike: on this shared machine either one alone
 * can flatter a format (a run slowed by another process, or work moved to a second thread).
 */
function parquetAsFastAsJsonl(runs: readonly MeasuredRun[]): string {
  const parquet = runs.find((run) => run.label === 'parquet');
  const jsonl = runs.find((run) => run.label === 'jsonl');
  const target = 'Parquet at least as fast as JSONL (wall time and CPU)';
  if (!parquet || !jsonl) return `- ${target}: not run (needs --formats with jsonl and parquet)`;
  const byWall = parquet.seconds <= jsonl.seconds;
  const byCpu = parquet.cpuSeconds <= jsonl.cpuSeconds;
  const judged = (ok: boolean): string => (ok ? 'as fast' : 'slower');
  return (
    `- ${target}: ${met(byWall && byCpu)} (wall: ${judged(byWall)}, CPU: ${judged(byCpu)}; ` +
    `parquet ${fixed(parquet.seconds, 2)} s wall, ${fixed(parquet.cpuSeconds, 2)} s CPU; ` +
    `jsonl ${fixed(jsonl.seconds, 2)} s wall, ${fixed(jsonl.cpuSeconds, 2)} s CPU)`
  );
}

/** One line per target of issue 19 point 4. */
export function exportVerdicts(baseline: MeasuredRun, runs: readonly MeasuredRun[]): string[] {
  return [
    flatMemory(runs),
    withinTwice(runs, baseline),
    xlsxInTime(runs),
    parquetAsFastAsJsonl(runs),
  ];
}
