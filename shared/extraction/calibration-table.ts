// Written by `npm run calibrate:extraction` (bench/extraction-quality.ts --calibrate); do not edit.
// Fitted on 67 articles (seeds and bench/articles/): per rule, raw confidence → share right.
import type { CalibrationTable } from './calibration';

export const CALIBRATION_TABLE: CalibrationTable = {
  'rule:area@1': [
    { raw: 0.6, calibrated: 0.567, samples: 2 },
    { raw: 0.75, calibrated: 0.833, samples: 26 },
  ],
  'rule:beds@1': [{ raw: 0.75, calibrated: 0.931, samples: 25 }],
  'rule:byline@1': [
    { raw: 0.4, calibrated: 0.433, samples: 2 },
    { raw: 0.95, calibrated: 0.926, samples: 53 },
  ],
  'rule:centers@1': [{ raw: 0.75, calibrated: 0.557, samples: 102 }],
  'rule:column@1': [{ raw: 0.95, calibrated: 0.787, samples: 11 }],
  'rule:events@1': [
    { raw: 0.6, calibrated: 0.693, samples: 50 },
    { raw: 0.75, calibrated: 0.694, samples: 58 },
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
    { raw: 0.9, calibrated: 0.96, samples: 31 },
  ],
  'rule:investment@1': [
    { raw: 0.75, calibrated: 0.75, samples: 8 },
    { raw: 0.9, calibrated: 0.773, samples: 11 },
  ],
  'rule:metrics@1': [{ raw: 0.6, calibrated: 0.841, samples: 163 }],
  'rule:partners@1': [
    { raw: 0.6, calibrated: 0.67, samples: 16 },
    { raw: 0.75, calibrated: 0.818, samples: 18 },
  ],
  'rule:people@1': [
    { raw: 0.6, calibrated: 0.711, samples: 5 },
    { raw: 0.75, calibrated: 0.825, samples: 59 },
  ],
  'rule:place@1': [
    { raw: 0.6, calibrated: 0.835, samples: 28 },
    { raw: 0.75, calibrated: 0.836, samples: 10 },
    { raw: 0.9, calibrated: 0.995, samples: 78 },
  ],
  'rule:title@1': [{ raw: 0.9, calibrated: 0.734, samples: 54 }],
};
