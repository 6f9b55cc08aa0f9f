import { Button, Group, Popover, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldColorIndexes } from '../fields/field-colors';
import { useFieldsStore } from '../fields/fields-store';
import { highlightSample as sample } from './highlight-sample';
import classes from './Reader.module.css';

/** A toggled key to the reader's marks: each field's colour and underline, and the other marks. */
export function HighlightLegend() {
  const { t, i18n } = useTranslation();
  const fields = useFieldsStore((s) => s.data?.schema.fields);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  if (!fields) return null;
  const colors = fieldColorIndexes(fields);
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button size="xs" variant="default" data-testid="legend-button">
          {t('legend.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={420} data-testid="highlight-legend">
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('legend.title')}
          </Text>
          <Group gap="xs">
            <span {...sample(0, false)}>{t('legend.suggested')}</span>
            <span {...sample(0, true)}>{t('legend.decided')}</span>
            <span className={classes.legendFocused}>{t('legend.focused')}</span>
            <span className={classes.legendSearch}>{t('legend.search')}</span>
          </Group>
          <Group gap="xs">
            {fields.map((field) => (
              <Text
                key={field.key}
                size="sm"
                component="span"
                data-legend-field={field.key}
                data-color-index={colors.get(field.key)}
                {...sample(colors.get(field.key) ?? 0, true)}
              >
                {field.labels[language]}
              </Text>
            ))}
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
