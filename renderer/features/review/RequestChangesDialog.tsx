import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldsStore } from '../fields/fields-store';
import { useWorkflowStore } from './workflow-store';
import { useErrorText } from '../../i18n/use-error-text';

/** A request for changes always says why; it may be about the value focused in the panel. */
export function RequestChangesDialog() {
  const { t } = useTranslation();
  const open = useWorkflowStore((s) => s.requestOpen);
  const close = useWorkflowStore((s) => s.closeRequest);
  const run = useWorkflowStore((s) => s.run);
  const busy = useWorkflowStore((s) => s.busy);
  const error = useWorkflowStore((s) => s.error);
  const focused = useFieldsStore(
    (s) => s.data?.values.find((v) => v.id === s.focusedValueId) ?? null,
  );
  const fieldLabel = useFieldsStore((s) => {
    const key = s.data?.values.find((v) => v.id === s.focusedValueId)?.fieldKey;
    return s.data?.schema.fields.find((f) => f.key === key)?.labels ?? null;
  });
  const { i18n } = useTranslation();
  const say = useErrorText();
  const [comment, setComment] = useState('');
  const [onValue, setOnValue] = useState(true);
  const send = () => {
    if (comment.trim() === '') return;
    void run('requestChanges', comment.trim(), focused && onValue ? focused.id : undefined).then(
      (ok) => ok && setComment(''),
    );
  };
  const label = fieldLabel ? fieldLabel[i18n.language === 'en' ? 'en' : 'zh-CN'] : '';
  return (
    <Modal opened={open} onClose={close} title={t('review.request.title')} size="lg">
      <Stack>
        <Textarea
          label={t('review.request.comment')}
          description={t('review.request.hint')}
          value={comment}
          onChange={(event) => setComment(event.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', send]])}
          autosize
          minRows={3}
          maxLength={4000}
          required
          data-autofocus
        />
        {focused && (
          <Checkbox
            label={t('review.request.onValue', { field: label, value: focused.raw })}
            checked={onValue}
            onChange={(event) => setOnValue(event.currentTarget.checked)}
          />
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {say(error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('review.cancel')}
          </Button>
          <Button color="red" onClick={send} loading={busy} disabled={comment.trim() === ''}>
            {t('review.actions.requestChanges')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
