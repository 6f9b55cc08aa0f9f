/** Every built-in extractor by id: what a schema's `extractors` lists refer to. */
import { columnRule, titleRule } from './rules/headline';
import { areaRule, bedsRule, investmentRule, metricsRule } from './rules/figures';
import { eventsRule } from './rules/events';
import { honorsRule } from './rules/honors';
import { hospitalRule } from './rules/hospital';
import { centersRule, foundedRule, partnersRule } from './rules/organisation';
import { bylineRule } from './rules/bylines';
import { peopleRule } from './rules/people';
import { placeRule } from './rules/places';
import type { Extractor } from './types';

export const BUILT_IN_EXTRACTORS: readonly Extractor[] = [
  hospitalRule,
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
