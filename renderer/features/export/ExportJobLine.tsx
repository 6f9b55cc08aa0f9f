import { Alert, Button, Code, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { jobError, useErrorText } from '../../i18n/use-error-text';
import { useExportStore } from './export-store';

/** The export being followed: progress and Cancel while running, then its outcome. */
export function ExportJobLine() {
  const { t } = useTranslation();
  const job = useExportStore((s) => s.job);
  const cancel = useExportStore((s) => s.cancel);
  const say = useErrorText();
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
        {result.notRecorded && (
          <Text size="sm" c="orange.8" data-testid="export-not-recorded">
            {t(`export.notRecorded.${result.notRecorded}`)}
          </Text>
        )}
      </Alert>
    );
  }
  const error = jobError(job);
  return (
    <Alert color={job.status === 'cancelled' ? 'yellow' : 'red'} role="alert">
      {job.status === 'cancelled' ? t('export.cancelled') : error ? say(error) : t('export.failed')}
    </Alert>
  );
}
