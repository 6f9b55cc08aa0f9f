/**
 * The confidence scale shared by all rules, so numbers from different extractors compare:
 * - 0.95 the text states the value in a fixed form (a byline, a 【column】 label);
 * - 0.9  a strong cue next to the value (kicker/headline naming the hospital, 总投资达…);
 * - 0.75 a clear cue in the same clause (面积 … 平方米, 与 X 合作);
 * - 0.6  a weaker cue, or a value derived from another one (province from the city's code);
 * - 0.4  a guess the curator should check (a byline name cut out of a merged OCR line).
 * Cardinality-one fields keep the highest-confidence suggestion; ties go to the earliest span.
 */
export const CONFIDENCE = {
  fixedForm: 0.95,
  strongCue: 0.9,
  clauseCue: 0.75,
  weakCue: 0.6,
  derived: 0.6,
  guess: 0.4,
} as const;

/** Below this a suggestion is low confidence: a lead for the curator to check, not a finding. */
export const LOW_CONFIDENCE = 0.5;

/**
 * The most any suggestion gets in an article that is not about the schema's subject (a school's
 * news in a hospital project): below LOW_CONFIDENCE, so no such value passes for a real find.
 */
export const OFF_SUBJECT_CONFIDENCE = 0.3;
