// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on 176 articles (seeds, bench/articles/ and 105 real pages kept outside the repo): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration-points';

export const CALIBRATION_TABLE: CalibrationTable = {
  'rule:area@1': [
    { raw: 0.3, calibrated: 0.071, samples: 13 },
    { raw: 0.6, calibrated: 0.567, samples: 2 },
    { raw: 0.75, calibrated: 0.907, samples: 39 },
  ],
  'rule:beds@1': [{ raw: 0.75, calibrated: 0.952, samples: 59 }],
  'rule:byline@1': [
    { raw: 0.3, calibrated: 0.067, samples: 14 },
    { raw: 0.6, calibrated: 0.847, samples: 13 },
    { raw: 0.9, calibrated: 0.96, samples: 6 },
    { raw: 0.95, calibrated: 0.97, samples: 102 },
  ],
  'rule:centers@1': [
    { raw: 0.3, calibrated: 0.092, samples: 9 },
    { raw: 0.75, calibrated: 0.656, samples: 89 },
  ],
  'rule:column@1': [{ raw: 0.95, calibrated: 0.853, samples: 11 }],
  'rule:events@1': [
    { raw: 0.3, calibrated: 0.15, samples: 4 },
    { raw: 0.6, calibrated: 0.835, samples: 48 },
    { raw: 0.75, calibrated: 0.938, samples: 44 },
  ],
  'rule:founded@1': [
    { raw: 0.6, calibrated: 0.84, samples: 6 },
    { raw: 0.9, calibrated: 0.892, samples: 9 },
  ],
  'rule:honors@1': [
    { raw: 0.6, calibrated: 0.711, samples: 5 },
    { raw: 0.75, calibrated: 0.858, samples: 12 },
    { raw: 0.9, calibrated: 0.859, samples: 25 },
  ],
  'rule:hospital@1': [
    { raw: 0.6, calibrated: 0.793, samples: 23 },
    { raw: 0.75, calibrated: 0.882, samples: 13 },
    { raw: 0.9, calibrated: 0.947, samples: 79 },
  ],
  'rule:investment@1': [
    { raw: 0.3, calibrated: 0.052, samples: 19 },
    { raw: 0.75, calibrated: 0.783, samples: 19 },
    { raw: 0.9, calibrated: 0.944, samples: 21 },
  ],
  'rule:metrics@1': [{ raw: 0.6, calibrated: 0.939, samples: 153 }],
  'rule:partners@1': [
    { raw: 0.6, calibrated: 0.67, samples: 16 },
    { raw: 0.75, calibrated: 0.852, samples: 23 },
  ],
  'rule:people@1': [
    { raw: 0.3, calibrated: 0.124, samples: 30 },
    { raw: 0.6, calibrated: 0.893, samples: 11 },
    { raw: 0.75, calibrated: 0.975, samples: 358 },
  ],
  'rule:place@1': [
    { raw: 0.6, calibrated: 0.961, samples: 96 },
    { raw: 0.75, calibrated: 0.962, samples: 14 },
    { raw: 0.9, calibrated: 0.997, samples: 124 },
  ],
  'rule:title@1': [
    { raw: 0.3, calibrated: 0.08, samples: 11 },
    { raw: 0.6, calibrated: 0.733, samples: 2 },
    { raw: 0.9, calibrated: 0.941, samples: 104 },
  ],
};
