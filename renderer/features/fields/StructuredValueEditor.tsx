import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';
import { structuredKindOf, structuredParts } from '../../../shared/values/structured-value';
import type { FieldInfo } from './field-info';
import { useStructuredEdit } from './use-structured-edit';

/**
 * Edits a metric (name, number, unit), a person (name, role) or an investment (amount, currency,
 * purpose) part by part in one form: each part is checked on its own here and again on the Node
 * side, and a wrong part says so under itself in the interface language. Enter saves, Esc gives
 * up. The value's spans stay as they are.
 */
export function StructuredValueEditor({
  articleId,
  value,
  field,
}: {
  articleId: number;
  value: FieldValuePayload;
  field: FieldInfo;
}) {
  const { t } = useTranslation();
  const kind = structuredKindOf(field.type, value.value)!;
  const { parts, set, errorOf, other, busy, submit, stop } = useStructuredEdit(
    articleId,
    value,
    kind,
  );
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      stop();
    }
  };
  const labels = t(`curation.parts.partOf.${kind}`, { returnObjects: true }) as Record<
    string,
    string
  >;
  return (
    <Stack
      gap={4}
      onClick={(event) => event.stopPropagation()}
      role="group"
      aria-label={t(`curation.parts.title.${kind}`)}
      data-testid="structured-editor"
      data-kind={kind}
    >
      <Text size="xs" fw={600}>
        {t(`curation.parts.title.${kind}`)}
      </Text>
      {structuredParts[kind].map((part, index) => (
        <TextInput
          key={part}
          size="xs"
          label={labels[part]}
          value={parts[part] ?? ''}
          error={errorOf(part)}
          // Read-only while saving keeps the focus in the part being typed (see ValueEditor).
          readOnly={busy}
          autoFocus={index === 0}
          data-autofocus={index === 0 || undefined}
          onChange={(event) => set(part, event.currentTarget.value)}
          onKeyDown={onKeyDown}
          data-part={part}
        />
      ))}
      {other && (
        <Text size="xs" c="red" role="alert">
          {other}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('curation.parts.hint')}
      </Text>
      <Group gap="xs" justify="flex-end">
        <Button size="compact-xs" variant="default" onClick={stop}>
          {t('curation.parts.cancel')}
        </Button>
        <Button size="compact-xs" onClick={() => void submit()} loading={busy}>
          {t('curation.parts.save')}
        </Button>
      </Group>
    </Stack>
  );
}
