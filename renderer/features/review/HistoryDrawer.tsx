import {
  Alert,
  Badge,
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
import type { AuditEntry } from '../../../shared/contract/review';
import { useTranslation } from 'react-i18next';
import { useFieldWords } from './field-labels';
import { useHistoryStore, type HistoryTarget } from './history-store';
import { readableEntry } from './history-format';
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
        {items.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} words={words} />
        ))}
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

/** One audit row: who, what, on which field, when; the change and the comment if any. */
function HistoryEntry({
  entry,
  words,
}: {
  entry: AuditEntry;
  words: ReturnType<typeof useFieldWords>;
}) {
  const { t } = useTranslation();
  const r = readableEntry(entry, t, words.label);
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      data-history-action={entry.action}
      data-actor={entry.actor}
    >
      <Group gap={6} justify="space-between" wrap="nowrap">
        <Group gap={6}>
          <Text size="sm" fw={600}>
            {entry.actor}
          </Text>
          <Badge size="sm" variant="light" color={actionColor(entry)}>
            {r.action}
          </Badge>
          {r.field && (
            <Badge size="sm" variant="outline" color="gray">
              {r.field}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {words.when(entry.at)}
        </Text>
      </Group>
      {(r.before || r.after) && (
        <Text size="sm" mt={2} style={{ wordBreak: 'break-all' }}>
          {r.before && (
            <Text span c="dimmed" td={r.after ? undefined : 'line-through'}>
              {r.before}
            </Text>
          )}
          {r.before && r.after && ' → '}
          {r.after}
        </Text>
      )}
      {r.comment && (
        <Text size="sm" mt={2} fs="italic" style={{ whiteSpace: 'pre-wrap' }}>
          “{r.comment}”
        </Text>
      )}
    </Paper>
  );
}

/** Workflow steps stand out in the colours of the statuses they lead to. */
function actionColor(entry: AuditEntry): string {
  const after = entry.after as { action?: unknown } | null;
  const step = entry.action === 'transition' ? after?.action : entry.action;
  switch (step) {
    case 'approve':
      return 'green';
    case 'requestChanges':
      return 'red';
    case 'submit':
      return 'yellow';
    case 'reopen':
      return 'orange';
    case 'assign':
      return 'grape';
    default:
      return 'blue';
  }
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
