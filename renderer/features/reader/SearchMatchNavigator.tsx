import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, ChevronUpIcon } from '../articles/icons';
import { stepSearchMatch } from './step-search-match';

/**
 * F3 / Shift+F3 and Ctrl+G / Ctrl+Shift+G step through the search matches, from anywhere, the
 * search box included (as in a browser's find bar).
 */
export function useSearchMatchHotkeys(): void {
  useHotkeys(
    [
      ['F3', () => stepSearchMatch(1)],
      ['shift+F3', () => stepSearchMatch(-1)],
      ['mod+G', () => stepSearchMatch(1)],
      ['mod+shift+G', () => stepSearchMatch(-1)],
    ],
    [],
  );
}

/**
 * "3 of 7 matches of “医院”" above the reader's text, with arrows to step through them (on into
 * the next or previous article of the list past either end).
 */
export function SearchMatchNavigator({
  query,
  total,
  current,
}: {
  query: string;
  total: number;
  current: number;
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="dimmed" data-testid="search-matches" aria-live="polite">
        {total === 1
          ? t('curation.reader.searchMatch', { query })
          : t('curation.reader.searchMatchAt', { index: current + 1, total, query })}
      </Text>
      <StepButton
        label={t('curation.reader.previousMatch')}
        keys="Shift+F3 Control+Shift+G"
        onClick={() => stepSearchMatch(-1)}
      >
        <ChevronUpIcon />
      </StepButton>
      <StepButton
        label={t('curation.reader.nextMatch')}
        keys="F3 Control+G"
        onClick={() => stepSearchMatch(1)}
      >
        <ChevronDownIcon />
      </StepButton>
    </Group>
  );
}

function StepButton({
  label,
  keys,
  onClick,
  children,
}: {
  label: string;
  keys: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        aria-label={label}
        aria-keyshortcuts={keys}
        onClick={onClick}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  );
}
