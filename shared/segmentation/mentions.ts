/**
 * Counts which article each stretch of text (unit) talks about, by its institution terms.
 *
 * Matching is leftmost-longest across ALL articles at once, so '本溪市中心医院医疗集团' is one
 * mention of 本溪市中心医院 and not also a mention of some other article's '中心医院医疗集团'.
 */

export interface Mentions {
  /** Whether the text names any article at all (most name none, and pages may have thousands). */
  any: boolean;
  /** Mentions per article index. */
  counts: number[];
  /** Per article: at least two mentions, or one of a term of four or more characters. */
  strong: boolean[];
  /** Per article: the matched terms with counts, for signals ('集团×3'); null when none. */
  matched: (Map<string, number> | null)[];
}

interface Hit {
  at: number;
  article: number;
  term: string;
}

function noMentions(articleCount: number): Mentions {
  return {
    any: false,
    counts: new Array<number>(articleCount).fill(0),
    strong: new Array<boolean>(articleCount).fill(false),
    matched: new Array<Map<string, number> | null>(articleCount).fill(null),
  };
}

function record(mentions: Mentions, article: number, term: string, count = 1): void {
  mentions.any = true;
  mentions.counts[article]! += count;
  if (term.length >= 4) mentions.strong[article] = true;
  const matched = (mentions.matched[article] ??= new Map());
  matched.set(term, (matched.get(term) ?? 0) + count);
}

function markRepeatedAsStrong(mentions: Mentions): Mentions {
  if (!mentions.any) return mentions;
  mentions.counts.forEach((count, article) => {
    if (count >= 2) mentions.strong[article] = true;
  });
  return mentions;
}

/**
 * Mentions per text. All texts are searched as one string (one native indexOf scan per term,
 * not one per term and text), joined by a separator no term contains, so no match spans two.
 * Texts and terms must already be folded with foldForMatching.
 */
export function countMentionsPerText(
  foldedTexts: readonly string[],
  termsByArticle: readonly string[][],
): Mentions[] {
  const starts: number[] = [];
  let offset = 0;
  for (const text of foldedTexts) {
    starts.push(offset);
    offset += text.length + 1;
  }
  const page = foldedTexts.join('\u0000');

  const hits: Hit[] = [];
  termsByArticle.forEach((terms, article) => {
    for (const term of terms) {
      for (let at = page.indexOf(term); at >= 0; at = page.indexOf(term, at + 1)) {
        hits.push({ at, article, term });
      }
    }
  });
  hits.sort((a, b) => a.at - b.at || b.term.length - a.term.length);

  // Most texts name nobody: they share one empty record instead of allocating their own.
  const none = noMentions(termsByArticle.length);
  const result: Mentions[] = foldedTexts.map(() => none);
  let cursor = 0;
  let text = 0;
  for (const hit of hits) {
    if (hit.at < cursor) continue; // inside a longer, earlier match
    cursor = hit.at + hit.term.length;
    while (text + 1 < starts.length && starts[text + 1]! <= hit.at) text++;
    if (result[text] === none) result[text] = noMentions(termsByArticle.length);
    record(result[text]!, hit.article, hit.term);
  }
  return result.map((mentions) => (mentions === none ? none : markRepeatedAsStrong(mentions)));
}

/** Mentions in one text; see countMentionsPerText. */
export function countMentions(foldedText: string, termsByArticle: readonly string[][]): Mentions {
  return countMentionsPerText([foldedText], termsByArticle)[0]!;
}

/** Adds up the mentions of consecutive units, as if their texts were one. */
export function sumMentions(parts: readonly Mentions[], articleCount: number): Mentions {
  // Units that name nobody share one empty record: so does their sum (no arrays per article).
  const none = parts.find((part) => !part.any);
  if (none && parts.every((part) => !part.any)) return none;
  const total = noMentions(articleCount);
  for (const part of parts) {
    if (!part.any) continue;
    part.matched.forEach((terms, article) => {
      for (const [term, count] of terms ?? []) record(total, article, term, count);
    });
  }
  return markRepeatedAsStrong(total);
}

/** '集团×3, 大连×1' — the evidence behind an assignment, for a curator reading signals. */
export function describeMatches(matched: ReadonlyMap<string, number> | null): string {
  return [...(matched ?? [])].map(([term, count]) => `${term}×${count}`).join(', ');
}
