import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { fieldColorIndex, fieldColorNames } from './field-colors';
import { formatValue } from './format-value';
import { useFieldsStore } from './fields-store';
import classes from './FieldsPanel.module.css';

const stateColors: Record<FieldValuePayload['state'], string> = {
  suggested: 'gray',
  accepted: 'green',
  edited: 'blue',
  rejected: 'red',
  added: 'teal',
};

/** The fields of the selected article, generated from the schema, each value with its provenance. */
export function FieldsPanel() {
  const { t, i18n } = useTranslation();
  const data = useFieldsStore((s) => s.data);
  const error = useFieldsStore((s) => s.error);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const focus = useFieldsStore((s) => s.focus);
  const setState = useFieldsStore((s) => s.setState);
  const rerunExtraction = useFieldsStore((s) => s.rerunExtraction);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';

  if (!data) {
    return (
      <Stack gap="xs" p="sm">
        <Text fw={600}>{t('fields.title')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : (
          <Text size="sm" c="dimmed">
            {t('fields.empty')}
          </Text>
        )}
      </Stack>
    );
  }
  const keys = data.schema.fields.map((f) => f.key);
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap="sm" p="sm" data-testid="fields-panel">
        <Group justify="space-between">
          <Text fw={600}>{t('fields.title')}</Text>
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {data.schema.id}@{data.schema.version}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => void rerunExtraction()}>
              {t('fields.rerun')}
            </Button>
          </Group>
        </Group>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {error.message}
          </Alert>
        )}
        {data.schema.fields.map((field) => {
          const values = data.values.filter((v) => v.fieldKey === field.key);
          const color = fieldColorNames[fieldColorIndex(keys, field.key)];
          return (
            <div key={field.key} className={classes.field} data-field={field.key}>
              <Group gap={6} mb={4}>
                <span
                  className={classes.swatch}
                  style={{ background: `var(--mantine-color-${color}-filled)` }}
                />
                <Text size="sm" fw={600}>
                  {field.labels[language]}
                </Text>
                {field.required && values.every((v) => v.state === 'rejected') && (
                  <Badge size="xs" color="orange" variant="light">
                    {t('fields.missing')}
                  </Badge>
                )}
              </Group>
              {values.length === 0 && (
                <Text size="xs" c="dimmed" pl={16}>
                  {t('fields.noValue')}
                </Text>
              )}
              {values.map((value) => (
                <UnstyledButton
                  key={value.id}
                  className={classes.value}
                  data-focused={value.id === focusedValueId || undefined}
                  data-state={value.state}
                  data-value-id={value.id}
                  onClick={() => focus(value.id === focusedValueId ? null : value.id)}
                  aria-label={`${field.labels[language]}: ${formatValue(field.type, value.value, i18n.language)}`}
                >
                  <Group justify="space-between" wrap="nowrap" gap={4}>
                    <Text
                      size="sm"
                      fw={500}
                      td={value.state === 'rejected' ? 'line-through' : undefined}
                      style={{ wordBreak: 'break-all' }}
                    >
                      {formatValue(field.type, value.value, i18n.language)}
                    </Text>
                    <Group gap={2} wrap="nowrap">
                      <Tooltip label={t('fields.accept')}>
                        <ActionIcon
                          size="sm"
                          variant={value.state === 'accepted' ? 'filled' : 'subtle'}
                          color="green"
                          aria-label={t('fields.accept')}
                          onClick={(event) => {
                            event.stopPropagation();
                            void setState(
                              value.id,
                              value.state === 'accepted' ? 'suggested' : 'accepted',
                            );
                          }}
                        >
                          ✓
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('fields.reject')}>
                        <ActionIcon
                          size="sm"
                          variant={value.state === 'rejected' ? 'filled' : 'subtle'}
                          color="red"
                          aria-label={t('fields.reject')}
                          onClick={(event) => {
                            event.stopPropagation();
                            void setState(
                              value.id,
                              value.state === 'rejected' ? 'suggested' : 'rejected',
                            );
                          }}
                        >
                          ✕
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  </Group>
                  <Group gap={6} wrap="wrap">
                    <Badge size="xs" variant="light" color={stateColors[value.state]}>
                      {t(`fields.states.${value.state}`)}
                    </Badge>
                    {value.confidence !== null && (
                      <Text size="xs" c="dimmed">
                        {Math.round(value.confidence * 100)}%
                      </Text>
                    )}
                    <Text size="xs" c="dimmed" className={classes.raw} title={t('fields.raw')}>
                      “{value.raw}”
                    </Text>
                    {value.spans.length === 0 && (
                      <Text size="xs" c="orange">
                        {t('fields.noProvenance')}
                      </Text>
                    )}
                    {value.extractor && (
                      <Text size="xs" c="dimmed">
                        {value.extractor}
                      </Text>
                    )}
                  </Group>
                </UnstyledButton>
              ))}
            </div>
          );
        })}
      </Stack>
    </ScrollArea>
  );
}
