import { Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFieldWords } from './field-labels';
import type { DiffChange } from './review-store';
import classes from './review.module.css';

type Spans = NonNullable<DiffChange['suggested']>['spans'];

const sameSpans = (a: Spans, b: Spans): boolean =>
  a.length === b.length && a.every((s, i) => s.start === b[i]?.start && s.end === b[i]?.end);

/** Where in the text a value comes from: the first two places, and how many more. */
function spansText(spans: Spans, t: TFunction): string {
  if (spans.length === 0) return t('fields.noProvenance');
  const shown = spans.slice(0, 2).map((s) => `${s.start}–${s.end} “${s.text}”`);
  if (spans.length > 2) shown.push(t('review.diff.moreSpans', { count: spans.length - 2 }));
  return shown.join(' · ');
}

/** One side of a diff row: the value, and where in the text it comes from. */
export function DiffSnapshot(props: {
  fieldKey: string;
  snapshot: DiffChange['suggested'];
  /** The other side: when the places in the text are the same, they are not repeated. */
  compareTo?: DiffChange['suggested'];
  struck?: boolean;
  highlight?: boolean;
}) {
  const words = useFieldWords();
  const { t } = useTranslation();
  if (!props.snapshot)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const { value, spans } = props.snapshot;
  const unchangedSpans = props.compareTo && sameSpans(spans, props.compareTo.spans);
  return (
    <div>
      <Text
        size="sm"
        td={props.struck ? 'line-through' : undefined}
        c={props.struck ? 'dimmed' : undefined}
        className={props.highlight ? classes.now : undefined}
      >
        {words.format(props.fieldKey, value)}
      </Text>
      {/* Where the value comes from only when it differs from the suggestion's place: "same
          place" on every row was noise. */}
      {!unchangedSpans && (
        <Text size="xs" c="dimmed">
          {spansText(spans, t)}
        </Text>
      )}
    </div>
  );
}
