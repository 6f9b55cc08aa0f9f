import { Button, Group, Loader, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPendingSaves, useEditingStore } from './editing-store';
import { useErrorText } from '../../i18n/use-error-text';

const colors = { saved: 'dimmed', saving: 'blue', failed: 'red', conflict: 'orange' } as const;

/**
 * The header's save status. While writes are pending, closing or reloading the window first
 * retries them at once and asks to stay (the browser shows its own wording; Electron's window
 * runs the same code).
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const say = useErrorText();
  const save = useEditingStore((s) => s.save);
  const retryNow = useEditingStore((s) => s.retryNow);
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasPendingSaves()) return;
      useEditingStore.getState().retryNow();
      event.preventDefault();
      event.returnValue = t('curation.save.leave');
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [t]);
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-live="polite"
      aria-label={t('curation.save.label')}
      data-testid="save-status"
      data-status={save.status}
    >
      {save.status === 'saving' && <Loader size={12} />}
      {save.status === 'failed' ? (
        // One compact control: the header has little room, and a retry is what a failure needs.
        <Button
          size="compact-xs"
          variant="light"
          color="red"
          title={save.error ? say(save.error) : undefined}
          aria-label={`${t('curation.save.failed')} · ${t('curation.save.retry')}`}
          onClick={retryNow}
        >
          {t('curation.save.retryShort')}
        </Button>
      ) : (
        <Text
          size="xs"
          c={colors[save.status]}
          title={save.error ? say(save.error) : undefined}
          truncate="end"
          maw={130}
        >
          {t(`curation.save.${save.status}`)}
        </Text>
      )}
    </Group>
  );
}
