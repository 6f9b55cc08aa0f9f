import type { FieldValuePayload } from '../../../shared/contract/domain';
import { ApiError } from '../../../shared/contract/errors';
import i18n from '../../i18n';
import { uiError } from '../../i18n/error-text';
import { useFieldsStore } from '../fields/fields-store';
import { valueWrites } from '../fields/fields-store.writes';
import { enqueueSave, type EditCommand } from './editing-store';
import { refreshArticleStatus } from './article-status';
import { currentValueId, knownValue, valueReplaced } from './value-cache';

function valueOrThrow(valueId: number): FieldValuePayload {
  const value = knownValue(valueId);
  if (!value) throw uiError('not-found', i18n.t('errors.ui.valueGone', { valueId }));
  return value;
}

/**
 * One write through the save queue. A refused stale write reloads the article's values, so the
 * panel shows what the other window saved instead of what this one wanted.
 */
async function save<T>(articleId: number, write: () => Promise<T>): Promise<T> {
  try {
    const result = await enqueueSave(write);
    refreshArticleStatus(articleId);
    return result;
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'not-found')) {
      const fields = useFieldsStore.getState();
      if (fields.articleId === articleId) void fields.load(articleId);
    }
    throw error;
  }
}

/**
 * Puts a value back as it was at `toRevision` (values.revert): the exact value, raw text, state
 * and spans the audit log recorded for that revision, never a re-parse of the text. Its inverse
 * reverts the revert, which is redo. `valueId` is the id the value had when the change was made:
 * a curator's value removed and added again since has a new id and none of that history.
 */
export function revertCommand(
  articleId: number,
  valueId: number,
  toRevision: number,
  kind: string,
): EditCommand {
  return revertibleWrite(articleId, valueId, kind, (value) => {
    refuseIfReplaced(value, valueId);
    return valueWrites.revert(articleId, value, toRevision);
  });
}

/** A revert names the id a value had: one removed and added again since has lost that history. */
function refuseIfReplaced(value: FieldValuePayload, valueId: number): void {
  if (value.id !== valueId) {
    throw uiError('conflict', i18n.t('errors.ui.valueReplaced', { valueId }));
  }
}

/**
 * A write to one value (which puts its answer in the panel); its inverse reverts the value to the
 * revision the write started from.
 */
function revertibleWrite(
  articleId: number,
  valueId: number,
  kind: string,
  write: (value: FieldValuePayload) => Promise<void>,
): EditCommand {
  return {
    articleId,
    kind,
    async run() {
      const before = await save(articleId, async () => {
        const start = valueOrThrow(valueId);
        await write(start);
        return start;
      });
      return revertCommand(articleId, before.id, before.revision, kind);
    },
  };
}

/** Accepts, rejects or returns a value to suggested. */
export function setStateCommand(
  articleId: number,
  valueId: number,
  state: 'accepted' | 'rejected' | 'suggested',
): EditCommand {
  return revertibleWrite(articleId, valueId, state, (value) =>
    valueWrites.setState(articleId, value, state),
  );
}

/**
 * Accepts the given values (those still suggested) in one write, all or none: one undo puts them
 * all back, through revertAllCommand.
 */
export function acceptAllCommand(articleId: number, valueIds: readonly number[]): EditCommand {
  return {
    articleId,
    kind: 'acceptAll',
    async run() {
      const before = await save(articleId, async () => {
        const start = valueIds.map(valueOrThrow);
        await valueWrites.acceptAll(articleId, start);
        return start;
      });
      return revertAllCommand(
        articleId,
        before.map((v) => ({ valueId: v.id, toRevision: v.revision })),
        'acceptAll',
      );
    },
  };
}

/** revertCommand for several values in one write (undo and redo of accept all). */
function revertAllCommand(
  articleId: number,
  targets: readonly { valueId: number; toRevision: number }[],
  kind: string,
): EditCommand {
  return {
    articleId,
    kind,
    async run() {
      const before = await save(articleId, async () => {
        const start = targets.map(({ valueId }) => {
          const value = valueOrThrow(valueId);
          refuseIfReplaced(value, valueId);
          return value;
        });
        await valueWrites.revertMany(
          articleId,
          start.map((value, i) => ({ value, toRevision: targets[i]!.toRevision })),
        );
        return start;
      });
      return revertAllCommand(
        articleId,
        before.map((v) => ({ valueId: v.id, toRevision: v.revision })),
        kind,
      );
    },
  };
}

/** Sets a value's text, parsed by its field's type (state `edited`). */
export function editCommand(articleId: number, valueId: number, text: string): EditCommand {
  return revertibleWrite(articleId, valueId, 'edit', (value) =>
    valueWrites.edit(articleId, value, text),
  );
}

/** Changes a metric, a person or an investment part by part; undone like a one-line edit. */
export function editPartsCommand(
  articleId: number,
  valueId: number,
  parts: Record<string, string>,
): EditCommand {
  return revertibleWrite(articleId, valueId, 'edit', (value) =>
    valueWrites.editParts(articleId, value, parts),
  );
}

/**
 * Adds a curator's value (with spans, or none: no provenance). `replaces` names the value this
 * one brings back when it undoes a removal, so older commands find it under its new id.
 */
export function addCommand(
  articleId: number,
  fieldKey: string,
  input: { text?: string; spans: { start: number; end: number }[]; position?: number },
  replaces?: number,
): EditCommand {
  return {
    articleId,
    kind: 'add',
    async run() {
      const added = await save(articleId, () => valueWrites.add(articleId, fieldKey, input));
      if (replaces !== undefined) valueReplaced(replaces, added.id);
      useFieldsStore.getState().applyValue(articleId, added);
      // Put back in its place, the others moved along: reload the field's order.
      if (input.position !== undefined && useFieldsStore.getState().articleId === articleId)
        await useFieldsStore.getState().load(articleId);
      if (useFieldsStore.getState().articleId === articleId)
        useFieldsStore.getState().focus(added.id);
      return removeCommand(articleId, replaces ?? added.id);
    },
  };
}

/** Where a value stands among its field's values on screen, or null when its article is not shown. */
function positionInField(articleId: number, value: FieldValuePayload): number | null {
  const fields = useFieldsStore.getState();
  if (fields.articleId !== articleId || !fields.data) return null;
  const index = fields.data.values
    .filter((v) => v.fieldKey === value.fieldKey)
    .sort((a, b) => a.ordinal - b.ordinal || a.id - b.id)
    .findIndex((v) => v.id === value.id);
  return index >= 0 ? index : null;
}

/**
 * Removes a value a curator added; its inverse adds it again with the same text and spans, in the
 * place it had among the field's values.
 */
export function removeCommand(articleId: number, valueId: number): EditCommand {
  return {
    articleId,
    kind: 'remove',
    async run() {
      const { removed, position } = await save(articleId, async () => {
        const value = valueOrThrow(valueId);
        const place = positionInField(articleId, value);
        await valueWrites.remove(value);
        return { removed: value, position: place };
      });
      useFieldsStore.getState().dropValue(articleId, removed.id);
      return addCommand(
        articleId,
        removed.fieldKey,
        {
          text: removed.raw,
          spans: removed.spans.map(({ start, end }) => ({ start, end })),
          ...(position !== null ? { position } : {}),
        },
        valueId,
      );
    },
  };
}

/** Adds (attach) or removes (detach) one span of a value's provenance; each undoes the other. */
export function spanCommand(
  articleId: number,
  valueId: number,
  span: { start: number; end: number },
  action: 'attach' | 'detach',
): EditCommand {
  return {
    articleId,
    kind: action === 'attach' ? 'attachSpan' : 'detachSpan',
    async run() {
      const saved = await save(articleId, () =>
        valueWrites.span(valueOrThrow(valueId), span, action),
      );
      useFieldsStore.getState().applyValue(articleId, saved);
      return spanCommand(articleId, valueId, span, action === 'attach' ? 'detach' : 'attach');
    },
  };
}

/** Puts a many-valued field's values in a new order; its inverse restores the order they had. */
export function reorderCommand(
  articleId: number,
  fieldKey: string,
  valueIds: readonly number[],
): EditCommand {
  return {
    articleId,
    kind: 'reorder',
    async run() {
      const before = await save(articleId, async () => {
        const ids = valueIds.map(currentValueId);
        const previous = [...ids].sort(
          (a, b) => (knownValue(a)?.ordinal ?? 0) - (knownValue(b)?.ordinal ?? 0) || a - b,
        );
        // The order on screen is the one this write replaces: a reorder made elsewhere since
        // makes it stale, refused, and save() reloads the panel to show that order.
        await valueWrites.reorder(articleId, fieldKey, ids, previous);
        return previous;
      });
      return reorderCommand(articleId, fieldKey, before);
    },
  };
}

/** The field's value ids with `valueId` moved one place up or down, or null at either end. */
export function movedOrder(ids: readonly number[], valueId: number, step: -1 | 1): number[] | null {
  const index = ids.indexOf(valueId);
  const target = index + step;
  if (index < 0 || target < 0 || target >= ids.length) return null;
  const next = [...ids];
  next[index] = ids[target]!;
  next[target] = valueId;
  return next;
}
