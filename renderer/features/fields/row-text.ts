import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValuePayload } from '../../../shared/contract/domain';

/**
 * Every string a row shows, translated once per language for the whole panel: a thousand rows
 * each calling `t` half a dozen times is most of the panel's render time.
 */
export interface RowText {
  locale: string;
  accept: string;
  reject: string;
  raw: string;
  confidence: string;
  noProvenance: string;
  states: Record<FieldValuePayload['state'], string>;
  origins: Record<FieldValuePayload['origin'], string>;
}

export function useRowText(): RowText {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      locale: i18n.language,
      accept: t('fields.accept'),
      reject: t('fields.reject'),
      raw: t('fields.raw'),
      confidence: t('curation.edit.confidence'),
      noProvenance: t('fields.noProvenance'),
      states: {
        suggested: t('fields.states.suggested'),
        accepted: t('fields.states.accepted'),
        edited: t('fields.states.edited'),
        rejected: t('fields.states.rejected'),
        added: t('fields.states.added'),
      },
      origins: {
        extracted: t('curation.edit.origin.extracted'),
        curator: t('curation.edit.origin.curator'),
      },
    }),
    [t, i18n.language],
  );
}
