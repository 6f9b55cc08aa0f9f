import { CloseButton, TextInput } from '@mantine/core';
import { useDebouncedCallback, useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepSearchMatch } from '../reader/step-search-match';
import { useArticlesStore } from './articles-store';
import { SearchIcon } from './icons';

/**
 * Full-text search over titles and text. Typing searches after a short pause; Ctrl+F or `/`
 * jumps here from anywhere, Esc clears, Enter (Shift+Enter) then steps through the matches.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const query = useArticlesStore((s) => s.filter.query ?? '');
  const setQuery = useArticlesStore((s) => s.setQuery);
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);
  const [seen, setSeen] = useState(query);
  // A saved search or "clear filters" changes the query from outside: show it. A trailing space
  // the user is typing is not a change (the store keeps the query trimmed).
  if (seen !== query) {
    setSeen(query);
    if (text.trim() !== query) setText(query);
  }
  const search = useDebouncedCallback((value: string) => setQuery(value), 200);
  const focus = () => {
    input.current?.focus();
    input.current?.select();
  };
  useHotkeys([
    ['mod+F', focus],
    ['/', focus],
  ]);
  const clear = () => {
    search.cancel();
    setText('');
    setQuery('');
  };

  return (
    <TextInput
      ref={input}
      size="xs"
      aria-label={t('curation.list.search')}
      aria-keyshortcuts="Control+F /"
      placeholder={t('curation.list.searchPlaceholder')}
      leftSection={<SearchIcon />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        search(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          clear();
        } else if (event.key === 'Enter') {
          // Enter on a query already searched steps through its matches in the reader.
          if (text.trim() !== '' && text.trim() === query) stepSearchMatch(event.shiftKey ? -1 : 1);
          else search.flush();
        }
      }}
      rightSection={
        text ? (
          <CloseButton size="sm" aria-label={t('curation.list.clearSearch')} onClick={clear} />
        ) : null
      }
    />
  );
}
