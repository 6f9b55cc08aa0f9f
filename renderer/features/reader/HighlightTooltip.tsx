import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsPayload } from '../../../shared/contract/domain';
import { fieldColorName } from '../fields/field-colors';
import { formatValue } from '../fields/format-value';
import classes from './Reader.module.css';

export interface HoverState {
  x: number;
  y: number;
  /** Values with a span under the mouse, in span order. */
  valueIds: number[];
}

const shownAtMost = 4;

/** What a highlight under the mouse stands for: the field and the value, for each value there. */
export function HighlightTooltip({
  hover,
  fields,
}: {
  hover: HoverState;
  fields: ArticleFieldsPayload;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const values = hover.valueIds
    .map((id) => fields.values.find((v) => v.id === id))
    .filter((v) => v !== undefined);
  if (values.length === 0) return null;
  const left = Math.min(hover.x + 14, window.innerWidth - 330);
  const top = hover.y + 120 > window.innerHeight ? hover.y - 90 : hover.y + 18;
  return (
    <Paper
      shadow="md"
      withBorder
      p={8}
      className={classes.tooltip}
      style={{ left, top }}
      role="tooltip"
      data-testid="highlight-tooltip"
    >
      <Stack gap={4}>
        {values.slice(0, shownAtMost).map((value) => {
          const field = fields.schema.fields.find((f) => f.key === value.fieldKey);
          const color = fieldColorName(fields.schema.fields, value.fieldKey);
          return (
            <Group key={value.id} gap={6} wrap="nowrap" align="baseline">
              <Badge size="xs" variant="light" color={color} style={{ flexShrink: 0 }}>
                {field?.labels[language] ?? value.fieldKey}
              </Badge>
              <Text size="sm" fw={500} style={{ wordBreak: 'break-all' }}>
                {formatValue(field?.type ?? '', value.value, i18n.language)}
              </Text>
              <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                {t(`fields.states.${value.state}`)}
              </Text>
            </Group>
          );
        })}
        {values.length > shownAtMost && (
          <Text size="xs" c="dimmed">
            {t('curation.reader.tooltipMore', { count: values.length - shownAtMost })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
