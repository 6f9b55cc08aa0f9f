import { describe, expect, it } from 'vitest';
import { exportVerdicts, type MeasuredRun } from './export-verdicts';

function run(label: string, articles: number, seconds: number, cpuSeconds = seconds): MeasuredRun {
  return { label, articles, seconds, cpuSeconds, firstHalfRssMb: 200, secondHalfRssMb: 210 };
}

describe('exportVerdicts', () => {
  it('says met or NOT met for each target it can judge at 1,000,000 articles', () => {
    const baseline = run('baseline', 1_000_000, 600);
    const lines = exportVerdicts(baseline, [
      run('jsonl', 1_000_000, 700, 650),
      run('csv', 1_000_000, 1300),
      run('xlsx', 1_000_000, 590),
      run('parquet', 1_000_000, 800),
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^- Flat memory at 1000000 articles: target met/);
    // CSV took 2.17× the baseline.
    expect(lines[1]).toMatch(/target NOT met/);
    expect(lines[1]).toContain('csv 2.17× wall');
    // 590 s for a million articles is 59 s for 100,000.
    expect(lines[2]).toMatch(/target met/);
    expect(lines[3]).toMatch(/target NOT met/);
  });

  it('never claims a target its run is too small to show', () => {
    const baseline = run('baseline', 10_000, 10);
    const lines = exportVerdicts(baseline, [run('jsonl', 10_000, 9), run('xlsx', 10_000, 12)]);
    expect(lines[0]).toContain('not shown by this run (10000 articles');
    expect(lines[1]).toMatch(/target met \(only jsonl was run\)/);
    expect(lines[2]).toContain('not shown by this run');
    expect(lines[2]).toContain('120 s if it grew linearly');
    expect(lines[3]).toContain('not run');
  });

  it('calls Parquet as fast as JSONL only when it is on wall time and on CPU both', () => {
    const baseline = run('baseline', 100_000, 30);
    const verdict = (parquet: MeasuredRun): string =>
      exportVerdicts(baseline, [run('jsonl', 100_000, 43, 43), parquet])[3]!;
    expect(verdict(run('parquet', 100_000, 42, 42))).toMatch(
      /: target met \(wall: as fast, CPU: as fast;/,
    );
    // Faster by the clock (a second core), dearer in CPU: not met.
    expect(verdict(run('parquet', 100_000, 40, 45))).toMatch(
      /: target NOT met \(wall: as fast, CPU: slower;/,
    );
    expect(verdict(run('parquet', 100_000, 45, 42))).toMatch(
      /: target NOT met \(wall: slower, CPU: as fast;/,
    );
    expect(verdict(run('parquet', 100_000, 45, 42))).toContain('parquet 45.00 s wall, 42.00 s CPU');
  });

  it('calls memory that grows in the second half of an export not flat', () => {
    const growing = { ...run('parquet', 1_000_000, 500), secondHalfRssMb: 400 };
    const [flat] = exportVerdicts(run('baseline', 1_000_000, 600), [growing]);
    expect(flat).toMatch(/target NOT met/);
    expect(flat).toContain('parquet +200.0 MB');
  });
});
