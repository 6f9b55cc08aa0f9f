import {
  ActionIcon,
  Badge,
  ScrollArea,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/schema';
import { PatternsButton } from '../patterns/PatternsButton';
import { useSchemaStore } from './schema-store';
import { GuidelineCells } from './GuidelineCells';
import { ColorCell } from './ColorCell';

/** One row per field of the draft: labels to edit, what the field is, its values, retire/restore. */
export function SchemaFieldTable() {
  const { t } = useTranslation();
  const saved = useSchemaStore((s) => s.saved);
  const draft = useSchemaStore((s) => s.draft);
  const valueCounts = useSchemaStore((s) => s.valueCounts);
  if (!draft || !saved) return null;
  const savedKeys = new Set(saved.fields.map((f) => f.key));

  return (
    // The dialog is a column whose other parts keep their height; this table takes what is left
    // and scrolls, so Save stays on screen in a 768 px window (min-height keeps a few rows).
    <ScrollArea
      type="auto"
      style={{ flex: '0 1 auto', minHeight: '9rem', display: 'flex', flexDirection: 'column' }}
      styles={{ viewport: { flex: '0 1 auto', minHeight: 0 } }}
    >
      <Table
        striped
        highlightOnHover
        stickyHeader
        verticalSpacing={4}
        horizontalSpacing={6}
        aria-label={t('schema.fields')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('schema.key')}</Table.Th>
            {/* Two facts to a column (labels; type and per article), so eleven columns fit a
                1024 px window without scrolling sideways. */}
            <Table.Th>
              {t('schema.labelZh')} / {t('schema.labelEn')}
            </Table.Th>
            <Table.Th>
              {t('schema.type')} · {t('schema.cardinality')}
            </Table.Th>
            <Table.Th ta="right">{t('schema.values')}</Table.Th>
            <Table.Th>{t('guidelines.guideline')}</Table.Th>
            <Table.Th>{t('guidelines.hotkey')}</Table.Th>
            <Table.Th>{t('guidelines.color')}</Table.Th>
            <Table.Th>{t('curation.learning.patterns.column')}</Table.Th>
            <Table.Th>{t('schema.retired')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.fields.map((field) => (
            <SchemaFieldRow
              key={field.key}
              field={field}
              isNew={!savedKeys.has(field.key)}
              count={Object.hasOwn(valueCounts, field.key) ? (valueCounts[field.key] ?? 0) : 0}
              fields={draft.fields}
            />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

/** A field of the draft: its labels to edit, what it is, how many values it has, retire/restore. */
function SchemaFieldRow({
  field,
  isNew,
  count,
  fields,
}: {
  field: Field;
  isNew: boolean;
  count: number;
  fields: readonly Field[];
}) {
  const { t } = useTranslation();
  const relabel = useSchemaStore((s) => s.relabel);
  const setRetired = useSchemaStore((s) => s.setRetired);
  const removeNewField = useSchemaStore((s) => s.removeNewField);
  return (
    <Table.Tr
      data-schema-field={field.key}
      data-retired={field.retired || undefined}
      style={{ opacity: field.retired ? 0.55 : 1 }}
    >
      <KeyCell fieldKey={field.key} isNew={isNew} />
      <Table.Td>
        <Stack gap={4} miw="7rem">
          <TextInput
            size="xs"
            aria-label={t('schema.labelZhOf', { key: field.key })}
            value={field.labels['zh-CN']}
            error={!field.labels['zh-CN'].trim()}
            onChange={(e) => relabel(field.key, 'zh-CN', e.currentTarget.value)}
          />
          <TextInput
            size="xs"
            aria-label={t('schema.labelEnOf', { key: field.key })}
            value={field.labels.en}
            error={!field.labels.en.trim()}
            onChange={(e) => relabel(field.key, 'en', e.currentTarget.value)}
          />
        </Stack>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{t(`schema.types.${field.type}`)}</Text>
        <Text size="xs" c="dimmed">
          {t(`schema.cardinalities.${field.cardinality}`)}
        </Text>
      </Table.Td>
      <Table.Td ta="right" data-column="values">
        <Text size="sm" c={count === 0 ? 'dimmed' : undefined}>
          {count}
        </Text>
      </Table.Td>
      <GuidelineCells field={field} />
      <ColorCell field={field} fields={fields} />
      <Table.Td>
        <PatternsButton field={field} />
      </Table.Td>
      <Table.Td>
        {isNew ? (
          <ActionIcon
            size="sm"
            variant="subtle"
            color="red"
            aria-label={t('schema.removeNew', { key: field.key })}
            onClick={() => removeNewField(field.key)}
          >
            ✕
          </ActionIcon>
        ) : (
          <Switch
            size="xs"
            aria-label={t('schema.retireOf', { key: field.key })}
            checked={Boolean(field.retired)}
            onChange={(e) => setRetired(field.key, e.currentTarget.checked)}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The field's key, and whether it is new in this draft. */
function KeyCell({ fieldKey, isNew }: { fieldKey: string; isNew: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Td>
      <Text size="sm" ff="monospace">
        {fieldKey}
      </Text>
      {isNew && (
        <Badge size="xs" variant="light" color="teal">
          {t('schema.new')}
        </Badge>
      )}
    </Table.Td>
  );
}
