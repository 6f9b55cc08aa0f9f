import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtractorRef, FieldType } from '../../../shared/schema';
import { outputsFitting } from './extractor-options';
import { useSchemaStore } from './schema-store';

/**
 * Which rule output suggests a new field's values: only outputs whose kind fits the field's type
 * are offered (the Node side checks the same when the schema is saved).
 */
export function ExtractorSelect({
  type,
  value,
  onChange,
}: {
  type: FieldType;
  value: ExtractorRef | null;
  onChange: (ref: ExtractorRef | null) => void;
}) {
  const { t } = useTranslation();
  const extractors = useSchemaStore((s) => s.extractors);
  const options = outputsFitting(extractors, type);
  const selected =
    value && typeof value === 'object' ? `${value.id}#${value.output}` : (value ?? null);
  return (
    <Select
      size="xs"
      w={230}
      label={t('desktop.schemaChoice.suggestedBy')}
      placeholder={t('desktop.schemaChoice.byHand')}
      clearable
      value={options.some((o) => o.value === selected) ? selected : null}
      data={options.map(({ value: v, label }) => ({ value: v, label }))}
      onChange={(v) => onChange(options.find((o) => o.value === v)?.ref ?? null)}
    />
  );
}
