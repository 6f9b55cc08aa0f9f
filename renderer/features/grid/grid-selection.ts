/**
 * Keyboard selection over the grid's loaded rows, as a spreadsheet or a mail client does it:
 * a cursor row, `x` toggles the cursor's row, Shift+j/k extends a range from where the extension
 * began (keeping what was selected before it), Ctrl+A takes every loaded row. Rows are named by
 * value id, so a selection survives more pages arriving under it.
 */
export interface GridSelection {
  cursor: number;
  /** Where the current Shift extension began; null when not extending. */
  anchor: number | null;
  /** The selection before the current extension began. */
  base: readonly number[];
  selected: ReadonlySet<number>;
}

export const emptySelection: GridSelection = {
  cursor: 0,
  anchor: null,
  base: [],
  selected: new Set(),
};

const clamp = (index: number, count: number) => Math.max(0, Math.min(count - 1, index));

/** j/k and clicks: moves the cursor, ends an extension, keeps the selection. */
export function moveTo(selection: GridSelection, index: number, count: number): GridSelection {
  if (count === 0) return selection;
  return { ...selection, cursor: clamp(index, count), anchor: null };
}

/** Shift+j/k: the rows from the anchor to the new cursor join the selection made before. */
export function extend(
  selection: GridSelection,
  step: number,
  ids: readonly number[],
): GridSelection {
  if (ids.length === 0) return selection;
  const anchor = selection.anchor ?? selection.cursor;
  const base = selection.anchor === null ? [...selection.selected] : selection.base;
  const cursor = clamp(selection.cursor + step, ids.length);
  const [from, to] = anchor <= cursor ? [anchor, cursor] : [cursor, anchor];
  return {
    cursor,
    anchor,
    base,
    selected: new Set([...base, ...ids.slice(from, to + 1)]),
  };
}

/** x: the cursor's row in or out of the selection. */
export function toggle(selection: GridSelection, ids: readonly number[]): GridSelection {
  const id = ids[selection.cursor];
  if (id === undefined) return selection;
  const selected = new Set(selection.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { ...selection, anchor: null, base: [], selected };
}

/** Ctrl+A: every loaded row. */
export function selectAll(selection: GridSelection, ids: readonly number[]): GridSelection {
  return { ...selection, anchor: null, base: [], selected: new Set(ids) };
}
