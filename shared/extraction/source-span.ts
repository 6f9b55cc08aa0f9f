/**
 * A piece of provenance: `[start, end)` in code points of the document text, and that text.
 * In a module of its own because ArticleText makes spans and types.ts names ArticleText: each
 * imports it here instead of from the other.
 */
export interface SourceSpan {
  start: number;
  end: number;
  /** Exactly `documentText` sliced at `[start, end)` in code points. */
  text: string;
}
