import { Table, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/schema';
import { useSchemaStore } from './schema-store';

/** A field's guideline (plain text, shown beside it in the panel) and its Alt+ hotkey. */
export function GuidelineCells({ field }: { field: Field }) {
  const { t } = useTranslation();
  const setGuideline = useSchemaStore((s) => s.setGuideline);
  const setHotkey = useSchemaStore((s) => s.setHotkey);
  return (
    <>
      <Table.Td miw={150}>
        <Textarea
          size="xs"
          autosize
          minRows={1}
          maxRows={4}
          maxLength={2000}
          aria-label={t('guidelines.guidelineOf', { key: field.key })}
          placeholder={t('guidelines.placeholder')}
          value={field.guideline ?? ''}
          onChange={(e) => setGuideline(field.key, e.currentTarget.value)}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          w={70}
          maxLength={1}
          leftSection={<Text size="xs">Alt+</Text>}
          leftSectionWidth={34}
          aria-label={t('guidelines.hotkeyOf', { key: field.key })}
          value={field.hotkey ?? ''}
          onChange={(e) => setHotkey(field.key, e.currentTarget.value)}
        />
      </Table.Td>
    </>
  );
}
