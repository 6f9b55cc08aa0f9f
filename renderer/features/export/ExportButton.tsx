import {
  Alert,
  Button,
  Code,
  Group,
  Modal,
  Progress,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nativeDialogs } from '../../api/native-dialogs';
import type { ExportFormatName } from '../../../shared/contract/domain';
import { useExportStore, type ExportRequest, type ExportStatusChoice } from './export-store';

const formats: ExportFormatName[] = ['jsonl', 'csv', 'csv-long', 'xlsx', 'parquet', 'dataset'];

/** The header's Export button and its dialog. */
export function ExportButton() {
  const { t } = useTranslation();
  const openDialog = useExportStore((s) => s.openDialog);
  return (
    <>
      <Button size="xs" variant="default" onClick={openDialog}>
        {t('export.button')}
      </Button>
      <ExportDialog />
    </>
  );
}

function ExportDialog() {
  const { t } = useTranslation();
  const open = useExportStore((s) => s.dialogOpen);
  const close = useExportStore((s) => s.closeDialog);
  const job = useExportStore((s) => s.job);
  const error = useExportStore((s) => s.error);
  const start = useExportStore((s) => s.start);
  const [format, setFormat] = useState<ExportFormatName>('jsonl');
  const [status, setStatus] = useState<ExportStatusChoice>('approved');
  const [includeRejected, setIncludeRejected] = useState(false);
  const [out, setOut] = useState('');
  const assignees = useExportStore((s) => s.assignees);
  const savedSearches = useExportStore((s) => s.savedSearches);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [savedSearchId, setSavedSearchId] = useState<string | null>(null);
  const running = job?.status === 'running';
  const request = (): ExportRequest => ({
    format,
    out,
    status,
    includeRejected,
    assigneeId: assigneeId === null ? undefined : Number(assigneeId),
    savedSearchId: savedSearchId === null ? undefined : Number(savedSearchId),
  });
  // The desktop app's Save As… dialog; in browser mode the path is typed.
  const dialogs = nativeDialogs();

  return (
    <Modal opened={open} onClose={close} title={t('export.title')} size="xl">
      <Stack>
        <Select
          label={t('export.format')}
          data={formats.map((value) => ({ value, label: t(`export.formats.${value}`) }))}
          value={format}
          onChange={(value) => value && setFormat(value as ExportFormatName)}
          allowDeselect={false}
          disabled={running}
        />
        <div>
          <Text size="sm" fw={500} mb={4}>
            {t('export.status')}
          </Text>
          <SegmentedControl
            aria-label={t('export.status')}
            value={status}
            onChange={(value) => setStatus(value as ExportStatusChoice)}
            disabled={running}
            data={(['approved', 'submitted', 'any'] as const).map((value) => ({
              value,
              label: t(`export.statuses.${value}`),
            }))}
          />
        </div>
        <Group grow>
          <Select
            label={t('export.assignee')}
            placeholder={t('export.anyone')}
            data={assignees.map((a) => ({ value: String(a.id), label: a.name }))}
            value={assigneeId}
            onChange={setAssigneeId}
            clearable
            disabled={running}
          />
          <Select
            label={t('export.savedSearch')}
            placeholder={t('export.noSavedSearch')}
            data={savedSearches.map((s) => ({ value: String(s.id), label: s.name }))}
            value={savedSearchId}
            onChange={setSavedSearchId}
            clearable
            disabled={running}
          />
        </Group>
        <Switch
          label={t('export.includeRejected')}
          checked={includeRejected}
          onChange={(event) => setIncludeRejected(event.currentTarget.checked)}
          disabled={running}
        />
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            label={t(format === 'dataset' ? 'export.outFolder' : 'export.outFile')}
            description={t('export.outHint')}
            placeholder={
              format === 'dataset' ? '/home/me/dataset' : `/home/me/export.${extension(format)}`
            }
            value={out}
            onChange={(event) => setOut(event.currentTarget.value)}
            disabled={running}
            error={error?.code === 'invalid-input' ? error.message : undefined}
          />
          {dialogs && (
            <Button
              variant="default"
              disabled={running}
              // The input's description and error sit below it: keep the button on the input's line.
              mb={error?.code === 'invalid-input' ? 'lg' : 0}
              onClick={() =>
                void dialogs
                  .choose({
                    kind: 'save',
                    defaultName:
                      format === 'dataset'
                        ? 'gleaner-dataset'
                        : `gleaner-export.${extension(format)}`,
                    extensions: format === 'dataset' ? [] : [extension(format)],
                  })
                  .then(([chosen]) => chosen && setOut(chosen))
              }
            >
              {t('export.browse')}
            </Button>
          )}
        </Group>
        {error?.code === 'file-exists' && (
          <Alert color="yellow" role="alert" data-testid="export-exists">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('export.exists', { path: out.trim() })}</Text>
              <Button size="xs" color="yellow" onClick={() => void start(request(), true)}>
                {t('export.replace')}
              </Button>
            </Group>
          </Alert>
        )}
        {error && error.code !== 'invalid-input' && error.code !== 'file-exists' && (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={() => void start(request())} disabled={running || out.trim() === ''}>
            {t('export.start')}
          </Button>
        </Group>
        <JobLine />
        <ExportHistory />
      </Stack>
    </Modal>
  );
}

function extension(format: ExportFormatName): string {
  return format === 'csv-long' ? 'csv' : format;
}

/** The export being followed: progress and Cancel while running, then its outcome. */
function JobLine() {
  const { t } = useTranslation();
  const job = useExportStore((s) => s.job);
  const cancel = useExportStore((s) => s.cancel);
  if (!job) return null;
  const { done, total } = job.progress;
  if (job.status === 'running') {
    const label = t('export.progress', { done, total });
    return (
      <Group gap="xs" wrap="nowrap" data-testid="export-progress">
        <div style={{ flex: 1 }}>
          <Text size="xs">{label}</Text>
          {/* No stripes, no width transition: they would repaint the dialog on every frame. */}
          <Progress
            value={total > 0 ? (done / total) * 100 : 0}
            transitionDuration={0}
            aria-label={label}
          />
        </div>
        <Button size="compact-sm" variant="light" color="red" onClick={() => void cancel()}>
          {t('export.cancel')}
        </Button>
      </Group>
    );
  }
  if (job.status === 'done' && job.exportResult) {
    const result = job.exportResult;
    return (
      <Alert color="green" data-testid="export-done" title={t('export.done')}>
        <Text size="sm">{result.path}</Text>
        <Text size="sm">
          {t('export.counts', { articles: result.articles, values: result.values })}
        </Text>
        <Text size="xs" c="dimmed">
          SHA-256 <Code>{result.sha256}</Code>
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color={job.status === 'cancelled' ? 'yellow' : 'red'} role="alert">
      {job.status === 'cancelled' ? t('export.cancelled') : (job.error ?? t('export.failed'))}
    </Alert>
  );
}

function ExportHistory() {
  const { t, i18n } = useTranslation();
  const history = useExportStore((s) => s.history);
  return (
    <Stack gap={4}>
      <Title order={6}>{t('export.history')}</Title>
      {history.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('export.noHistory')}
        </Text>
      ) : (
        <Table fz="xs" striped data-testid="export-history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('export.format')}</Table.Th>
              <Table.Th>{t('export.when')}</Table.Th>
              <Table.Th>{t('export.who')}</Table.Th>
              <Table.Th>{t('export.articles')}</Table.Th>
              <Table.Th>{t('export.path')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {history.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>{entry.format}</Table.Td>
                <Table.Td>{new Date(entry.at).toLocaleString(i18n.language)}</Table.Td>
                <Table.Td>{entry.actor}</Table.Td>
                <Table.Td>{entry.articleCount}</Table.Td>
                <Table.Td style={{ wordBreak: 'break-all' }} title={entry.sha256}>
                  {entry.path}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
