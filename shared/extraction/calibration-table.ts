// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on 68 articles (seeds and bench/articles/): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration';

export const CALIBRATION_TABLE: CalibrationTable = {
  'rule:area@1': [
    { raw: 0.6, calibrated: 0.567, samples: 2 },
    { raw: 0.75, calibrated: 0.833, samples: 26 },
  ],
  'rule:beds@1': [{ raw: 0.75, calibrated: 0.933, samples: 26 }],
  'rule:byline@1': [
    { raw: 0.4, calibrated: 0.433, samples: 2 },
    { raw: 0.95, calibrated: 0.928, samples: 54 },
  ],
  'rule:centers@1': [{ raw: 0.75, calibrated: 0.557, samples: 102 }],
  'rule:column@1': [{ raw: 0.95, calibrated: 0.787, samples: 11 }],
  'rule:events@1': [
    { raw: 0.6, calibrated: 0.696, samples: 50 },
    { raw: 0.75, calibrated: 0.697, samples: 59 },
  ],
  'rule:founded@1': [
    { raw: 0.6, calibrated: 0.567, samples: 2 },
    { raw: 0.9, calibrated: 0.86, samples: 6 },
  ],
  'rule:honors@1': [
    { raw: 0.6, calibrated: 0.711, samples: 5 },
    { raw: 0.75, calibrated: 0.889, samples: 5 },
    { raw: 0.9, calibrated: 0.936, samples: 18 },
  ],
  'rule:hospital@1': [
    { raw: 0.6, calibrated: 0.8, samples: 9 },
    { raw: 0.75, calibrated: 0.8, samples: 1 },
    { raw: 0.9, calibrated: 0.961, samples: 32 },
  ],
  'rule:investment@1': [
    { raw: 0.75, calibrated: 0.769, samples: 9 },
    { raw: 0.9, calibrated: 0.773, samples: 11 },
  ],
  'rule:metrics@1': [{ raw: 0.6, calibrated: 0.842, samples: 164 }],
  'rule:partners@1': [
    { raw: 0.6, calibrated: 0.67, samples: 16 },
    { raw: 0.75, calibrated: 0.826, samples: 19 },
  ],
  'rule:people@1': [
    { raw: 0.6, calibrated: 0.711, samples: 5 },
    { raw: 0.75, calibrated: 0.831, samples: 61 },
  ],
  'rule:place@1': [
    { raw: 0.6, calibrated: 0.838, samples: 29 },
    { raw: 0.75, calibrated: 0.839, samples: 10 },
    { raw: 0.9, calibrated: 0.995, samples: 80 },
  ],
  'rule:title@1': [{ raw: 0.9, calibrated: 0.739, samples: 55 }],
};
