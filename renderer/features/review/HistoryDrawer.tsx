import {
  Alert,
  Button,
  Code,
  Drawer,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldWords } from './field-labels';
import { useHistoryStore, type HistoryTarget } from './history-store';
import { HistoryFiltersBar } from './HistoryFilters';
import { HistoryRows } from './HistoryRows';
import { useErrorText } from '../../i18n/use-error-text';

/** The audit log of an article, a value or the whole project, newest first, with its export. */
export function HistoryDrawer() {
  const { t } = useTranslation();
  const say = useErrorText();
  const target = useHistoryStore((s) => s.target);
  const items = useHistoryStore((s) => s.items);
  const total = useHistoryStore((s) => s.total);
  const error = useHistoryStore((s) => s.error);
  const close = useHistoryStore((s) => s.close);
  const loadMore = useHistoryStore((s) => s.loadMore);
  const words = useFieldWords();
  return (
    <Drawer
      opened={target !== null}
      onClose={close}
      position="right"
      size="lg"
      title={target ? titleOf(target, t) : ''}
    >
      <Stack gap="xs" data-testid="history">
        <Text size="sm" c="dimmed">
          {t('review.history.count', { count: total })}
        </Text>
        {error && error.code !== 'file-exists' && (
          <Alert color="red" role="alert" data-error-code={error.code}>
            {say(error)}
          </Alert>
        )}
        <HistoryFiltersBar withArticle={target?.kind === 'all'} />
        <HistoryRows items={items} words={words} />
        {items.length < total && (
          <Button variant="default" onClick={() => void loadMore()}>
            {t('review.history.more')}
          </Button>
        )}
        <AuditExport />
      </Stack>
    </Drawer>
  );
}

function titleOf(target: HistoryTarget, t: TFunction): string {
  if (target.kind === 'article') return t('review.history.ofArticle', { title: target.title });
  if (target.kind === 'value') return t('review.history.ofValue', { label: target.label });
  return t('review.history.all');
}

/** Writes the whole audit log to a file; the path defaults to the project's folder. */
function AuditExport() {
  const { t } = useTranslation();
  const exported = useHistoryStore((s) => s.exported);
  const exportLog = useHistoryStore((s) => s.exportLog);
  const exists = useHistoryStore((s) => s.error?.code === 'file-exists');
  const [format, setFormat] = useState<'jsonl' | 'csv'>('jsonl');
  const folder = useHistoryStore((s) => s.projectFolder);
  const [out, setOut] = useState('');
  const path = out || `${folder}audit-log.${format}`;
  return (
    <Paper withBorder p="sm" mt="md" radius="sm">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('review.history.exportTitle')}
        </Text>
        <Group align="flex-end" wrap="nowrap">
          <SegmentedControl
            size="xs"
            aria-label={t('review.history.format')}
            value={format}
            onChange={(value) => setFormat(value as 'jsonl' | 'csv')}
            data={[
              { value: 'jsonl', label: 'JSONL' },
              { value: 'csv', label: 'CSV' },
            ]}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            label={t('review.history.exportPath')}
            value={path}
            onChange={(event) => setOut(event.currentTarget.value)}
          />
          <Button
            size="xs"
            onClick={() => void exportLog(path, format)}
            disabled={path.trim() === ''}
          >
            {t('review.history.export')}
          </Button>
        </Group>
        {exists && (
          <Alert color="yellow" role="alert" data-testid="audit-exists">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('review.history.exists', { path: path.trim() })}</Text>
              <Button size="xs" color="yellow" onClick={() => void exportLog(path, format, true)}>
                {t('review.history.replace')}
              </Button>
            </Group>
          </Alert>
        )}
        {exported && (
          <Text size="sm" c="green" role="status" data-testid="audit-exported">
            {t('review.history.exported', { rows: exported.rows })} <Code>{exported.path}</Code>
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
