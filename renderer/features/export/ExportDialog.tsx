import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ExportDestination } from './ExportDestination';
import { ExportHistory } from './ExportHistory';
import { ExportJobLine } from './ExportJobLine';
import { ExportSelection } from './ExportSelection';
import { useExportStore } from './export-store';
import { useExportForm } from './use-export-form';
import { useErrorText } from '../../i18n/use-error-text';

/** The export dialog: what to export and where, the running job, and earlier exports. */
export function ExportDialog() {
  const { t } = useTranslation();
  const say = useErrorText();
  const open = useExportStore((s) => s.dialogOpen);
  const close = useExportStore((s) => s.closeDialog);
  const job = useExportStore((s) => s.job);
  const error = useExportStore((s) => s.error);
  const start = useExportStore((s) => s.start);
  const form = useExportForm();
  const running = job?.status === 'running';

  return (
    <Modal opened={open} onClose={close} title={t('export.title')} size="xl">
      <Stack>
        <ExportSelection form={form} running={running} />
        <ExportDestination form={form} running={running} />
        {error?.code === 'file-exists' && (
          <Alert color="yellow" role="alert" data-testid="export-exists">
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('export.exists', { path: form.out.trim() })}</Text>
              <Button size="xs" color="yellow" onClick={() => void start(form.request(), true)}>
                {t('export.replace')}
              </Button>
            </Group>
          </Alert>
        )}
        {error && error.code !== 'invalid-input' && error.code !== 'file-exists' && (
          <Alert color="red" role="alert">
            {say(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button
            onClick={() => void start(form.request())}
            disabled={running || form.out.trim() === ''}
          >
            {t('export.start')}
          </Button>
        </Group>
        <ExportJobLine />
        <ExportHistory />
      </Stack>
    </Modal>
  );
}
