import type { ProjectDatabase } from '../database/open-project';
import {
  decidedPackageValues,
  packageActorsSince,
  packageValueAuthors,
  recordedAnnotations,
  writeMeta,
  type CuratorValueRow,
} from '../database/packages-repository';
import { compareAnnotations, type AgreementReport, type AnnotationSide } from './agreement';
import type { IdMaps } from './merged-audit-row';
import type { PackageStamp } from './package-stamp';

/** The meta key prefix of a merged package's annotation. */
export const ANNOTATION_KEY_PREFIX = 'annotation:';

/**
 * One value of a curator's version, under the project's ids. `id` is the value's id in the
 * project; a value the curator added that the merge did not apply (a conflict kept the project's
 * side of its article) has no project id and keeps its package id, negated, so it is still part
 * of the curator's version. Records of packages merged before versions were kept whole lack
 * `value`, `raw`, `spanTexts`, `actor` and `at`.
 */
export interface CuratorValue extends Omit<CuratorValueRow, 'value' | 'raw' | 'spanTexts'> {
  value?: string;
  raw?: string;
  spanTexts?: string;
  actor?: string | null;
  at?: string | null;
}

/** A merged package's curator and the values they decided, under the project's ids. */
export interface RecordedAnnotation {
  packageId: string;
  curator: string;
  mergedAt: string;
  /** The stamped articles the package carried. */
  articles: number[];
  /** The values' stamped ids (those both sides started from). */
  stamped: number[];
  values: CuratorValue[];
}

/**
 * Keeps the package curator's version of the articles it carried in the project's meta, in the
 * merge's transaction: every value they decided with its content, state, spans (and their text),
 * and who changed it last and when, ids renamed to the project's. After two overlapping packages
 * are merged, both curators' versions stay side by side for agreement and adjudication whatever
 * the merge took. In meta, not a table, so no migration is needed; it is read whole, which suits
 * the few dozen packages a team merges.
 */
export function recordAnnotation(
  db: ProjectDatabase,
  input: { stamp: PackageStamp; ids: IdMaps; at: string },
): void {
  const { stamp, ids } = input;
  const authors = packageValueAuthors(db, stamp.auditBase);
  const values = decidedPackageValues(db).flatMap((v): CuratorValue[] => {
    const articleId = ids.article.get(v.articleId);
    if (articleId === undefined) return [];
    const stamped = stamp.values[v.id] !== undefined;
    const id = ids.value.get(v.id) ?? (stamped ? undefined : -v.id);
    if (id === undefined) return [];
    const author = authors.get(v.id);
    return [{ ...v, id, articleId, actor: author?.actor ?? null, at: author?.at ?? null }];
  });
  const record: RecordedAnnotation = {
    packageId: stamp.packageId,
    curator: packageActorsSince(db, stamp.auditBase)[0] ?? stamp.createdBy,
    mergedAt: input.at,
    articles: Object.keys(stamp.articles).map(Number),
    stamped: values.filter((v) => stamp.values[v.id] !== undefined).map((v) => v.id),
    values,
  };
  writeMeta(db, 'main', ANNOTATION_KEY_PREFIX + stamp.packageId, JSON.stringify(record));
}

/** Every merged package's curator version, oldest merge first. */
export function readAnnotations(db: ProjectDatabase): RecordedAnnotation[] {
  return recordedAnnotations(db).map((text) => JSON.parse(text) as RecordedAnnotation);
}

/** Where two curators' versions of one value differ, for a reviewer to adjudicate. */
export interface Disagreement {
  /** Stable across calls: the two packages and the versions' ids. */
  key: string;
  articleId: number;
  field: string;
  /** The value's id in the project (negative: a value only in a package, see CuratorValue). */
  valueId: number;
  curators: [string, string];
  packages: [string, string];
  /** Each curator's version; null: that curator has no such value. */
  versions: [CuratorValue | null, CuratorValue | null];
}

export interface ProjectAgreement {
  pairs: AgreementReport[];
  /** Every disagreement of the curators, adjudicated or not: what the figures describe. */
  disagreements: Disagreement[];
}

function sideOf(record: RecordedAnnotation): AnnotationSide {
  const stamped = new Set(record.stamped);
  return {
    curator: record.curator,
    articles: new Set(record.articles),
    stamped: (id) => stamped.has(id),
    values: record.values,
  };
}

/**
 * Agreement of every pair of merged packages that share articles (double annotation): the same
 * figures as `gleaner package agreement` computes from the two files, and the values their
 * curators decided differently (a value one kept and the other rejected, edited differently or
 * does not have), which a reviewer adjudicates. The figures are the curators': adjudicating
 * changes the project, never these.
 */
export function projectAgreement(db: ProjectDatabase): ProjectAgreement {
  const records = readAnnotations(db);
  const pairs: AgreementReport[] = [];
  const disagreements: Disagreement[] = [];
  for (let i = 0; i < records.length; i++)
    for (let j = i + 1; j < records.length; j++) {
      const a = records[i]!;
      const b = records[j]!;
      const shared = new Set(a.articles.filter((id) => b.articles.includes(id)));
      if (shared.size === 0) continue;
      pairs.push(compareAnnotations(sideOf(a), sideOf(b)));
      disagreements.push(...differences(a, b, shared));
    }
  return { pairs, disagreements };
}

/**
 * One disagreement by its key, comparing only the two packages it names and only the article
 * its values are in: deciding one disagreement costs what those two versions of that article
 * cost, not every pair of packages.
 */
export function disagreementOf(db: ProjectDatabase, key: string): Disagreement | undefined {
  const [packageA, packageB, idA, idB] = key.split('|');
  const records = readAnnotations(db);
  const a = records.find((r) => r.packageId === packageA);
  const b = records.find((r) => r.packageId === packageB);
  if (!a || !b) return undefined;
  const held =
    a.values.find((v) => String(v.id) === idA) ?? b.values.find((v) => String(v.id) === idB);
  if (!held || !a.articles.includes(held.articleId) || !b.articles.includes(held.articleId))
    return undefined;
  return differences(a, b, new Set([held.articleId])).find((d) => d.key === key);
}

const content = (v: CuratorValue) => `${v.state}|${v.valueKey}|${v.spans}`;
/** A value a curator added, as the other curator could have added the very same one. */
const addedContent = (v: CuratorValue) => `${v.articleId}|${v.fieldKey}|${content(v)}`;

/**
 * Values of the shared articles the two curators decided differently. A value both started
 * from (stamped) is matched by its id; a value each added on their own is matched by what it
 * holds (article, field, content and exact spans), so the same value added by both agrees.
 */
function differences(
  a: RecordedAnnotation,
  b: RecordedAnnotation,
  shared: ReadonlySet<number>,
): Disagreement[] {
  const stampedIds = new Set([...a.stamped, ...b.stamped]);
  const ofB = new Map<number, CuratorValue>();
  const addedByB = new Map<string, CuratorValue[]>();
  for (const v of b.values) {
    if (!shared.has(v.articleId)) continue;
    if (stampedIds.has(v.id)) ofB.set(v.id, v);
    else addedByB.set(addedContent(v), [...(addedByB.get(addedContent(v)) ?? []), v]);
  }
  const found: Disagreement[] = [];
  for (const v of a.values) {
    if (!shared.has(v.articleId)) continue;
    if (stampedIds.has(v.id)) {
      const other = ofB.get(v.id) ?? null;
      ofB.delete(v.id);
      if (!other || content(other) !== content(v)) found.push(disagreement(a, b, v, other));
      continue;
    }
    const twins = addedByB.get(addedContent(v));
    if (twins && twins.length > 0) twins.shift();
    else found.push(disagreement(a, b, v, null));
  }
  for (const v of ofB.values()) found.push(disagreement(a, b, null, v));
  for (const list of addedByB.values())
    for (const v of list) found.push(disagreement(a, b, null, v));
  return found.sort((x, y) => x.articleId - y.articleId || x.field.localeCompare(y.field));
}

function disagreement(
  a: RecordedAnnotation,
  b: RecordedAnnotation,
  ofA: CuratorValue | null,
  ofB: CuratorValue | null,
): Disagreement {
  const held = (ofA ?? ofB)!;
  return {
    key: `${a.packageId}|${b.packageId}|${ofA?.id ?? ''}|${ofB?.id ?? ''}`,
    articleId: held.articleId,
    field: held.fieldKey,
    valueId: held.id,
    curators: [a.curator, b.curator],
    packages: [a.packageId, b.packageId],
    versions: [ofA, ofB],
  };
}
