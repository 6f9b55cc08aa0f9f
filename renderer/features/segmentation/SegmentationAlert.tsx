import { Alert, CloseButton, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSegmentationStore } from './segmentation-store';
import { useErrorText } from '../../i18n/use-error-text';

/** Why the last correction was refused (e.g. a split with no text on one side), in the reader. */
export function SegmentationAlert() {
  const { t } = useTranslation();
  const say = useErrorText();
  const error = useSegmentationStore((s) => s.error);
  const dismiss = useSegmentationStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <Alert
      color="red"
      role="alert"
      title={t('segmentation.errorTitle')}
      data-error-code={error.code}
      data-testid="segmentation-error"
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm">{say(error)}</Text>
        <CloseButton aria-label={t('segmentation.dismiss')} onClick={dismiss} />
      </Group>
    </Alert>
  );
}
