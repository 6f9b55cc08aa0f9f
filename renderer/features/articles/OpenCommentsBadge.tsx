import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CommentIcon } from '../review/CommentIcon';

/** How many comment threads of the article nobody has resolved; nothing when none. */
export function OpenCommentsBadge({ count, className }: { count: number; className?: string }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  const label = t('review.threads.listBadge', { count });
  return (
    <Badge
      size="xs"
      variant="filled"
      color="violet.8"
      title={label}
      aria-label={label}
      className={className}
      data-testid="open-comments-badge"
    >
      <CommentIcon />
      {count}
    </Badge>
  );
}
