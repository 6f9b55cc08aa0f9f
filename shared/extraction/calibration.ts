/**
 * Calibrated confidence: each rule states its confidence on the shared scale of confidence.ts,
 * but whether a rule's 0.9 is right nine times in ten is a measured fact, not a promise. The
 * table (calibration-table.ts, written by `npm run calibrate:extraction`) maps, per extractor id
 * and version, the rule's raw confidence to the share of such suggestions that were right on the
 * seeds and the written test articles. A rule whose version is not in the table (a new rule, or
 * one bumped since the table was fitted) keeps its raw confidence until the table is refitted.
 */
import { CALIBRATION_TABLE } from './calibration-table';
import type { CalibrationPoint, CalibrationTable } from './calibration-points';
import type { Suggestion } from './types';

export type { CalibrationPoint, CalibrationTable } from './calibration-points';

/**
 * The calibrated confidence of a raw one: linear between fitted points, so unseen raw values
 * between two points land between them; above the last point it stays at the last. Below the
 * first point no sample says anything, and a rule (or the relevance check) that went that low
 * meant "check this": the raw confidence is kept, capped at the first point, never raised.
 * Monotone in `raw` and within [0, 1].
 */
export function calibrateConfidence(points: readonly CalibrationPoint[], raw: number): number {
  if (points.length === 0) return raw;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  if (raw < first.raw) return Math.min(raw, first.calibrated);
  if (raw >= last.raw) return last.calibrated;
  let i = 1;
  while (points[i]!.raw < raw) i++;
  const lo = points[i - 1]!;
  const hi = points[i]!;
  const t = (raw - lo.raw) / (hi.raw - lo.raw);
  return lo.calibrated + t * (hi.calibrated - lo.calibrated);
}

/** Rounded so stored and exported confidences stay short and comparable. */
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** The suggestions with their confidence replaced by the calibrated one of their extractor. */
export function calibrateSuggestions(
  suggestions: Suggestion[],
  table: CalibrationTable = CALIBRATION_TABLE,
): Suggestion[] {
  return suggestions.map((s) => {
    const points = table[s.extractor];
    if (!points) return s;
    return { ...s, confidence: round3(calibrateConfidence(points, s.confidence)) };
  });
}
