import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewStore } from '../review/view-store';
import { QueueCard } from './QueueCard';
import { QueueControls } from './QueueControls';
import { queueOrders, useQueueStore, type QueueOrder } from './queue-store';
import { useQueueHotkeys } from './use-queue-hotkeys';
import classes from './Queue.module.css';
import { useErrorText } from '../../i18n/use-error-text';

/** The confidence queue over the reader: order, progress, the suggestion and its actions. */
export function QueueBar() {
  const { t } = useTranslation();
  const say = useErrorText();
  const order = useQueueStore((s) => s.order);
  const row = useQueueStore((s) => s.items[s.index] ?? null);
  const { decided, skipped, total, loading, fixing, error } = useQueueStore();
  const start = useQueueStore((s) => s.start);
  const setView = useViewStore((s) => s.setView);
  useQueueHotkeys();
  const left = Math.max(0, (total ?? 0) - decided - skipped);
  return (
    <section className={classes.bar} aria-label={t('workbench.queue.title')} data-testid="queue">
      <Group gap="sm" justify="space-between">
        <SegmentedControl
          size="xs"
          aria-label={t('workbench.queue.order')}
          value={order}
          onChange={(value) => void start(value as QueueOrder)}
          data={queueOrders.map((o) => ({ value: o, label: t(`workbench.queue.orders.${o}`) }))}
        />
        <Text size="sm" data-testid="queue-progress" role="status">
          {t('workbench.queue.progress', { decided, skipped, left })}
        </Text>
      </Group>
      {row ? (
        <QueueCard row={row} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="queue-empty">
          {loading
            ? t('workbench.queue.loading')
            : total === 0
              ? t('workbench.queue.empty')
              : t('workbench.queue.finished')}
        </Text>
      )}
      <Group gap="xs" justify="space-between">
        <QueueControls disabled={row === null} />
        <Button size="xs" variant="subtle" onClick={() => setView('reader')}>
          {t('workbench.backToArticles')}
        </Button>
      </Group>
      {fixing !== null && <Text size="sm">{t('workbench.queue.fixing')}</Text>}
      {error && (
        <Text size="sm" c="red" role="alert">
          {say(error)}
        </Text>
      )}
    </section>
  );
}
