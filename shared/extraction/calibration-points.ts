/**
 * The shapes of the calibration table, apart from calibration.ts so the generated
 * calibration-table.ts can name its type without importing the module that imports it.
 */

/** One fitted point: suggestions at `raw` were right `calibrated` of the time (`samples` seen). */
export interface CalibrationPoint {
  raw: number;
  calibrated: number;
  samples: number;
}

/** Per extractor id (`rule:byline@1`): points ordered by `raw`, `calibrated` never decreasing. */
export type CalibrationTable = Readonly<Record<string, readonly CalibrationPoint[]>>;
