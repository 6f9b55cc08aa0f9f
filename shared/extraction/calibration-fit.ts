/**
 * Fitting the calibration table (calibration.ts) from judged suggestions: for each extractor,
 * binned by raw confidence, the share that was right, pulled towards the rule's own raw
 * confidence when a bin has few samples, then made monotone by isotonic regression (pool
 * adjacent violators), so a higher raw confidence never calibrates lower.
 */
import type { CalibrationPoint, CalibrationTable } from './calibration';

/** A suggestion the benchmark judged against the reference. */
export interface JudgedSuggestion {
  extractor: string;
  /** The rule's own (uncalibrated) confidence. */
  raw: number;
  correct: boolean;
}

export interface FitOptions {
  /**
   * Weight of the prior (the rule's raw confidence) in pseudo-samples: with 4, a bin of 4 samples
   * lands halfway between what was measured and what the rule claimed.
   */
  priorWeight?: number;
  /** Width of a raw-confidence bin; rules use a few fixed levels, so 0.01 keeps each apart. */
  binWidth?: number;
}

interface Block {
  raw: number;
  weight: number;
  value: number;
  samples: number;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
/** Gap kept between bins of one pooled block (one step of the stored precision). */
const TIE_STEP = 0.001;

/** The fitted points of one extractor's judged suggestions (all of the same extractor). */
export function fitCalibration(
  judged: readonly Pick<JudgedSuggestion, 'raw' | 'correct'>[],
  options: FitOptions = {},
): CalibrationPoint[] {
  const priorWeight = options.priorWeight ?? 4;
  const binWidth = options.binWidth ?? 0.01;
  const bins = new Map<number, { right: number; samples: number }>();
  for (const { raw, correct } of judged) {
    if (!Number.isFinite(raw)) continue;
    const key = Math.round(Math.min(1, Math.max(0, raw)) / binWidth);
    const bin = bins.get(key) ?? { right: 0, samples: 0 };
    bin.samples++;
    if (correct) bin.right++;
    bins.set(key, bin);
  }
  // Pool adjacent violators over the bins in raw order, each weighted by its samples plus prior.
  const blocks: (Block & { members: Block[] })[] = [];
  for (const key of [...bins.keys()].sort((a, b) => a - b)) {
    const { right, samples } = bins.get(key)!;
    const raw = round3(key * binWidth);
    const weight = samples + priorWeight;
    const value = weight === 0 ? raw : (right + priorWeight * raw) / weight;
    const block: Block = { raw, weight, value, samples };
    blocks.push({ ...block, members: [block] });
    while (
      blocks.length > 1 &&
      blocks[blocks.length - 2]!.value > blocks[blocks.length - 1]!.value
    ) {
      const top = blocks.pop()!;
      const below = blocks.pop()!;
      const weightSum = below.weight + top.weight;
      blocks.push({
        raw: below.raw,
        weight: weightSum,
        value: (below.value * below.weight + top.value * top.weight) / weightSum,
        samples: below.samples + top.samples,
        members: [...below.members, ...top.members],
      });
    }
  }
  // Bins pooled into one block keep their order by a step of TIE_STEP around the pooled value:
  // the samples cannot tell them apart, but the rule's own ranking is still the best guess, and
  // a tie would lose it wherever suggestions are sorted by confidence.
  const out: CalibrationPoint[] = [];
  for (const b of blocks) {
    const k = b.members.length;
    b.members.forEach((m, j) => {
      const spread = b.value + (j - Math.floor((k - 1) / 2)) * TIE_STEP;
      const floor = out.length > 0 ? out[out.length - 1]!.calibrated : 0;
      out.push({
        raw: m.raw,
        calibrated: round3(Math.max(floor, Math.min(1, Math.max(0, spread)))),
        samples: m.samples,
      });
    });
  }
  return out;
}

/** A table with one entry per extractor seen among the judged suggestions. */
export function fitCalibrationTable(
  judged: readonly JudgedSuggestion[],
  options: FitOptions = {},
): CalibrationTable {
  const byExtractor = new Map<string, JudgedSuggestion[]>();
  for (const j of judged) {
    const list = byExtractor.get(j.extractor) ?? [];
    list.push(j);
    byExtractor.set(j.extractor, list);
  }
  const table: Record<string, CalibrationPoint[]> = {};
  for (const id of [...byExtractor.keys()].sort())
    table[id] = fitCalibration(byExtractor.get(id)!, options);
  return table;
}
