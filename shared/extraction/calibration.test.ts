import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calibrateConfidence, calibrateSuggestions, type CalibrationTable } from './calibration';
import { fitCalibration, fitCalibrationTable, type JudgedSuggestion } from './calibration-fit';
import type { Suggestion } from './types';

const judged = (raw: number, right: number, wrong: number): { raw: number; correct: boolean }[] => [
  ...Array.from({ length: right }, () => ({ raw, correct: true })),
  ...Array.from({ length: wrong }, () => ({ raw, correct: false })),
];

describe('fitCalibration', () => {
  it('with many samples, a bin calibrates to the share that was right', () => {
    const points = fitCalibration(judged(0.9, 60, 40), { priorWeight: 4 });
    expect(points).toHaveLength(1);
    // (60 + 4 × 0.9) / (100 + 4) = 0.6115…
    expect(points[0]!.calibrated).toBeCloseTo(0.612, 3);
    expect(points[0]!.samples).toBe(100);
  });

  it('with few samples, stays near what the rule claimed', () => {
    const [one] = fitCalibration(judged(0.9, 0, 1), { priorWeight: 4 });
    expect(one!.calibrated).toBeCloseTo((0 + 4 * 0.9) / 5, 3);
    expect(one!.calibrated).toBeGreaterThan(0.7);
    const [none] = fitCalibration([], { priorWeight: 4 });
    expect(none).toBeUndefined();
  });

  it('pools bins that would decrease, so a higher raw confidence never calibrates lower', () => {
    const points = fitCalibration([...judged(0.6, 18, 2), ...judged(0.95, 10, 10)], {
      priorWeight: 0,
    });
    expect(points.map((p) => p.raw)).toEqual([0.6, 0.95]);
    // 18/20 then 10/20 violate the order: both become the pooled 28/40, still a step apart.
    expect(points[0]!.calibrated).toBeCloseTo(0.7, 2);
    expect(points[1]!.calibrated).toBeCloseTo(0.7, 2);
    expect(points[1]!.calibrated).toBeGreaterThan(points[0]!.calibrated);
  });

  it('is monotone and within [0, 1] for any judged suggestions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ raw: fc.double({ min: 0, max: 1, noNaN: true }), correct: fc.boolean() }),
          {
            maxLength: 200,
          },
        ),
        fc.integer({ min: 0, max: 20 }),
        (samples, priorWeight) => {
          const points = fitCalibration(samples, { priorWeight });
          for (let i = 0; i < points.length; i++) {
            expect(points[i]!.calibrated).toBeGreaterThanOrEqual(0);
            expect(points[i]!.calibrated).toBeLessThanOrEqual(1);
            if (i > 0) {
              expect(points[i]!.raw).toBeGreaterThan(points[i - 1]!.raw);
              expect(points[i]!.calibrated).toBeGreaterThanOrEqual(points[i - 1]!.calibrated);
            }
          }
          expect(points.reduce((n, p) => n + p.samples, 0)).toBe(samples.length);
        },
      ),
    );
  });

  it('fits one entry per extractor', () => {
    const list: JudgedSuggestion[] = [
      ...judged(0.95, 9, 1).map((j) => ({ ...j, extractor: 'rule:byline@1' })),
      ...judged(0.75, 1, 9).map((j) => ({ ...j, extractor: 'rule:area@1' })),
    ];
    const table = fitCalibrationTable(list, { priorWeight: 0 });
    expect(Object.keys(table)).toEqual(['rule:area@1', 'rule:byline@1']);
    expect(table['rule:byline@1']![0]!.calibrated).toBeCloseTo(0.9, 3);
    expect(table['rule:area@1']![0]!.calibrated).toBeCloseTo(0.1, 3);
  });
});

describe('calibrateConfidence', () => {
  const points = [
    { raw: 0.4, calibrated: 0.2, samples: 10 },
    { raw: 0.75, calibrated: 0.5, samples: 10 },
    { raw: 0.95, calibrated: 0.9, samples: 10 },
  ];

  it('reads fitted points exactly and interpolates between them', () => {
    expect(calibrateConfidence(points, 0.75)).toBeCloseTo(0.5, 9);
    expect(calibrateConfidence(points, 0.85)).toBeCloseTo(0.7, 9);
    expect(calibrateConfidence(points, 1)).toBeCloseTo(0.9, 9);
  });

  it('never raises a raw confidence below the first fitted point', () => {
    const high = [{ raw: 0.6, calibrated: 0.85, samples: 40 }];
    expect(calibrateConfidence(high, 0.3)).toBe(0.3);
    expect(calibrateConfidence(points, 0.3)).toBe(0.2);
  });

  it('keeps the raw confidence without points', () => {
    expect(calibrateConfidence([], 0.83)).toBe(0.83);
  });

  it('is monotone and within [0, 1] over any raw confidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = calibrateConfidence(points, lo);
          const y = calibrateConfidence(points, hi);
          expect(x).toBeLessThanOrEqual(y + 1e-12);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('calibrateSuggestions', () => {
  const suggestion = (extractor: string, confidence: number): Suggestion => ({
    field: 'reporters',
    value: { name: '王某' },
    raw: '王某',
    spans: [{ start: 0, end: 2, text: '王某' }],
    extractor,
    confidence,
  });

  it("maps each suggestion through its own extractor's points and leaves others alone", () => {
    const table: CalibrationTable = {
      'rule:byline@1': [{ raw: 0.95, calibrated: 0.8, samples: 30 }],
    };
    const out = calibrateSuggestions(
      [suggestion('rule:byline@1', 0.95), suggestion('rule:byline@2', 0.95)],
      table,
    );
    expect(out.map((s) => s.confidence)).toEqual([0.8, 0.95]);
  });
});
