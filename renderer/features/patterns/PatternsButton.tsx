import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/schema';
import { usePatternsStore } from './patterns-store';

/** In a field's row of Fields…: how many patterns it has; opens their editor. */
export function PatternsButton({ field }: { field: Field }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      aria-label={t('curation.learning.patterns.of', { key: field.key })}
      onClick={() => usePatternsStore.getState().open(field)}
    >
      {t('curation.learning.patterns.button', { count: field.patterns?.length ?? 0 })}
    </Button>
  );
}
