import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThreadAnchor } from './threads';
import { useThreadsStore } from './threads-store';
import { useAnchorWords } from './use-anchor-words';

/** Writes the first comment of a new thread on `anchor`: Ctrl+Enter sends, Esc gives up. */
export function NewThreadForm({ anchor }: { anchor: ThreadAnchor }) {
  const { t } = useTranslation();
  const describe = useAnchorWords();
  const start = useThreadsStore((s) => s.start);
  const stop = useThreadsStore((s) => s.stopComposing);
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const send = () => {
    if (body.trim() === '' || busy) return;
    setBusy(true);
    void start(anchor, body.trim()).then(() => setBusy(false));
  };
  const title =
    anchor.kind === 'article'
      ? t('review.threads.newOnArticle')
      : t('review.threads.newTitle', { anchor: describe(anchor) });
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="new-thread">
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Textarea
          aria-label={t('review.threads.body')}
          placeholder={t('review.threads.placeholder')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          onKeyDown={getHotkeyHandler([
            ['mod+Enter', send],
            ['Escape', stop],
          ])}
          autosize
          minRows={2}
          maxLength={4000}
          data-autofocus
          autoFocus
          data-testid="new-thread-body"
        />
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={stop}>
            {t('review.threads.cancel')}
          </Button>
          <Button size="xs" onClick={send} loading={busy} disabled={body.trim() === ''}>
            {t('review.threads.send')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
