// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on 69 articles (seeds and bench/articles/): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration-points';

export const CALIBRATION_TABLE: CalibrationTable = {
  'rule:area@1': [
    { raw: 0.3, calibrated: 0.15, samples: 4 },
    { raw: 0.6, calibrated: 0.68, samples: 1 },
    { raw: 0.75, calibrated: 0.962, samples: 22 },
  ],
  'rule:beds@1': [{ raw: 0.75, calibrated: 0.968, samples: 27 }],
  'rule:byline@1': [
    { raw: 0.3, calibrated: 0.15, samples: 4 },
    { raw: 0.6, calibrated: 0.8, samples: 4 },
    { raw: 0.95, calibrated: 0.996, samples: 51 },
  ],
  'rule:centers@1': [
    { raw: 0.3, calibrated: 0.092, samples: 9 },
    { raw: 0.75, calibrated: 0.649, samples: 90 },
  ],
  'rule:column@1': [{ raw: 0.95, calibrated: 0.853, samples: 11 }],
  'rule:events@1': [
    { raw: 0.3, calibrated: 0.15, samples: 4 },
    { raw: 0.6, calibrated: 0.835, samples: 48 },
    { raw: 0.75, calibrated: 0.918, samples: 45 },
  ],
  'rule:founded@1': [
    { raw: 0.6, calibrated: 0.733, samples: 2 },
    { raw: 0.9, calibrated: 0.86, samples: 6 },
  ],
  'rule:honors@1': [
    { raw: 0.6, calibrated: 0.711, samples: 5 },
    { raw: 0.75, calibrated: 0.909, samples: 7 },
    { raw: 0.9, calibrated: 0.936, samples: 18 },
  ],
  'rule:hospital@1': [
    { raw: 0.6, calibrated: 0.629, samples: 3 },
    { raw: 0.75, calibrated: 0.8, samples: 1 },
    { raw: 0.9, calibrated: 0.976, samples: 55 },
  ],
  'rule:investment@1': [
    { raw: 0.3, calibrated: 0.15, samples: 4 },
    { raw: 0.75, calibrated: 0.857, samples: 10 },
    { raw: 0.9, calibrated: 0.967, samples: 8 },
  ],
  'rule:metrics@1': [{ raw: 0.6, calibrated: 0.939, samples: 153 }],
  'rule:partners@1': [
    { raw: 0.6, calibrated: 0.67, samples: 16 },
    { raw: 0.75, calibrated: 0.852, samples: 23 },
  ],
  'rule:people@1': [
    { raw: 0.3, calibrated: 0.092, samples: 9 },
    { raw: 0.6, calibrated: 0.733, samples: 2 },
    { raw: 0.75, calibrated: 0.971, samples: 64 },
  ],
  'rule:place@1': [
    { raw: 0.6, calibrated: 0.96, samples: 53 },
    { raw: 0.75, calibrated: 0.961, samples: 4 },
    { raw: 0.9, calibrated: 0.995, samples: 80 },
  ],
  'rule:title@1': [
    { raw: 0.3, calibrated: 0.12, samples: 6 },
    { raw: 0.6, calibrated: 0.733, samples: 2 },
    { raw: 0.9, calibrated: 0.928, samples: 57 },
  ],
};
