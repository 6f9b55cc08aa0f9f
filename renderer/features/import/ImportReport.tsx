import { Badge, Button, Group, List, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../../shared/contract/domain';
import { ModelSuggestReport } from '../model/ModelSuggestReport';
import { jobError, useErrorText } from '../../i18n/use-error-text';
import { useImportStore } from './import-store';
import { FieldsLeftOut } from './FieldsLeftOut';
import { SkippedPatterns } from './SkippedPatterns';
import { UnextractedArticles } from './UnextractedArticles';

type FinishedReport = NonNullable<JobStatePayload['report']>;

/** Skip reasons that choosing the encoding ("Decode as…") can resolve. */
const encodingReasons = new Set(['low-confidence', 'mojibake', 'undecodable']);

/**
 * What happened to the files of a finished import: how many were imported, and which were
 * duplicates (of what) or skipped (why), the first 200 of each by name (thousands of list items
 * laid out at once would freeze the window just as the import ends).
 */
export function ImportReport() {
  const { t } = useTranslation();
  const job = useImportStore((s) => s.job);
  const dismiss = useImportStore((s) => s.dismissReport);
  const say = useErrorText();
  if (!job || job.status === 'running') return null;
  const error = jobError(job);
  const report = job.report;
  const extractOnly = job.kind === 'extract';
  const suggested = job.kind === 'suggest';
  return (
    // No scroll lock: locking restyles the whole page behind the report (a long style recalc).
    <Modal
      opened
      onClose={dismiss}
      title={t(
        suggested
          ? 'curation.model.report.title'
          : extractOnly
            ? 'import.extractTitle'
            : 'import.reportTitle',
      )}
      size="lg"
      lockScroll={false}
    >
      <Stack data-testid="import-report">
        {job.status === 'failed' && (
          <Text c="red" role="alert">
            {t('import.failed', { message: error ? say(error) : '' })}
          </Text>
        )}
        {job.suggestReport && <ModelSuggestReport report={job.suggestReport} />}
        {report && (
          <>
            <ReportSummary report={report} extractOnly={extractOnly} />
            {!extractOnly && foundNothing(report) && (
              <Text size="sm" c="orange.8" role="status" data-testid="import-nothing-found">
                {t('import.nothingFound')}
              </Text>
            )}
            {extractOnly && report.heldBack > 0 && (
              <Text size="sm" data-testid="extract-held-back">
                {t('import.heldBack', { count: report.heldBack })}
              </Text>
            )}
            {report.resumed > 0 && (
              <Text size="sm" data-testid="import-resumed">
                {extractOnly
                  ? t('import.completedInterrupted')
                  : t('import.resumed', { count: report.resumed })}
              </Text>
            )}
            <ScrollArea.Autosize mah={360}>
              <SkippedPatterns report={report} />
              <FieldsLeftOut report={report} />
              <UnextractedArticles report={report} />
              <SkippedFiles report={report} />
              <DuplicateFiles report={report} />
            </ScrollArea.Autosize>
          </>
        )}
        <Group justify="flex-end">
          <Button onClick={dismiss}>{t('import.close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The counts of a finished import or extraction, and where it was stopped if it was. */
function ReportSummary({ report, extractOnly }: { report: FinishedReport; extractOnly: boolean }) {
  const { t } = useTranslation();
  return (
    <Text data-testid="import-summary">
      {extractOnly
        ? t('import.extractSummary', {
            articles: report.extracted,
            suggestions: report.suggestions,
          })
        : t('import.summary', {
            files: report.files,
            articles: report.articles,
            duplicates: report.duplicateCount,
            skipped: report.skippedCount,
          })}
      {report.cancelled
        ? ` ${t(report.stoppedIn ? `import.stoppedIn.${report.stoppedIn}` : 'import.wasCancelled')}`
        : ''}
    </Text>
  );
}

/**
 * An import that read no file at all and reported none: the folders held only files of other
 * kinds (Word, PDF) or nothing. Folders pass those over without a word, so a row of zeros was the
 * whole answer and the curator could not tell why.
 */
const foundNothing = (report: FinishedReport): boolean =>
  !report.cancelled &&
  report.files === 0 &&
  report.duplicateCount === 0 &&
  report.skippedCount === 0;

function MoreFiles({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Text size="sm" c="dimmed" mb="sm">
      {t('import.moreFiles', { count })}
    </Text>
  );
}

function SkippedFiles({ report }: { report: FinishedReport }) {
  const { t, i18n } = useTranslation();
  if (report.skipped.length === 0) return null;
  return (
    <>
      <Title order={6}>{t('import.skipped')}</Title>
      <List size="sm" spacing={4} mb="sm">
        {report.skipped.map((s) => (
          <List.Item key={s.path}>
            <Badge size="xs" color="red" variant="light" mr={6} tt="none">
              {t(`errors.skipReasons.${s.reason}`, { defaultValue: s.reason })}
            </Badge>
            {/* The English message says more; a Chinese window names the file, the badge why. */}
            {i18n.language.startsWith('zh') ? s.name : s.message}
          </List.Item>
        ))}
      </List>
      <MoreFiles count={report.skippedCount - report.skipped.length} />
      {report.skipped.some((s) => encodingReasons.has(s.reason)) && (
        <Text size="sm" c="dimmed" mb="sm" data-testid="import-encoding-hint">
          {t('import.decodeAs.reportHint')}
        </Text>
      )}
    </>
  );
}

function DuplicateFiles({ report }: { report: FinishedReport }) {
  const { t } = useTranslation();
  if (report.duplicates.length === 0) return null;
  return (
    <>
      <Title order={6}>{t('import.duplicates')}</Title>
      <List size="sm" spacing={4}>
        {report.duplicates.map((d) => (
          <List.Item key={d.path}>
            {t('import.duplicateOf', { name: d.name, matched: d.matchedName })}
          </List.Item>
        ))}
      </List>
      <MoreFiles count={report.duplicateCount - report.duplicates.length} />
    </>
  );
}
