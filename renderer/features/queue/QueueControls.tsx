import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQueueStore } from './queue-store';

/** The queue's actions as buttons; the keys in their labels do the same (use-queue-hotkeys). */
export function QueueControls({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  const decide = useQueueStore((s) => s.decide);
  const fix = useQueueStore((s) => s.fix);
  const skip = useQueueStore((s) => s.skip);
  const undo = useQueueStore((s) => s.undo);
  const canUndo = useQueueStore((s) => s.history.length > 0);
  return (
    <Group gap="xs">
      <Button size="xs" color="green" disabled={disabled} onClick={() => void decide('accepted')}>
        {t('workbench.queue.accept')}
      </Button>
      <Button
        size="xs"
        color="red"
        variant="light"
        disabled={disabled}
        onClick={() => void decide('rejected')}
      >
        {t('workbench.queue.reject')}
      </Button>
      <Button size="xs" variant="default" disabled={disabled} onClick={fix}>
        {t('workbench.queue.fix')}
      </Button>
      <Button size="xs" variant="default" disabled={disabled} onClick={() => void skip()}>
        {t('workbench.queue.skip')}
      </Button>
      <Button size="xs" variant="subtle" disabled={!canUndo} onClick={() => void undo()}>
        {t('workbench.queue.undo')}
      </Button>
    </Group>
  );
}
