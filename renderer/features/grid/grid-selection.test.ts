import { describe, expect, it } from 'vitest';
import { emptySelection, extend, moveTo, selectAll, toggle } from './grid-selection';

const ids = [10, 11, 12, 13, 14, 15];
const selectedOf = (s: { selected: ReadonlySet<number> }) => [...s.selected].sort((a, b) => a - b);

describe('grid selection', () => {
  it('moves the cursor within the rows and toggles the row under it', () => {
    let s = moveTo(emptySelection, 9, ids.length);
    expect(s.cursor).toBe(5);
    s = moveTo(s, -3, ids.length);
    expect(s.cursor).toBe(0);
    s = toggle(s, ids);
    s = toggle(moveTo(s, 2, ids.length), ids);
    expect(selectedOf(s)).toEqual([10, 12]);
    expect(selectedOf(toggle(s, ids))).toEqual([10]);
  });

  it('extends a range from where Shift began, both ways, keeping what was selected before', () => {
    let s = toggle(emptySelection, ids); // 10
    s = moveTo(s, 2, ids.length);
    s = extend(s, 1, ids);
    s = extend(s, 1, ids);
    expect(s.cursor).toBe(4);
    expect(selectedOf(s)).toEqual([10, 12, 13, 14]);
    s = extend(s, -1, ids); // shrinks back towards the anchor
    expect(selectedOf(s)).toEqual([10, 12, 13]);
    s = extend(extend(extend(s, -1, ids), -1, ids), -1, ids); // past the anchor, upwards
    expect(s.cursor).toBe(0);
    expect(selectedOf(s)).toEqual([10, 11, 12]);
    // A plain move ends the extension: the next one starts from the new cursor.
    s = extend(moveTo(s, 5, ids.length), -1, ids);
    expect(selectedOf(s)).toEqual([10, 11, 12, 14, 15]);
  });

  it('selects every loaded row', () => {
    expect(selectedOf(selectAll(emptySelection, ids))).toEqual(ids);
  });
});
