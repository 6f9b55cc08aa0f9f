import { Alert, Button, CloseButton, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract/errors';
import { useEditingStore } from '../editing/editing-store';
import { acceptAllSuggested } from './accept-all';
import { useErrorText } from '../../i18n/use-error-text';

/** The panel before an article's values are in: loading, nothing to show, or why not. */
export function FieldsPlaceholder({
  error,
  loading,
}: {
  error: ApiError | null;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const say = useErrorText();
  return (
    <Stack gap="xs" p="sm">
      <Text fw={600}>{t('fields.title')}</Text>
      {error ? (
        <Alert color="red" role="alert">
          {say(error)}
        </Alert>
      ) : loading ? (
        <Loader size="sm" aria-label={t('fields.title')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('fields.empty')}
        </Text>
      )}
    </Stack>
  );
}

/** Accepts every suggested value of the article (Shift+A); hidden when none is left. */
export function AcceptAllButton({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <Tooltip label={t('curation.edit.acceptAllHint', { n: count })} multiline w={280}>
      <Button
        size="compact-sm"
        variant="light"
        color="green"
        fullWidth
        aria-keyshortcuts="Shift+A"
        onClick={acceptAllSuggested}
      >
        {t('curation.edit.acceptAll', { n: count })}
      </Button>
    </Tooltip>
  );
}

/** Why the last edit was not saved as made (a conflict, a refusal), until dismissed. */
export function EditNotice() {
  const { t } = useTranslation();
  const say = useErrorText();
  const notice = useEditingStore((s) => s.notice);
  const dismissNotice = useEditingStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <Alert
      color="orange"
      role="alert"
      data-error-code={notice.code}
      data-testid="edit-notice"
      title={notice.code === 'conflict' ? t('curation.save.conflictTitle') : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{say(notice)}</Text>
        <CloseButton aria-label={t('curation.save.dismiss')} onClick={dismissNotice} />
      </Group>
    </Alert>
  );
}
