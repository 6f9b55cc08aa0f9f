import { ActionIcon, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../review/view-store';
import { useQueueStore } from './queue-store';

/** The header's way into the confidence queue (and `q`); pressed again, back to the articles. */
export function QueueButton() {
  const { t } = useTranslation();
  const onQueue = useViewStore((s) => s.view === 'queue');
  const toggle = () => {
    if (useViewStore.getState().view === 'queue') useViewStore.getState().setView('reader');
    else void useQueueStore.getState().start();
  };
  useHotkeys([['q', toggle]], ['INPUT', 'TEXTAREA', 'SELECT']);
  const label = t('workbench.queue.button');
  return (
    <Tooltip label={label}>
      <ActionIcon
        size={30}
        variant={onQueue ? 'filled' : 'default'}
        aria-label={label}
        aria-pressed={onQueue}
        aria-keyshortcuts="q"
        onClick={toggle}
        data-testid="open-queue"
      >
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
          <rect x="1" y="2" width="10" height="3" rx="0.5" />
          <rect x="1" y="6.5" width="10" height="3" rx="0.5" opacity="0.7" />
          <rect x="1" y="11" width="10" height="3" rx="0.5" opacity="0.5" />
          <path d="M12.5 4 L15.5 8 L12.5 12 Z" />
        </svg>
      </ActionIcon>
    </Tooltip>
  );
}
