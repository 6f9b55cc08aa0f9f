/**
 * The schemas a new project may start with besides a file of the user's: `hospital-news` (the
 * sample schema, shipped in seeds/ and read on the Node side), `company-news` (written to show
 * the rules are not tied to hospitals) and `empty` (fields are added in Fields…).
 */
import companyNewsJson from './company-news.schema.json';
import emptyJson from './empty.schema.json';

export const BUILT_IN_SCHEMA_NAMES = ['hospital-news', 'company-news', 'empty'] as const;
export type BuiltInSchemaName = (typeof BUILT_IN_SCHEMA_NAMES)[number];

export function isBuiltInSchemaName(name: string): name is BuiltInSchemaName {
  return (BUILT_IN_SCHEMA_NAMES as readonly string[]).includes(name);
}

/** The built-in schemas' JSON kept in shared/ (hospital-news is in seeds/). */
export const SHARED_BUILT_IN_SCHEMAS: Readonly<Record<'company-news' | 'empty', unknown>> = {
  'company-news': companyNewsJson,
  empty: emptyJson,
};
