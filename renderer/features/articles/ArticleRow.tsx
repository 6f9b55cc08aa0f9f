import { Badge, Skeleton } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleListItem } from '../../../shared/contract/articles';
import type { ArticleStatus } from '../../../shared/contract/domain';
import { literalRanges } from './match-parts';
import { MarkedText, MatchSnippet } from './MatchSnippet';
import { OffSubjectBadge } from './OffSubjectBadge';
import { OpenCommentsBadge } from './OpenCommentsBadge';
import classes from './ArticleList.module.css';

const statusColors: Record<ArticleStatus, string> = {
  new: 'gray',
  in_progress: 'blue',
  submitted: 'yellow',
  approved: 'green',
  changes_requested: 'red',
};

interface RowProps {
  article: ArticleListItem;
  selected: boolean;
  /** The next row is another part of the same page: number the parts. */
  partOfPage: boolean;
  query: string | undefined;
  /** Where the virtual list places the row. */
  top: number;
  height: number;
  onSelect(id: number): void;
}

function placed(top: number, height: number) {
  return { transform: `translateY(${top}px)`, height };
}

/** One article in the list: title, where a search matched, status, flags, assignee, source. */
export const ArticleRow = memo(function ArticleRow({
  article,
  selected,
  partOfPage,
  query,
  top,
  height,
  onSelect,
}: RowProps) {
  const { t } = useTranslation();
  const title = article.title ?? t('articles.untitled');
  // Plain elements styled by class, Mantine only for the badges: a row is mounted for every
  // article scrolled into view (and 40 at once when an import ends), and Mantine's Text, Group
  // and UnstyledButton cost most of that render.
  return (
    <button
      type="button"
      role="option"
      aria-selected={selected}
      data-article-id={article.id}
      className={classes.row}
      data-selected={selected || undefined}
      onClick={() => onSelect(article.id)}
      style={placed(top, height)}
    >
      <span className={classes.rowTitle}>
        {query && article.title ? (
          <MarkedText text={title} ranges={literalRanges(title, query)} />
        ) : (
          title
        )}
      </span>
      {/* A match in the title is marked in the title; the snippet would only repeat it. */}
      {query && article.match && article.match.snippet.trim() !== title.trim() && (
        <MatchSnippet match={article.match} />
      )}
      <span className={classes.rowMeta}>
        <Badge
          size="xs"
          variant="light"
          color={statusColors[article.status]}
          className={classes.badge}
        >
          {t(`status.${article.status}`)}
        </Badge>
        {article.flagged && (
          <Badge
            size="xs"
            variant="light"
            color="yellow"
            title={t('reader.repeatTitle')}
            className={classes.badge}
          >
            {t('articles.flagged')}
          </Badge>
        )}
        <OpenCommentsBadge count={article.openComments} className={classes.badge} />
        {article.offSubject && (
          <OffSubjectBadge offSubject={article.offSubject} className={classes.badge} />
        )}
        {article.assigneeName && (
          <Badge size="xs" variant="outline" color="gray" className={classes.assignee}>
            {article.assigneeName}
          </Badge>
        )}
        <span className={classes.rowSource}>
          {article.documentName}
          {article.ordinal > 0 || partOfPage
            ? ` · ${t('articles.part', { n: article.ordinal + 1 })}`
            : ''}
        </span>
      </span>
    </button>
  );
});

/** A row not loaded yet: same height, so the scrollbar and the rows around it do not move. */
export function PlaceholderRow({ top, height }: { top: number; height: number }) {
  return (
    <div className={classes.row} aria-hidden="true" style={placed(top, height)}>
      <Skeleton height={12} width="70%" />
      <Skeleton height={10} width="40%" />
    </div>
  );
}
