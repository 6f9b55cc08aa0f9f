import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronDownIcon, ChevronUpIcon } from '../articles/icons';
import { useSearchMatchStore } from './search-match-store';

/**
 * F3 / Shift+F3 and Ctrl+G / Ctrl+Shift+G step through the search matches in the article shown,
 * from anywhere, the search box included (as in a browser's find bar).
 */
export function useSearchMatchHotkeys(): void {
  const step = useSearchMatchStore((s) => s.step);
  useHotkeys(
    [
      ['F3', () => step(1)],
      ['shift+F3', () => step(-1)],
      ['mod+G', () => step(1)],
      ['mod+shift+G', () => step(-1)],
    ],
    [],
  );
}

/** "3 of 7 matches of “医院”" above the reader's text, with buttons to step through them. */
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
  const step = useSearchMatchStore((s) => s.step);
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="dimmed" data-testid="search-matches" aria-live="polite">
        {total === 1
          ? t('curation.reader.searchMatch', { query })
          : t('curation.reader.searchMatchAt', { index: current + 1, total, query })}
      </Text>
      {total > 1 && (
        <>
          <StepButton
            label={t('curation.reader.previousMatch')}
            keys="Shift+F3 Control+Shift+G"
            onClick={() => step(-1)}
          >
            <ChevronUpIcon />
          </StepButton>
          <StepButton
            label={t('curation.reader.nextMatch')}
            keys="F3 Control+G"
            onClick={() => step(1)}
          >
            <ChevronDownIcon />
          </StepButton>
        </>
      )}
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
