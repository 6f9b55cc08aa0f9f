/**
 * What the mentions of one institution are gathered into, shared by the grouping, the reading of
 * short forms and the rules that use the entities.
 */
import type { Division } from '../divisions';
import type { InstitutionMention } from '../institutions';
import type { PlaceMention } from '../place-mentions';

/** A division a short form is completed with, and the written name it was read from. */
export interface CompletingPlace {
  division: Division;
  start: number;
  end: number;
}

/** One institution and every mention of it, short forms included. */
export interface InstitutionEntity {
  /** The fullest name the article gives it, normalised (锦州市中心医院). */
  name: string;
  kind: InstitutionMention['kind'];
  mentions: InstitutionMention[];
  /** Whether the name is the article's own (a place-led name, a repeated or headline bare name). */
  trusted: boolean;
  /** The place a short form was completed with (市中心医院 + 锦州讯), and where it is written. */
  completedWith?: CompletingPlace;
}

/** The place names of the article, read only when a short form needs them. */
export type PlacesOf = () => readonly PlaceMention[];
