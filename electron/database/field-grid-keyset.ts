import type { GridCursor, GridSort } from '../../shared/contract/grid';

/**
 * The order of the field grid's pages and where each one starts (keyset paging). Sort keys are
 * written exactly as the grid indexes hold them after field_key, so every step below is one
 * range of one index.
 */
export type SortKey = string | number;

const CONFIDENCE = 'coalesce(v.confidence, -1)';
export const sortKeys: Record<GridSort, readonly string[]> = {
  article: ['v.article_id'],
  value: ['v.value'],
  raw: ['v.raw'],
  confidence: [CONFIDENCE],
  field: [CONFIDENCE],
  rule: ["coalesce(v.extractor, '')", CONFIDENCE],
  state: ['v.state'],
};

/** One index range of a page: its conditions (with their parameters) and its ORDER BY. */
export interface KeysetStep {
  conditions: string[];
  params: Record<string, SortKey>;
  orderBy: string;
}

/**
 * The ranges that together hold every row after `after`, in order. SQLite seeks a row value
 * such as `(state, id) > (?, ?)` on its first column only and then tests each entry, which
 * walks every value of a state (or of a confidence) before the cursor. Spelled out instead, each
 * step is a seek: the rows tied with the cursor on every key and after it by id, then those tied
 * on the keys before the last and after it on that key, and so on out to the first key.
 */
export function keysetSteps(
  keys: readonly string[],
  after: GridCursor | null,
  descending: boolean,
): KeysetStep[] {
  const direction = descending ? 'DESC' : 'ASC';
  const orderOf = (columns: readonly string[]) =>
    [...columns, 'v.id'].map((k) => `${k} ${direction}`).join(', ');
  if (!after) return [{ conditions: [], params: {}, orderBy: orderOf(keys) }];
  const past = descending ? '<' : '>';
  const params: Record<string, SortKey> = { id: after.id };
  keys.forEach((_, i) => (params[`k${i}`] = after.keys[i]!));
  const tiedOn = (count: number) => keys.slice(0, count).map((key, i) => `${key} = @k${i}`);
  const steps: KeysetStep[] = [
    { conditions: [...tiedOn(keys.length), `v.id ${past} @id`], params, orderBy: orderOf([]) },
  ];
  for (let j = keys.length - 1; j >= 0; j--) {
    steps.push({
      conditions: [...tiedOn(j), `${keys[j]} ${past} @k${j}`],
      params,
      orderBy: orderOf(keys.slice(j)),
    });
  }
  return steps;
}

/** SQLite's order of two sort keys: numbers by value, text by code point (BINARY collation). */
function compareKey(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  if (x === y) return 0;
  // UTF-16 order differs from code point order only above the surrogates: compare code points.
  const xs = [...x];
  const ys = [...y];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const d = xs[i]!.codePointAt(0)! - ys[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return xs.length - ys.length;
}

/** The grid's order of two rows: their sort keys, then their ids. */
export function compareByKeys(
  a: { keys: readonly SortKey[]; valueId: number },
  b: { keys: readonly SortKey[]; valueId: number },
): number {
  for (let i = 0; i < a.keys.length; i++) {
    const d = compareKey(a.keys[i]!, b.keys[i]!);
    if (d !== 0) return d;
  }
  return a.valueId - b.valueId;
}
