import type { ProjectDatabase } from '../database/open-project';
import {
  decidedPackageValues,
  packageActorsSince,
  recordedAnnotations,
  writeMeta,
  type AgreementValueRow,
} from '../database/packages-repository';
import { compareAnnotations, type AgreementReport, type AnnotationSide } from './agreement';
import type { IdMaps } from './merged-audit-row';
import type { PackageStamp } from './package-stamp';

/** The meta key prefix of a merged package's annotation. */
export const ANNOTATION_KEY_PREFIX = 'annotation:';

/** A merged package's curator and the values they decided, under the project's ids. */
interface RecordedAnnotation {
  packageId: string;
  curator: string;
  mergedAt: string;
  /** The stamped articles the package carried. */
  articles: number[];
  /** The values' stamped ids (those both sides started from). */
  stamped: number[];
  values: AgreementValueRow[];
}

/**
 * Keeps the package curator's version of the articles it carried (the values they decided, ids
 * renamed to the project's) in the project's meta, in the merge's transaction: after two
 * overlapping packages are merged, their curators' versions stay side by side for agreement and
 * adjudication whatever the merge took. In meta, not a table, so no migration is needed; it is
 * read whole, which suits the few dozen packages a team merges.
 */
export function recordAnnotation(
  db: ProjectDatabase,
  input: { stamp: PackageStamp; ids: IdMaps; at: string },
): void {
  const { stamp, ids } = input;
  const values = decidedPackageValues(db).flatMap((v) => {
    const articleId = ids.article.get(v.articleId);
    const id = ids.value.get(v.id);
    return articleId === undefined || id === undefined ? [] : [{ ...v, id, articleId }];
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

/** Where two curators' versions of one value differ, for a reviewer to adjudicate. */
export interface Disagreement {
  articleId: number;
  field: string;
  /** The value's id in the project. */
  valueId: number;
  curators: [string, string];
  /** Each curator's version: state, value key and spans; null: that curator has no such value. */
  versions: [AgreementValueRow | null, AgreementValueRow | null];
}

export interface ProjectAgreement {
  pairs: AgreementReport[];
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
 * does not have), which a reviewer adjudicates.
 */
export function projectAgreement(db: ProjectDatabase): ProjectAgreement {
  const records = recordedAnnotations(db).map((text) => JSON.parse(text) as RecordedAnnotation);
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

function differences(
  a: RecordedAnnotation,
  b: RecordedAnnotation,
  shared: ReadonlySet<number>,
): Disagreement[] {
  const content = (v: AgreementValueRow) => `${v.state}|${v.valueKey}|${v.spans}`;
  const ofB = new Map(b.values.filter((v) => shared.has(v.articleId)).map((v) => [v.id, v]));
  const found: Disagreement[] = [];
  const seen = new Set<number>();
  for (const v of a.values) {
    if (!shared.has(v.articleId)) continue;
    seen.add(v.id);
    const other = ofB.get(v.id) ?? null;
    if (other && content(other) === content(v)) continue;
    found.push(disagreement(a, b, v, other));
  }
  for (const v of ofB.values()) if (!seen.has(v.id)) found.push(disagreement(a, b, null, v));
  return found;
}

function disagreement(
  a: RecordedAnnotation,
  b: RecordedAnnotation,
  ofA: AgreementValueRow | null,
  ofB: AgreementValueRow | null,
): Disagreement {
  const held = (ofA ?? ofB)!;
  return {
    articleId: held.articleId,
    field: held.fieldKey,
    valueId: held.id,
    curators: [a.curator, b.curator],
    versions: [ofA, ofB],
  };
}
