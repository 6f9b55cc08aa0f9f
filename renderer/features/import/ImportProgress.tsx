import { CloseButton, Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useImportStore } from './import-store';

/** A running import in the header: how far it is, which file, and a way to stop it. */
const phaseLabels = {
  import: 'import.progress',
  extract: 'import.extracting',
  index: 'import.indexing',
  export: 'import.progress',
  suggest: 'curation.model.progress',
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
    // A contained box sized by the header, never by its text: each progress update (four a
    // second) then lays out and repaints this box alone, never the reader or the list beside it
    // (issue 8: no stalls). It gives up width first when the window is narrow (down to the
    // desktop window's 1024 px), so the header stays on one line.
    <Group
      gap="xs"
      wrap="nowrap"
      data-testid="import-progress"
      style={{ width: 320, flexShrink: 1, minWidth: 150, contain: 'strict', height: 36 }}
    >
      <ProgressLine
        percent={percent}
        label={t(phaseLabels[job.progress.phase], { done, total })}
        file={currentFile}
      />
      <CloseButton
        size="sm"
        c="red"
        aria-label={t('import.stop')}
        title={t('import.stop')}
        onClick={() => void cancel()}
      />
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
      {/* The file name gives way first; the count never does. */}
      <Group justify="space-between" gap={4} wrap="nowrap">
        <Text size="xs" style={{ flexShrink: 0 }}>
          {label}
        </Text>
        <Text size="xs" c="dimmed" truncate miw={0}>
          {file ?? ''}
        </Text>
      </Group>
      {/* No stripes and no width transition: either would repaint the bar on every frame. */}
      <Progress value={percent} size="sm" transitionDuration={0} aria-label={label} />
    </div>
  );
}
