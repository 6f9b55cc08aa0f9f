import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsPayload } from '../../../shared/contract/domain';
import { formatValue } from '../fields/format-value';

/** Offered when a value is focused: attach the selection to it as one more span. */
export function AttachToValueButton(props: {
  data: ArticleFieldsPayload;
  focusedValueId: number | null;
  language: 'en' | 'zh-CN';
  busy: boolean;
  onAttach: (valueId: number) => void;
}) {
  const { i18n, t } = useTranslation();
  const focused = props.data.values.find((v) => v.id === props.focusedValueId);
  const focusedField = focused && props.data.schema.fields.find((f) => f.key === focused.fieldKey);
  if (!focused || !focusedField) return null;
  return (
    <Button
      size="compact-xs"
      variant="light"
      disabled={props.busy}
      onClick={() => props.onAttach(focused.id)}
    >
      {t('curation.edit.popover.attachTo', {
        value: `${focusedField.labels[props.language]} · ${formatValue(focusedField.type, focused.value, i18n.language)}`,
      })}
    </Button>
  );
}
