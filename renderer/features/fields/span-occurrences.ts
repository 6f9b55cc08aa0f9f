/** For each span, which occurrence of its text it is (1-based) among the value's spans, and how many. */
export function spanOccurrences(
  spans: readonly { text: string }[],
): { n: number; count: number }[] {
  const totals = new Map<string, number>();
  for (const { text } of spans) totals.set(text, (totals.get(text) ?? 0) + 1);
  const seen = new Map<string, number>();
  return spans.map(({ text }) => {
    const n = (seen.get(text) ?? 0) + 1;
    seen.set(text, n);
    return { n, count: totals.get(text)! };
  });
}
