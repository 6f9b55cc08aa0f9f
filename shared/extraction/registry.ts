/**
 * Every built-in extractor by id: what a schema's `extractors` lists refer to. The map is also the
 * catalogue saving a schema checks its mapping against (parseFieldSchema's `extractors` option).
 */
import type { ExtractorDeclaration } from '../schema';
import { columnRule, titleRule } from './rules/headline';
import { areaRule, bedsRule, investmentRule, metricsRule } from './rules/figures';
import { eventsRule } from './rules/events';
import { honorsRule } from './rules/honors';
import { hospitalRule, subjectRule } from './rules/hospital';
import { centersRule, partnersRule } from './rules/organisation';
import { foundedRule } from './rules/founded';
import { bylineRule } from './rules/bylines';
import { peopleRule } from './rules/people';
import { placeRule } from './rules/places';
import type { Extractor } from './types';

export const BUILT_IN_EXTRACTORS: readonly Extractor[] = [
  hospitalRule,
  subjectRule,
  placeRule,
  titleRule,
  columnRule,
  bylineRule,
  peopleRule,
  honorsRule,
  investmentRule,
  areaRule,
  bedsRule,
  foundedRule,
  partnersRule,
  centersRule,
  metricsRule,
  eventsRule,
];

export const EXTRACTORS_BY_ID: ReadonlyMap<string, Extractor> = new Map(
  BUILT_IN_EXTRACTORS.map((e) => [e.id, e]),
);

/** The declarations alone (id, outputs with their kinds, options), as JSON-safe data. */
export const EXTRACTOR_DECLARATIONS: readonly ExtractorDeclaration[] = BUILT_IN_EXTRACTORS.map(
  ({ id, outputs, options }) => (options ? { id, outputs, options } : { id, outputs }),
);
