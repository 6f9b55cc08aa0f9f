import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeColors } from './change-colors';
import { DiffSnapshot } from './DiffSnapshot';
import { useFieldWords } from './field-labels';
import { useHistoryStore } from './history-store';
import type { DiffChange } from './review-store';
import classes from './review.module.css';

/** One value in the diff, with a button to its history. */
export function DiffRow({ change: c }: { change: DiffChange }) {
  const { t } = useTranslation();
  const words = useFieldWords();
  const openHistory = useHistoryStore((s) => s.open);
  return (
    <Table.Tr data-change={c.change} data-field={c.fieldKey} data-value-id={c.valueId}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {words.label(c.fieldKey)}
        </Text>
      </Table.Td>
      <Table.Td>
        <DiffSnapshot
          fieldKey={c.fieldKey}
          snapshot={c.suggested}
          struck={c.change === 'edited' || c.change === 'rejected'}
        />
      </Table.Td>
      <Table.Td>
        <DiffSnapshot
          fieldKey={c.fieldKey}
          snapshot={c.current}
          compareTo={c.suggested}
          highlight={c.change === 'edited' || c.change === 'added'}
        />
      </Table.Td>
      <Table.Td>
        {/* One line where it fits: badge, who, when and the history link (rows were ~100 px). */}
        <Group gap={6} wrap="wrap" align="center">
          <Badge
            size="sm"
            color={changeColors[c.change]}
            variant="light"
            className={classes.changeBadge}
          >
            {t(`review.diff.kinds.${c.change}`)}
          </Badge>
          <Text size="xs" c="dimmed">
            {[c.changedBy, words.when(c.changedAt)].filter(Boolean).join(' · ')}
          </Text>
          <Button
            size="compact-xs"
            variant="subtle"
            px={0}
            aria-label={t('review.history.valueOf', { field: words.label(c.fieldKey) })}
            onClick={() =>
              void openHistory({
                kind: 'value',
                valueId: c.valueId,
                label: words.label(c.fieldKey),
              })
            }
          >
            {t('review.history.short')}
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
