import { useTranslation } from 'react-i18next';
import { formatValue } from '../fields/format-value';
import { useFieldsStore } from '../fields/fields-store';

/** The selected article's field labels and value formatting, in the interface language. */
export function useFieldWords(): {
  label(key: string): string;
  format(key: string, value: unknown): string;
  when(at: string | null): string;
} {
  const { i18n } = useTranslation();
  const fields = useFieldsStore((s) => s.data?.schema.fields);
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return {
    label: (key) => fields?.find((f) => f.key === key)?.labels[language] ?? key,
    format: (key, value) =>
      formatValue(fields?.find((f) => f.key === key)?.type ?? 'text', value, i18n.language),
    when: (at) => (at ? new Date(at).toLocaleString(i18n.language) : ''),
  };
}
