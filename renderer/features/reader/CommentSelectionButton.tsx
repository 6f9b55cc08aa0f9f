import { Button } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** Alt+C in the add-value popover comments on the selection (and is not typed into the filter). */
export function isAltC(event: KeyboardEvent): boolean {
  if (!event.altKey || event.code !== 'KeyC') return false;
  event.preventDefault();
  return true;
}

/** The add-value popover's other choice: a comment thread on the selected characters. */
export function CommentSelectionButton({
  onClick,
  disabled,
}: {
  onClick(): void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="subtle"
      onClick={onClick}
      disabled={disabled}
      data-testid="comment-selection"
    >
      {t('review.threads.commentOnSelection')}
    </Button>
  );
}
