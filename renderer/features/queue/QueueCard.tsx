import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GridRow } from '../../../shared/contract/grid';
import { formatValue } from '../fields/format-value';
import { GridSnippet } from '../grid/GridSnippet';
import { useQueueStore } from './queue-store';
import classes from './Queue.module.css';

/** The suggestion to decide: field, value, confidence and rule, and its sentence, marked. */
export function QueueCard({ row }: { row: GridRow }) {
  const { t, i18n } = useTranslation();
  const field = useQueueStore((s) => s.schemaFields.find((f) => f.key === row.fieldKey));
  const label = field ? field.labels[i18n.language === 'en' ? 'en' : 'zh-CN'] : row.fieldKey;
  return (
    <div data-testid="queue-card" data-value-id={row.valueId}>
      <div className={classes.card}>
        <Text size="sm" c="dimmed">
          {label}
        </Text>
        <span className={classes.value} lang="zh-CN">
          {formatValue(field?.type ?? '', row.value, i18n.language)}
        </span>
        <Text size="sm">
          {row.confidence === null
            ? t('workbench.queue.noConfidence')
            : t('workbench.queue.confidence', { value: row.confidence.toFixed(2) })}
        </Text>
        <Text size="sm" c="dimmed">
          {row.extractor ?? t('workbench.grid.noRule')}
        </Text>
      </div>
      <div className={classes.sentence}>
        <GridSnippet snippet={row.snippet} />
      </div>
    </div>
  );
}
