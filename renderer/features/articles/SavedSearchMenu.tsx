import {
  ActionIcon,
  Button,
  CloseButton,
  Group,
  Popover,
  Stack,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedSearch } from '../../../shared/contract/search';
import { useArticlesStore } from './articles-store';
import { isFiltered } from './filter-summary';
import { BookmarkIcon } from './icons';
import { useSavedSearchesStore } from './saved-searches-store';
import classes from './ArticleList.module.css';

/** Saved searches: apply one, delete one, or save the current filter and search under a name. */
export function SavedSearchMenu() {
  const { t } = useTranslation();
  const filter = useArticlesStore((s) => s.filter);
  const searches = useSavedSearchesStore((s) => s.searches);
  const available = useSavedSearchesStore((s) => s.available);
  const load = useSavedSearchesStore((s) => s.load);
  const saveCurrent = useSavedSearchesStore((s) => s.saveCurrent);
  const [opened, setOpened] = useState(false);
  const [name, setName] = useState('');
  useEffect(() => {
    void load();
  }, [load]);
  if (!available) return null;
  const canSave = isFiltered(filter) && name.trim().length > 0;
  const save = async () => {
    if (canSave && (await saveCurrent(name.trim()))) setName('');
  };

  return (
    <Popover
      position="bottom-end"
      shadow="md"
      width={260}
      opened={opened}
      onChange={setOpened}
      trapFocus
    >
      <Popover.Target>
        <ActionIcon
          size="md"
          variant="default"
          aria-label={t('curation.list.saved')}
          title={t('curation.list.saved')}
          onClick={() => setOpened((o) => !o)}
        >
          <BookmarkIcon />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('curation.list.saved')}>
          {searches.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('curation.list.savedNone')}
            </Text>
          )}
          {searches.map((search) => (
            <SavedSearchRow key={search.id} search={search} onApplied={() => setOpened(false)} />
          ))}
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <Group gap={4} wrap="nowrap" align="flex-end">
              <TextInput
                size="xs"
                style={{ flex: 1 }}
                label={t('curation.list.saveName')}
                placeholder={isFiltered(filter) ? undefined : t('curation.list.saveNeedsFilter')}
                value={name}
                maxLength={100}
                onChange={(event) => setName(event.currentTarget.value)}
              />
              <Button size="xs" type="submit" disabled={!canSave}>
                {t('curation.list.save')}
              </Button>
            </Group>
          </form>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

/** A saved search: its name applies it (and closes the menu); the cross deletes it. */
function SavedSearchRow({ search, onApplied }: { search: SavedSearch; onApplied: () => void }) {
  const { t } = useTranslation();
  const apply = useSavedSearchesStore((s) => s.apply);
  const remove = useSavedSearchesStore((s) => s.remove);
  return (
    <Group gap={4} wrap="nowrap" className={classes.savedRow}>
      <UnstyledButton
        className={classes.savedName}
        data-testid="saved-search"
        onClick={() => {
          apply(search);
          onApplied();
        }}
      >
        <Text size="sm" truncate>
          {search.name}
        </Text>
      </UnstyledButton>
      <CloseButton
        size="sm"
        aria-label={t('curation.list.deleteSaved', { name: search.name })}
        onClick={() => void remove(search.id)}
      />
    </Group>
  );
}
