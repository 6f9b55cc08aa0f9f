import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePatternsStore } from './patterns-store';

/**
 * A field's regular-expression patterns (Fields… → Patterns): edit, preview over the project's
 * articles (how many values, in how many articles, the first hits with their spans), then put
 * into the schema draft; saving the schema makes them a new version.
 */
export function PatternEditor() {
  const { t } = useTranslation();
  const field = usePatternsStore((s) => s.field);
  const patterns = usePatternsStore((s) => s.patterns);
  const error = usePatternsStore((s) => s.error);
  const previewing = usePatternsStore((s) => s.previewing);
  const { close, change, add, remove, runPreview, apply } = usePatternsStore.getState();
  return (
    <Modal
      opened={field !== null}
      onClose={close}
      size="60rem"
      title={field ? t('curation.learning.patterns.title', { key: field.key }) : ''}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('curation.learning.patterns.intro')}
        </Text>
        {patterns.map((pattern, index) => (
          <Group key={index} align="flex-end" wrap="nowrap">
            <TextInput
              size="xs"
              w="12rem"
              label={t('curation.learning.patterns.name')}
              value={pattern.name}
              onChange={(e) => change(index, { name: e.currentTarget.value })}
            />
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              ff="monospace"
              label={t('curation.learning.patterns.regex')}
              value={pattern.regex}
              onChange={(e) => change(index, { regex: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('curation.learning.patterns.remove', { name: pattern.name })}
              onClick={() => remove(index)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="default" onClick={add}>
            {t('curation.learning.patterns.add')}
          </Button>
          <Button size="xs" loading={previewing} onClick={() => void runPreview()}>
            {t('curation.learning.patterns.preview')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            <List size="sm">
              {(error.issues ?? [error.message]).map((issue) => (
                <List.Item key={issue}>{issue}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <PreviewTable />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('schema.cancel')}
          </Button>
          <Button onClick={apply}>{t('curation.learning.patterns.apply')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function PreviewTable() {
  const { t } = useTranslation();
  const preview = usePatternsStore((s) => s.preview);
  if (!preview) return null;
  return (
    <Stack gap="xs" data-testid="pattern-preview">
      <Text size="sm">
        {t('curation.learning.patterns.summary', {
          hits: preview.hits,
          withHits: preview.articlesWithHits,
          scanned: preview.articlesScanned,
          total: preview.articlesTotal,
        })}
      </Text>
      {preview.samples.length > 0 && (
        <Table striped verticalSpacing={2} aria-label={t('curation.learning.patterns.samples')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('curation.learning.patterns.article')}</Table.Th>
              <Table.Th>{t('curation.learning.patterns.value')}</Table.Th>
              <Table.Th>{t('curation.learning.patterns.spans')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.samples.map((hit, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <Text size="xs">
                    #{hit.articleId} {hit.title ?? ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {typeof hit.value === 'string' ? hit.value : JSON.stringify(hit.value)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {hit.spans.map((s) => `${s.start}–${s.end} “${s.text}”`).join(', ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
