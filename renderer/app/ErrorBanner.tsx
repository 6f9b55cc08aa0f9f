import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useArticlesStore } from '../features/articles/articles-store';
import { useErrorText } from '../i18n/use-error-text';

/** Shows the last API error with its code, so a failure is never silent. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useArticlesStore((s) => s.error);
  const dismiss = useArticlesStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={t('errors.title')} m="sm" data-error-code={error.code}>
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{say(error)}</Text>
        <CloseButton aria-label={t('errors.dismiss')} onClick={dismiss} />
      </Group>
    </Alert>
  );
}
