import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBackupsStore } from './backups-store';
import { BackupsDialog } from './BackupsDialog';
import { useDesktopMenu } from './use-desktop-menu';
import { PackagesDialog } from '../packages/PackagesDialog';
import { usePackagesStore } from '../packages/packages-store';
import { AdjudicationDialog } from '../adjudication/AdjudicationDialog';
import { useArticlesStore } from '../articles/articles-store';
import { useAdjudicationStore } from '../adjudication/adjudication-store';

/** The header's Project menu (backups), also in browser mode where there is no native menu. */
export function ProjectMenu() {
  const { t } = useTranslation();
  const open = useBackupsStore((s) => s.open);
  const backUpNow = useBackupsStore((s) => s.backUpNow);
  const openCreatePackage = usePackagesStore((s) => s.openCreate);
  const openMergePackage = usePackagesStore((s) => s.openMerge);
  const openAdjudication = useAdjudicationStore((s) => s.open);
  const openVersions = useAdjudicationStore((s) => s.openVersions);
  const articleId = useArticlesStore((s) => s.selectedId);
  useDesktopMenu();
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="xs" variant="default" aria-label={t('desktop.projectMenuLabel')}>
            {t('desktop.projectMenu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            onClick={() => {
              open();
              void backUpNow();
            }}
          >
            {t('desktop.backUpNow')}
          </Menu.Item>
          <Menu.Item onClick={open}>{t('desktop.restoreFromBackup')}</Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={openCreatePackage}>{t('packages.create')}</Menu.Item>
          <Menu.Item onClick={openMergePackage}>{t('packages.merge')}</Menu.Item>
          <Menu.Item onClick={openAdjudication} rightSection="Ctrl+Shift+D">
            {t('packages.adjudication.menu')}
          </Menu.Item>
          <Menu.Item
            disabled={articleId === null}
            onClick={() => articleId !== null && openVersions(articleId)}
          >
            {t('packages.adjudication.versionsMenu')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <BackupsDialog />
      <PackagesDialog />
      <AdjudicationDialog />
    </>
  );
}
