import { Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGridStore } from './grid-store';
import { GridRowView } from './GridRowView';
import classes from './Grid.module.css';

const ROW_HEIGHT = 36;

/**
 * The grid's rows, virtualised: only the rows on screen are in the DOM, and the next page loads
 * when the last loaded row comes near. The cursor row is kept in view as j/k move it.
 */
export function GridBody() {
  const { t } = useTranslation();
  const rows = useGridStore((s) => s.rows);
  const more = useGridStore((s) => s.next !== null);
  const loading = useGridStore((s) => s.loading);
  const selection = useGridStore((s) => s.selection);
  const schemaFields = useGridStore((s) => s.schemaFields);
  const fieldsByKey = useMemo(() => new Map(schemaFields.map((f) => [f.key, f])), [schemaFields]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const lastShown = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (more && lastShown >= rows.length - 20) void useGridStore.getState().loadMore();
  }, [lastShown, rows.length, more]);
  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(selection.cursor, { align: 'auto' });
  }, [selection.cursor, rows.length, virtualizer]);
  const onPick = useCallback((index: number, extend: boolean) => {
    const store = useGridStore.getState();
    if (!extend) return store.moveCursor(index);
    store.extendSelection(index > store.selection.cursor ? 1 : -1);
  }, []);
  const onOpen = useCallback((index: number) => {
    useGridStore.getState().moveCursor(index);
    void useGridStore.getState().openAtCursor();
  }, []);

  return (
    <div ref={scroller} className={classes.body} data-testid="grid-body">
      {rows.length === 0 && (
        <Text c="dimmed" size="sm" p="sm">
          {loading ? t('workbench.grid.loading') : t('workbench.grid.empty')}
        </Text>
      )}
      <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <GridRowView
            key={rows[item.index]!.valueId}
            row={rows[item.index]!}
            index={item.index}
            top={item.start}
            field={fieldsByKey.get(rows[item.index]!.fieldKey)}
            selected={selection.selected.has(rows[item.index]!.valueId)}
            cursor={selection.cursor === item.index}
            onPick={onPick}
            onOpen={onOpen}
          />
        ))}
      </div>
    </div>
  );
}
