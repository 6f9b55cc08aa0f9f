// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on 57 articles (seeds and bench/articles/): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration';

export const CALIBRATION_TABLE: CalibrationTable = {
  'rule:area@1': [
    { raw: 0.6, calibrated: 0.567, samples: 2 },
    { raw: 0.75, calibrated: 0.846, samples: 22 },
  ],
  'rule:beds@1': [{ raw: 0.75, calibrated: 0.923, samples: 22 }],
  'rule:byline@1': [
    { raw: 0.4, calibrated: 0.433, samples: 2 },
    { raw: 0.95, calibrated: 0.937, samples: 47 },
  ],
  'rule:centers@1': [{ raw: 0.75, calibrated: 0.567, samples: 93 }],
  'rule:column@1': [{ raw: 0.95, calibrated: 0.843, samples: 10 }],
  'rule:events@1': [
    { raw: 0.6, calibrated: 0.697, samples: 45 },
    { raw: 0.75, calibrated: 0.698, samples: 48 },
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
    { raw: 0.6, calibrated: 0.783, samples: 8 },
    { raw: 0.75, calibrated: 0.8, samples: 1 },
    { raw: 0.9, calibrated: 0.953, samples: 26 },
  ],
  'rule:investment@1': [
    { raw: 0.75, calibrated: 0.727, samples: 7 },
    { raw: 0.9, calibrated: 0.757, samples: 10 },
  ],
  'rule:metrics@1': [{ raw: 0.6, calibrated: 0.853, samples: 157 }],
  'rule:partners@1': [
    { raw: 0.6, calibrated: 0.653, samples: 15 },
    { raw: 0.75, calibrated: 0.857, samples: 17 },
  ],
  'rule:people@1': [
    { raw: 0.6, calibrated: 0.8, samples: 4 },
    { raw: 0.75, calibrated: 0.83, samples: 49 },
  ],
  'rule:place@1': [
    { raw: 0.6, calibrated: 0.81, samples: 22 },
    { raw: 0.75, calibrated: 0.811, samples: 10 },
    { raw: 0.9, calibrated: 0.994, samples: 66 },
  ],
  'rule:title@1': [{ raw: 0.9, calibrated: 0.737, samples: 47 }],
};
