import type { FieldValuePayload } from '../../../shared/contract/domain';
import { api } from '../../api/client';
import { useFieldsStore } from './fields-store';

type ValueState = 'accepted' | 'rejected' | 'suggested';

/** What a write needs to name a value: its id and the revision it was read at. */
type ValueAt = Pick<FieldValuePayload, 'id' | 'revision'>;

const fields = () => useFieldsStore.getState();

/**
 * The fields store's writes: one call of the api each. A write whose answer replaces what the
 * panel shows puts it there; the others return the answer to the edit command that sent them,
 * which decides when the panel changes (after the save queue settled, or in a given order).
 * Kept apart from fields-store.ts so that store stays the panel's state and its reads.
 */
export const valueWrites = {
  async setState(articleId: number, value: FieldValuePayload, state: ValueState): Promise<void> {
    const saved = await api['values.setState']({
      valueId: value.id,
      revision: value.revision,
      state,
    });
    fields().applyValue(articleId, { ...value, state, revision: saved.revision });
  },

  /** Accepts every value given, all or none. */
  async acceptAll(articleId: number, values: readonly FieldValuePayload[]): Promise<void> {
    const saved = await api['values.setStates']({
      items: values.map((v) => ({ valueId: v.id, revision: v.revision, state: 'accepted' })),
    });
    values.forEach((value, i) =>
      fields().applyValue(articleId, {
        ...value,
        state: 'accepted',
        revision: saved[i]!.revision,
      }),
    );
  },

  async edit(articleId: number, value: ValueAt, text: string): Promise<void> {
    fields().applyValue(
      articleId,
      await api['values.edit']({ valueId: value.id, revision: value.revision, text }),
    );
  },

  /** A value with parts (a metric, a person, an investment), changed part by part. */
  async editParts(articleId: number, value: ValueAt, parts: Record<string, string>): Promise<void> {
    fields().applyValue(
      articleId,
      await api['values.editParts']({ valueId: value.id, revision: value.revision, parts }),
    );
  },

  /** Puts a value back as it was at `toRevision`. */
  async revert(articleId: number, value: ValueAt, toRevision: number): Promise<void> {
    fields().applyValue(
      articleId,
      await api['values.revert']({ valueId: value.id, revision: value.revision, toRevision }),
    );
  },

  /** revert for several values in one write, all or none. */
  async revertMany(
    articleId: number,
    items: readonly { value: ValueAt; toRevision: number }[],
  ): Promise<void> {
    const reverted = await api['values.revertMany']({
      items: items.map(({ value, toRevision }) => ({
        valueId: value.id,
        revision: value.revision,
        toRevision,
      })),
    });
    for (const value of reverted) fields().applyValue(articleId, value);
  },

  /** Puts a field's values in the order given; `seenOrder` is the order this one replaces. */
  async reorder(
    articleId: number,
    fieldKey: string,
    valueIds: number[],
    seenOrder: number[],
  ): Promise<void> {
    const saved = await api['values.reorder']({ articleId, fieldKey, valueIds, seenOrder });
    fields().applyOrder(articleId, fieldKey, saved);
  },

  /** Adds a curator's value; the caller puts it in the panel. */
  add(
    articleId: number,
    fieldKey: string,
    input: { text?: string; spans: { start: number; end: number }[]; position?: number },
  ): Promise<FieldValuePayload> {
    return api['values.add']({
      articleId,
      fieldKey,
      spans: input.spans,
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
    });
  },

  /** Removes a curator's value; the caller drops it from the panel. */
  async remove(value: ValueAt): Promise<void> {
    await api['values.remove']({ valueId: value.id, revision: value.revision });
  },

  /** Adds or removes one span of a value's provenance; the caller puts the answer in the panel. */
  span(
    value: ValueAt,
    span: { start: number; end: number },
    action: 'attach' | 'detach',
  ): Promise<FieldValuePayload> {
    const method = action === 'attach' ? 'values.attachSpan' : 'values.detachSpan';
    return api[method]({ valueId: value.id, revision: value.revision, ...span });
  },
};
