import { Alert, Button, FileButton, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUILT_IN_SCHEMA_NAMES, type BuiltInSchemaName } from '../../../shared/schema/builtin';
import { ApiError } from '../../../shared/contract/errors';
import { readSchemaFile } from './read-schema-file';
import { useSchemaChoiceStore } from './schema-choice-store';

const labelKeys: Record<BuiltInSchemaName, { label: string; note: string }> = {
  'hospital-news': {
    label: 'desktop.schemaChoice.hospitalNews',
    note: 'desktop.schemaChoice.hospitalNewsNote',
  },
  'company-news': {
    label: 'desktop.schemaChoice.companyNews',
    note: 'desktop.schemaChoice.companyNewsNote',
  },
  empty: { label: 'desktop.schemaChoice.empty', note: 'desktop.schemaChoice.emptyNote' },
};

/** A new project's first question: which schema it collects with (built-in or a file). */
export function SchemaChooser() {
  const { t } = useTranslation();
  const opened = useSchemaChoiceStore((s) => s.opened);
  const choosing = useSchemaChoiceStore((s) => s.choosing);
  const error = useSchemaChoiceStore((s) => s.error);
  const offerIfEmpty = useSchemaChoiceStore((s) => s.offerIfEmpty);
  const close = useSchemaChoiceStore((s) => s.close);
  const choose = useSchemaChoiceStore((s) => s.choose);
  const [picked, setPicked] = useState<BuiltInSchemaName>('hospital-news');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  useEffect(() => {
    void offerIfEmpty();
  }, [offerIfEmpty]);

  const fromFile = async (file: File | null) => {
    if (!file) return;
    const json = await readSchemaFile(file, (message) =>
      t('desktop.schemaChoice.notJson', { file: file.name, message }),
    );
    setFileProblem(typeof json === 'string' ? json : null);
    if (typeof json !== 'string') await choose(json);
  };
  const problem = fileProblem ?? (error ? (error.issues ?? [error.message]).join('\n') : null);

  return (
    <Modal opened={opened} onClose={close} size="lg" title={t('desktop.schemaChoice.title')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('desktop.schemaChoice.intro')}
        </Text>
        <Radio.Group value={picked} onChange={(v) => setPicked(v as BuiltInSchemaName)}>
          <Stack gap="xs">
            {BUILT_IN_SCHEMA_NAMES.map((name) => (
              <Radio
                key={name}
                value={name}
                label={t(labelKeys[name].label)}
                description={t(labelKeys[name].note)}
                data-schema-choice={name}
              />
            ))}
          </Stack>
        </Radio.Group>
        {problem && (
          <Alert
            color="red"
            role="alert"
            title={t('desktop.schemaChoice.notChosen')}
            data-error-code={error instanceof ApiError ? error.code : undefined}
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {problem}
            </Text>
          </Alert>
        )}
        <Group justify="space-between">
          <FileButton onChange={(file) => void fromFile(file)} accept="application/json,.json">
            {(props) => (
              <Button variant="default" title={t('desktop.schemaChoice.fromFileNote')} {...props}>
                {t('desktop.schemaChoice.fromFile')}
              </Button>
            )}
          </FileButton>
          <Group>
            <Button variant="default" onClick={close}>
              {t('desktop.schemaChoice.later')}
            </Button>
            <Button loading={choosing} onClick={() => void choose(picked)}>
              {t('desktop.schemaChoice.use')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
