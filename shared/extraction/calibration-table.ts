// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on no articles yet: every rule keeps its raw confidence.
import type { CalibrationTable } from './calibration';

export const CALIBRATION_TABLE: CalibrationTable = {};
