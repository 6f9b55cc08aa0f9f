import { Text } from '@mantine/core';
import { matchParts } from './match-parts';
import classes from './ArticleList.module.css';

/**
 * Text with the search matches marked. Article text is untrusted: it is rendered as React text
 * nodes, never as HTML.
 */
export function MarkedText({
  text,
  ranges,
}: {
  text: string;
  ranges: readonly { start: number; end: number }[];
}) {
  return matchParts(text, ranges).map((part, index) =>
    part.mark ? (
      <mark key={index} className={classes.mark}>
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}

/** Where a search matched, under the article's title. */
export function MatchSnippet({
  match,
}: {
  match: { snippet: string; ranges: { start: number; end: number }[] };
}) {
  return (
    <Text
      size="xs"
      c="dimmed"
      lineClamp={2}
      data-testid="match-snippet"
      className={classes.snippet}
    >
      <MarkedText text={match.snippet} ranges={match.ranges} />
    </Text>
  );
}
