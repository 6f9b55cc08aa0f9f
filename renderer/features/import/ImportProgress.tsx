import { Button, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';

/** A running import in the header: how far it is, which file, and a way to stop it. */
const phaseLabels = {
  import: 'import.progress',
  extract: 'import.extracting',
  index: 'import.indexing',
  export: 'import.progress',
} as const;

export function ImportProgress() {
  const { t } = useTranslation();
  const job = useImportStore((s) => s.job);
  const cancel = useImportStore((s) => s.cancel);
  if (!job || job.status !== 'running') return null;
  const { done, total, currentFile } = job.progress;
  // After import (or when re-run), extraction suggests values and the search index takes in
  // the new text: the same bar, another label.
  const percent = total > 0 ? (done / total) * 100 : 0;
  return (
    // A fixed-size, contained box: each progress update (four a second) then lays out and
    // repaints this box alone, never the reader or the list beside it (issue 8: no stalls).
    <Group
      gap="xs"
      wrap="nowrap"
      data-testid="import-progress"
      style={{ width: 360, contain: 'strict', height: 36 }}
    >
      <ProgressLine
        percent={percent}
        label={t(phaseLabels[job.progress.phase], { done, total })}
        file={currentFile}
      />
      <Button size="compact-xs" variant="light" color="red" onClick={() => void cancel()}>
        {t('import.stop')}
      </Button>
    </Group>
  );
}

function ProgressLine({
  percent,
  label,
  file,
}: {
  percent: number;
  label: string;
  file: string | null;
}) {
  return (
    <div style={{ flex: 1, minWidth: 0 }}>
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs">{label}</Text>
        <Text size="xs" c="dimmed" truncate maw={160}>
          {file ?? ''}
        </Text>
      </Group>
      {/* No stripes and no width transition: either would repaint the bar on every frame. */}
      <Progress value={percent} size="sm" transitionDuration={0} aria-label={label} />
    </div>
  );
}
