import { Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLearningStore } from './learning-store';

/** Reads a word list (CSV, text or an Excel workbook, rows `text` or `text,value`) into a field's lexicon. */
export function ImportListForm({
  fieldOptions,
}: {
  fieldOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const importList = useLearningStore((s) => s.importList);
  const [field, setField] = useState<string | null>(null);
  const [file, setFile] = useState('');
  const [result, setResult] = useState<string | null>(null);
  return (
    <Group align="flex-end" data-testid="lexicon-import">
      <Select
        size="xs"
        label={t('curation.learning.field')}
        data={fieldOptions}
        value={field}
        onChange={setField}
      />
      <TextInput
        size="xs"
        style={{ flex: 1 }}
        label={t('curation.learning.importPath')}
        value={file}
        onChange={(e) => setFile(e.currentTarget.value)}
      />
      <Button
        size="xs"
        variant="default"
        disabled={field === null || file.trim() === ''}
        onClick={() =>
          void importList(field!, file.trim()).then((answer) => {
            if (!answer) return setResult(null);
            setResult(
              t('curation.learning.imported', {
                count: answer.imported,
                skipped: answer.skipped.map((s) => `${s.row}: ${s.reason}`).join('; ') || '–',
              }),
            );
          })
        }
      >
        {t('curation.learning.importList')}
      </Button>
      {result && (
        <Text size="xs" data-testid="lexicon-import-result">
          {result}
        </Text>
      )}
    </Group>
  );
}
