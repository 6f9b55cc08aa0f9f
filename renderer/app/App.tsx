import { AppShell, Group, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleList } from '../features/articles/ArticleList';
import { useArticlesStore } from '../features/articles/articles-store';
import { FieldsPanel } from '../features/fields/FieldsPanel';
import { Reader } from '../features/reader/Reader';
import { PreferencesMenu } from '../features/settings/PreferencesMenu';
import { ErrorBanner } from './ErrorBanner';

/** Three panes: the article list, the reader, and the fields of the selected article. */
export function App() {
  const { t } = useTranslation();
  const loadList = useArticlesStore((s) => s.loadList);
  useEffect(() => {
    void loadList();
  }, [loadList]);

  return (
    <AppShell
      header={{ height: 52 }}
      navbar={{ width: { base: 260, lg: 320, xl: 380 }, breakpoint: 0 }}
      aside={{ width: { base: 300, lg: 360, xl: 440 }, breakpoint: 0 }}
      padding={0}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs" align="baseline">
            <Title order={4}>{t('app.name')}</Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Group>
          <PreferencesMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('articles.title')}>
        <ArticleList />
      </AppShell.Navbar>
      <AppShell.Main h="100dvh">
        <ErrorBanner />
        <Reader />
      </AppShell.Main>
      <AppShell.Aside aria-label={t('fields.title')}>
        <FieldsPanel />
      </AppShell.Aside>
    </AppShell>
  );
}
