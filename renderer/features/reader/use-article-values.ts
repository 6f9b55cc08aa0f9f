import type { RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/contract/domain';
import { useFieldsStore } from '../fields/fields-store';
import { useFocusPulse } from './use-focus-pulse';
import { useProvenanceHighlights } from './use-provenance-highlights';

const noFields: readonly { key: string }[] = [];

/**
 * The shown article's values painted over its text, and the pulse over a value's spans when it
 * is focused (again). `shownText` is what the text nodes were built from: highlights are set
 * again when it changes.
 */
export function useArticleValues(
  textRef: RefObject<HTMLElement | null>,
  detail: ArticleDetail | null,
  shownText: unknown,
) {
  const fields = useFieldsStore((s) => s.data);
  const fieldsArticleId = useFieldsStore((s) => s.dataArticleId);
  const focusedValueId = useFieldsStore((s) => s.focusedValueId);
  const focusCount = useFieldsStore((s) => s.focusCount);
  const schema = fields?.schema;
  const painted = useProvenanceHighlights(
    textRef,
    // Values of the article shown only: its fields may arrive before its text does.
    fields && fields.values.length > 0 && detail?.id === fieldsArticleId ? fields.values : null,
    // A new schema (a colour chosen in Fields…) paints the highlights again.
    schema?.fields ?? noFields,
    focusedValueId,
    shownText,
  );
  return { fields, painted, focusedValueId, focusCount };
}

/** The pulse boxes over the focused value's spans (see useFocusPulse). */
export function useFocusedValuePulse(
  textRef: RefObject<HTMLElement | null>,
  { fields, painted, focusedValueId, focusCount }: ReturnType<typeof useArticleValues>,
) {
  const focusedValue = fields?.values.find((v) => v.id === focusedValueId) ?? null;
  return useFocusPulse(textRef, painted, focusedValue, focusCount);
}
