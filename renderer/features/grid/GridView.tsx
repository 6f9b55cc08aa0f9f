import { Button, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GridBody } from './GridBody';
import { GridBulkBar } from './GridBulkBar';
import { GridEditDialog } from './GridEditDialog';
import { GridHeader } from './GridHeader';
import { GridToolbar } from './GridToolbar';
import { useViewStore } from '../review/view-store';
import { useGridStore } from './grid-store';
import { useGridHotkeys } from './use-grid-hotkeys';
import classes from './Grid.module.css';

/** The field grid: values of one or more fields across every article, with bulk actions. */
export function GridView() {
  const { t } = useTranslation();
  const count = useGridStoreRowCount();
  const setView = useViewStore((s) => s.setView);
  useGridHotkeys();
  return (
    <div className={classes.view} data-testid="field-grid">
      <Group justify="space-between">
        <Title order={5}>{t('workbench.grid.title')}</Title>
        <Button size="xs" variant="subtle" onClick={() => setView('reader')}>
          {t('workbench.backToArticles')}
        </Button>
      </Group>
      <GridToolbar />
      <GridBulkBar />
      <div
        role="grid"
        aria-label={t('workbench.grid.title')}
        aria-rowcount={count}
        aria-multiselectable
        tabIndex={0}
        data-grid-table
        className={classes.table}
      >
        <GridHeader />
        <GridBody />
      </div>
      <GridEditDialog />
    </div>
  );
}

function useGridStoreRowCount(): number {
  return useGridStore((s) => (s.total ?? s.rows.length) + 1);
}
