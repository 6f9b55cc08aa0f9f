/** Whitespace around a selection is not part of a value: how much to drop at each end. */
export function trimSelection(text: string): { text: string; leading: number; trailing: number } {
  const chars = Array.from(text);
  let leading = 0;
  while (leading < chars.length && /\s/u.test(chars[leading]!)) leading++;
  let trailing = 0;
  while (trailing < chars.length - leading && /\s/u.test(chars[chars.length - 1 - trailing]!))
    trailing++;
  return { text: chars.slice(leading, chars.length - trailing).join(''), leading, trailing };
}

/** The stored text between two document offsets (code points), across segments. */
export function documentText(
  segments: readonly { start: number; text: string }[],
  start: number,
  end: number,
): string {
  return segments
    .map((segment) => {
      const chars = Array.from(segment.text);
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + chars.length) - segment.start;
      return from < to ? chars.slice(from, to).join('') : '';
    })
    .join('');
}
