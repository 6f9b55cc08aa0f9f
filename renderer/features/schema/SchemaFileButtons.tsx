import { Button, FileButton, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSchema } from '../../../shared/schema';
import { systemDetailText } from '../../i18n/detail-text';
import { useErrorText } from '../../i18n/use-error-text';
import { readSchemaFile } from './read-schema-file';
import { useSchemaChoiceStore } from './schema-choice-store';
import { useSchemaStore } from './schema-store';

/** Saves the schema as `<id>.schema.json` through the browser's download. */
function downloadSchema(schema: FieldSchema): void {
  const blob = new Blob([`${JSON.stringify(schema, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${schema.id}.schema.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Fields… → Export JSON (the saved schema, not the unsaved draft) and Import JSON… (a schema
 * file made the project's by `schema.choose`: its next version, or another schema while the
 * project holds no values). A refusal shows in the dialog's alert like a refused save.
 */
export function SchemaFileButtons() {
  const { t, i18n } = useTranslation();
  const say = useErrorText();
  const saved = useSchemaStore((s) => s.saved);
  const reopen = useSchemaStore((s) => s.open);
  const choose = useSchemaChoiceStore((s) => s.choose);
  const choiceError = useSchemaChoiceStore((s) => s.error);
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async (file: File | null) => {
    if (!file) return;
    const json = await readSchemaFile(file, (message) =>
      t('desktop.schemaChoice.notJson', {
        file: file.name,
        message: i18n.language.startsWith('zh') ? systemDetailText(t, message) : message,
      }),
    );
    if (typeof json === 'string') return setProblem(json);
    setProblem(null);
    if (await choose(json)) await reopen();
  };
  // Said in the window's language: a Chinese window gets the problems by their codes.
  const shown = problem ?? (choiceError ? say(choiceError) : null);

  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        disabled={!saved}
        onClick={() => saved && downloadSchema(saved)}
      >
        {t('desktop.schemaChoice.exportJson')}
      </Button>
      <FileButton onChange={(file) => void importFile(file)} accept="application/json,.json">
        {(props) => (
          <Button variant="default" size="xs" {...props}>
            {t('desktop.schemaChoice.importJson')}
          </Button>
        )}
      </FileButton>
      {shown && (
        <Text size="sm" c="red" role="alert" style={{ whiteSpace: 'pre-wrap' }}>
          {shown}
        </Text>
      )}
    </Group>
  );
}
