import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldInfo } from './field-info';

/** The field's name, with Alt+<key> beside it when the field has a hotkey. */
export function FieldName({ field }: { field: FieldInfo }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {field.label}
      </Text>
      <FieldHotkeyBadge field={field} />
    </>
  );
}

function FieldHotkeyBadge({ field }: { field: FieldInfo }) {
  const { t } = useTranslation();
  if (!field.hotkey) return null;
  return (
    <Badge
      size="xs"
      variant="outline"
      color="gray"
      tt="none"
      data-testid="field-hotkey"
      title={t('guidelines.hotkeyTitle', { key: field.hotkey, field: field.label })}
    >
      {t('guidelines.hotkeyBadge', { key: field.hotkey })}
    </Badge>
  );
}

/** The schema's guideline for the field, under its name (plain text, line breaks kept). */
export function FieldGuideline({ field }: { field: FieldInfo }) {
  if (!field.guideline) return null;
  return (
    <Text
      size="xs"
      c="dimmed"
      pl={16}
      mb={4}
      style={{ whiteSpace: 'pre-wrap' }}
      data-testid="field-guideline"
    >
      {field.guideline}
    </Text>
  );
}
