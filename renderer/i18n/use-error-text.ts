import { useTranslation } from 'react-i18next';
import type { JobStatePayload } from '../../shared/contract/domain';
import { ApiError } from '../../shared/contract/errors';
import { errorText } from './error-text';

/** `say(error)`: an API error in the window's language (see errorText). */
export function useErrorText(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  return (error) => errorText(t, i18n.language, error);
}

/** A failed job's error, with its registry key when the job gave one; null if it did not fail. */
export function jobError(job: Pick<JobStatePayload, 'error' | 'errorReason'>): ApiError | null {
  if (job.error === null) return null;
  return new ApiError('internal', job.error, undefined, job.errorReason ?? undefined);
}
