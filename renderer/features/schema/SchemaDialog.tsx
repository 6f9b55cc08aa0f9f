import { Alert, Button, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLearningStore } from '../learning/learning-store';
import { AddFieldForm } from './AddFieldForm';
import { SchemaFieldTable } from './SchemaFieldTable';
import { SchemaFileButtons } from './SchemaFileButtons';
import { useSchemaStore } from './schema-store';
import { useErrorText } from '../../i18n/use-error-text';

/** The project's fields: relabel, retire or restore, add; saved as the schema's next version. */
export function SchemaDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const opened = useSchemaStore((s) => s.opened);
  const close = useSchemaStore((s) => s.close);
  const saved = useSchemaStore((s) => s.saved);
  const draft = useSchemaStore((s) => s.draft);
  const loading = useSchemaStore((s) => s.loading);
  const saving = useSchemaStore((s) => s.saving);
  const error = useSchemaStore((s) => s.error);
  const save = useSchemaStore((s) => s.save);
  const changed = Boolean(draft && saved && draft !== saved);
  const openLexicon = useLearningStore((s) => s.open);

  return (
    <Modal
      opened={opened}
      onClose={close}
      size="75rem"
      // A column that fits the window: the field table shrinks and scrolls, the rest stays put.
      styles={{
        content: { display: 'flex', flexDirection: 'column' },
        body: { display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto' },
      }}
      title={
        saved
          ? t('schema.title', { id: saved.id, version: saved.version })
          : t('schema.titleLoading')
      }
    >
      <Stack style={{ minHeight: 0, flex: '1 1 auto' }}>
        <Text size="sm" c="dimmed">
          {t('schema.intro')}
        </Text>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code} title={t('schema.notSaved')}>
            {error.issues && error.issues.length > 1 ? (
              <List size="sm">
                {error.issues.map((issue) => (
                  <List.Item key={issue}>{issue}</List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {say(error)}
              </Text>
            )}
          </Alert>
        )}
        {loading && <Loader size="sm" aria-label={t('schema.titleLoading')} />}
        {draft && saved && (
          <>
            <SchemaFieldTable />
            <AddFieldForm />
            <Group justify="space-between">
              <Group>
                <SchemaFileButtons />
                <Button variant="subtle" onClick={() => void openLexicon()}>
                  {t('curation.learning.open')}
                </Button>
              </Group>
              <Group>
                <Button variant="default" onClick={close}>
                  {t('schema.cancel')}
                </Button>
                <Button loading={saving} disabled={!changed} onClick={() => void save()}>
                  {t('schema.save')}
                </Button>
              </Group>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
