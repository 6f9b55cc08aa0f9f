import { ActionIcon, Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { spanCommand } from '../editing/value-commands';
import { performQuietly as perform } from './perform-quietly';
import classes from './FieldsPanel.module.css';
import { spanOccurrences } from './span-occurrences';

/** The focused value's spans, each with a button that detaches it from the value. */
export function ValueSpans({ articleId, value }: { articleId: number; value: FieldValuePayload }) {
  const { t } = useTranslation();
  if (value.spans.length === 0) return null;
  const occurrences = spanOccurrences(value.spans);
  return (
    <Group gap={4} mt={4} wrap="wrap" data-testid="value-spans">
      {value.spans.map((span, i) => (
        <Badge
          key={`${span.start}-${span.end}`}
          size="sm"
          variant="outline"
          color="gray"
          tt="none"
          className={classes.span}
          data-span-start={span.start}
          title={
            occurrences[i]!.count > 1
              ? t('spanChips.at', { text: span.text, start: span.start, ...occurrences[i] })
              : undefined
          }
          rightSection={
            <ActionIcon
              size="xs"
              variant="transparent"
              color="gray"
              aria-label={t('curation.edit.detach', { text: span.text })}
              title={t('curation.edit.detach', { text: span.text })}
              onClick={() =>
                perform(
                  spanCommand(articleId, value.id, { start: span.start, end: span.end }, 'detach'),
                )
              }
            >
              ×
            </ActionIcon>
          }
        >
          {span.text.length > 16 ? `${span.text.slice(0, 16)}…` : span.text}
          {occurrences[i]!.count > 1 && ` ${t('spanChips.occurrence', occurrences[i])}`}
        </Badge>
      ))}
    </Group>
  );
}
