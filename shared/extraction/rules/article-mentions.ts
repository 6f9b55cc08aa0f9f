/**
 * The institutions, datelines and place names of an article, each read once per article and
 * shared by the hospital, organisation and place rules, which all start from them.
 */
import { findDatelinePlaces, type DatelinePlace } from '../datelines';
import { findInstitutions, type InstitutionMention } from '../institutions';
import { classifyPlaceMentions, type PlaceMention } from '../place-mentions';
import { subjectInstitutionOf } from '../../schema';
import type { ExtractionContext } from '../types';

export function institutionsOf(ctx: ExtractionContext): InstitutionMention[] {
  return ctx.memo('institutions', () =>
    findInstitutions(ctx.article.text, subjectInstitutionOf(ctx.schema)),
  );
}

export function datelinesOf(ctx: ExtractionContext): DatelinePlace[] {
  return ctx.memo('datelines', () => findDatelinePlaces(ctx.article.text));
}

export function placeMentionsOf(ctx: ExtractionContext): PlaceMention[] {
  return ctx.memo('place-mentions', () =>
    classifyPlaceMentions(ctx.article.text, institutionsOf(ctx)),
  );
}
