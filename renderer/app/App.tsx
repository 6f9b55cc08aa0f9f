import { AppShell, Button, Group, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleList } from '../features/articles/ArticleList';
import { useArticlesStore } from '../features/articles/articles-store';
import { FieldsPanel } from '../features/fields/FieldsPanel';
import { DropZone } from '../features/import/DropZone';
import { SaveStatus } from '../features/editing/SaveStatus';
import { ExportButton } from '../features/export/ExportButton';
import { ImportDialog } from '../features/import/ImportDialog';
import { ImportProgress } from '../features/import/ImportProgress';
import { ImportReport } from '../features/import/ImportReport';
import { useImportStore } from '../features/import/import-store';
import { Reader } from '../features/reader/Reader';
import { SchemaButton } from '../features/schema/SchemaButton';
import { ShortcutSheet } from '../features/shortcuts/ShortcutSheet';
import { useCurationHotkeys } from '../features/shortcuts/use-curation-hotkeys';
import { PreferencesMenu } from '../features/settings/PreferencesMenu';
import { ProjectMenu } from '../features/backups/ProjectMenu';
import { DashboardButton } from '../features/dashboard/DashboardButton';
import { WorkbenchMenu } from '../features/workbench/WorkbenchMenu';
import { ProfileMenu } from '../features/profiles/ProfileMenu';
import { MainView } from '../features/review/MainView';
import { ReadOnlyFields } from '../features/review/ReadOnlyFields';
import { ReviewOverlays } from '../features/review/ReviewOverlays';
import { useViewStore } from '../features/review/view-store';
import { ErrorBanner } from './ErrorBanner';
import classes from './App.module.css';

/** Three panes: the article list, the reader, and the fields of the selected article. */
export function App() {
  const { t } = useTranslation();
  const loadList = useArticlesStore((s) => s.loadList);
  const openImport = useImportStore((s) => s.openDialog);
  const discoverJobs = useImportStore((s) => s.discoverJobs);
  useEffect(() => {
    void loadList();
  }, [loadList]);
  // Imports started outside this window (the desktop menu) show up here too.
  useEffect(() => {
    void discoverJobs();
    const timer = setInterval(() => void discoverJobs(), 2000);
    return () => clearInterval(timer);
  }, [discoverJobs]);
  useHotkeys([['mod+I', openImport]]);
  useCurationHotkeys();
  // The dashboard and the field grid take the whole width.
  const onDashboard = useViewStore((s) => s.view === 'dashboard' || s.view === 'grid');

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{
        width: { base: 260, lg: 320, xl: 380 },
        breakpoint: 0,
        collapsed: { desktop: onDashboard, mobile: onDashboard },
      }}
      aside={{
        width: { base: 300, lg: 360, xl: 440 },
        breakpoint: 0,
        collapsed: { desktop: onDashboard, mobile: onDashboard },
      }}
      padding={0}
    >
      <AppShell.Header>
        {/* One line down to the desktop window's 1024 px: while a job runs the tagline makes
            room for its progress, which gives way in turn. A wrapped header had spilled its
            buttons over the reader while an import ran. */}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" align="baseline" wrap="nowrap" miw={0}>
            <Title order={4} className={classes.title}>
              {t('app.name')}
            </Title>
            <Tagline />
          </Group>
          <Group gap="xs" wrap="nowrap" miw={0} className={classes.headerActions}>
            <SaveStatus />
            <ImportProgress />
            <Button size="xs" onClick={openImport} aria-keyshortcuts="Control+I">
              {t('import.button')}
            </Button>
            <ExportButton />
            <SchemaButton />
            <ProjectMenu />
            <WorkbenchMenu />
            <DashboardButton />
            <PreferencesMenu />
            <ProfileMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* Collapsed panes are only moved out of the window: made invisible too, so Tab and screen
          readers do not reach their controls behind the grid or the dashboard. */}
      <AppShell.Navbar aria-label={t('articles.title')} style={collapsedStyle(onDashboard)}>
        <ArticleList />
      </AppShell.Navbar>
      <AppShell.Main h="100dvh">
        <ErrorBanner />
        <MainView reader={<Reader />} />
      </AppShell.Main>
      <AppShell.Aside aria-label={t('fields.title')} style={collapsedStyle(onDashboard)}>
        <ReadOnlyFields>
          <FieldsPanel />
        </ReadOnlyFields>
      </AppShell.Aside>
      <ImportDialog />
      <ImportReport />
      <DropZone />
      <ShortcutSheet />
      <ReviewOverlays />
    </AppShell>
  );
}

/** A pane moved out of the window keeps its layout (the list's scroll) but no focus. */
function collapsedStyle(collapsed: boolean): CSSProperties | undefined {
  return collapsed ? { visibility: 'hidden' } : undefined;
}

/**
 * The app's tagline, hidden while a job runs to make room for its progress. Its own component:
 * App itself subscribing to the job re-rendered the whole window (reader, fields, list) when an
 * import started and ended, a 117 ms stall.
 */
function Tagline() {
  const { t } = useTranslation();
  const jobRunning = useImportStore((s) => s.job?.status === 'running');
  if (jobRunning) return null;
  return (
    // Below 1200 px the buttons need its room: in English the profile button left the window.
    <Text size="sm" c="dimmed" truncate visibleFrom="lg">
      {t('app.tagline')}
    </Text>
  );
}
