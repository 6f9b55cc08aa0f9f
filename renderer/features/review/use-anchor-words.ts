import { useTranslation } from 'react-i18next';
import { useFieldsStore } from '../fields/fields-store';
import { useFieldWords } from './field-labels';
import type { ThreadAnchor } from './threads';

const short = (text: string, max = 24): string => {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
};

/** What a thread is about, in words: the article, `field: value`, or the quoted text. */
export function useAnchorWords(): (anchor: ThreadAnchor) => string {
  const { t } = useTranslation();
  const words = useFieldWords();
  const values = useFieldsStore((s) => s.data?.values);
  return (anchor) => {
    if (anchor.kind === 'span')
      return t('review.threads.anchor.span', { text: short(anchor.text) });
    if (anchor.kind === 'article') return t('review.threads.anchor.article');
    const value = values?.find((v) => v.id === anchor.valueId);
    if (!value) return t('review.threads.anchor.valueGone');
    return t('review.threads.anchor.value', {
      field: words.label(value.fieldKey),
      value: short(value.raw),
    });
  };
}
