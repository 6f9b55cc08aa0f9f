import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkflowStore } from './workflow-store';
import { useErrorText } from '../../i18n/use-error-text';

/** The last workflow error, or the note that the review queue is empty, with a dismiss button. */
export function WorkflowNotice() {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useWorkflowStore((s) => s.error);
  const queueEmpty = useWorkflowStore((s) => s.queueEmpty);
  const dismissError = useWorkflowStore((s) => s.dismissError);
  if (!error && !queueEmpty) return null;

  return (
    <Alert
      mt={6}
      color={error ? 'red' : 'gray'}
      role={error ? 'alert' : 'status'}
      data-error-code={error?.code}
      title={error ? t(`review.errors.${errorKind(error.code)}`) : undefined}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{error ? say(error) : t('review.queue.empty')}</Text>
        <CloseButton aria-label={t('review.dismiss')} onClick={dismissError} />
      </Group>
    </Alert>
  );
}

function errorKind(code: string): 'conflict' | 'forbidden' | 'other' {
  return code === 'conflict' || code === 'forbidden' ? code : 'other';
}
