import path from 'node:path';
import { cohensKappa, setF1, type Decision } from '../../shared/agreement/agreement';
import { apiError } from '../../shared/contract/error-messages';
import { readPackageForAgreement, type AgreementValueRow } from '../database/packages-repository';
import { parseStamp, type PackageStamp } from './package-stamp';
import { assertRegularFile } from '../import/regular-file';

export interface FieldAgreement {
  field: string;
  /** F1 of the values both kept (same content, exactly the same spans); null: neither kept one. */
  f1: number | null;
  /** Values each curator kept (not rejected) in the shared articles. */
  kept: [number, number];
}

export interface AgreementReport {
  curators: [string, string];
  /** Articles both packages carry (the overlap). */
  articles: number;
  fields: FieldAgreement[];
  /** F1 over every field together. */
  f1: number | null;
  /** Cohen's kappa of the accept/reject decisions both made on the same suggestions. */
  kappa: number | null;
  decisions: number;
}

// An untouched suggestion is nobody's decision: both packages start from the same ones.
const keptStates = new Set(['accepted', 'edited', 'added']);

function decisionOf(state: string): Decision | null {
  if (state === 'accepted' || state === 'edited') return 'accept';
  if (state === 'rejected') return 'reject';
  return null;
}

/** One curator's version of a set of articles, as agreement compares it. */
export interface AnnotationSide {
  curator: string;
  /** The articles the curator was given (a package's stamped articles). */
  articles: ReadonlySet<number>;
  /** Whether a value id was a row both started from (stamped), not one the curator added. */
  stamped(valueId: number): boolean;
  values: readonly AgreementValueRow[];
}

/**
 * Agreement of two curators who worked on overlapping packages of one project (double
 * annotation, issue 20), read from the package files before they are merged: per field, F1 of
 * the values each kept in the articles both packages carry, and Cohen's kappa of their
 * decisions on the suggestions both decided. Only a package pair of one project compares.
 */
export function packageAgreement(fileA: string, fileB: string): AgreementReport {
  const sides = [fileA, fileB].map((file) => {
    // SQLite opening a FIFO waits for a writer for ever: only a plain file is a package.
    assertRegularFile(path.resolve(file));
    const read = readPackageForAgreement(path.resolve(file));
    try {
      const stamp = parseStamp(read.stamp, file);
      const curator = read.actorsAfter(stamp.auditBase)[0] ?? path.basename(file);
      return { stamp, side: sideOfStamp(stamp, curator, read.values) };
    } finally {
      read.close();
    }
  });
  const [a, b] = sides as [(typeof sides)[0], (typeof sides)[0]];
  if (a.stamp.sourceProjectId !== b.stamp.sourceProjectId)
    throw apiError('agreement-different-projects', {
      fileA: path.basename(fileA),
      fileB: path.basename(fileB),
    });
  return compareAnnotations(a.side, b.side);
}

function sideOfStamp(
  stamp: PackageStamp,
  curator: string,
  values: readonly AgreementValueRow[],
): AnnotationSide {
  return {
    curator,
    articles: new Set(Object.keys(stamp.articles).map(Number)),
    stamped: (id) => stamp.values[id] !== undefined,
    values,
  };
}

/**
 * F1 per field and overall of the values both kept (same field, content and exact spans) in the
 * articles both were given, and Cohen's kappa of their decisions on the same stamped values.
 */
export function compareAnnotations(a: AnnotationSide, b: AnnotationSide): AgreementReport {
  const shared = new Set([...a.articles].filter((id) => b.articles.has(id)));
  const keptByField = (side: AnnotationSide) => {
    const byField = new Map<string, Set<string>>();
    for (const v of side.values) {
      if (!shared.has(v.articleId) || !keptStates.has(v.state)) continue;
      let set = byField.get(v.fieldKey);
      if (!set) byField.set(v.fieldKey, (set = new Set()));
      set.add(`${v.articleId}|${v.valueKey}|${v.spans}`);
    }
    return byField;
  };
  const keptA = keptByField(a);
  const keptB = keptByField(b);
  const fieldKeys = [...new Set([...keptA.keys(), ...keptB.keys()])].sort();
  const prefixed = (byField: Map<string, Set<string>>) =>
    new Set([...byField].flatMap(([field, keys]) => [...keys].map((k) => `${field}|${k}`)));
  const fields = fieldKeys.map((field): FieldAgreement => {
    const ofA = keptA.get(field) ?? new Set<string>();
    const ofB = keptB.get(field) ?? new Set<string>();
    return { field, f1: setF1(ofA, ofB), kept: [ofA.size, ofB.size] };
  });
  const decidedB = new Map<number, Decision>();
  for (const v of b.values) {
    const decision = decisionOf(v.state);
    if (decision && b.stamped(v.id)) decidedB.set(v.id, decision);
  }
  const pairs: [Decision, Decision][] = [];
  for (const v of a.values) {
    const decision = decisionOf(v.state);
    const other = decidedB.get(v.id);
    if (decision && other && a.stamped(v.id) && shared.has(v.articleId))
      pairs.push([decision, other]);
  }
  return {
    curators: [a.curator, b.curator],
    articles: shared.size,
    fields,
    f1: setF1(prefixed(keptA), prefixed(keptB)),
    kappa: cohensKappa(pairs),
    decisions: pairs.length,
  };
}
