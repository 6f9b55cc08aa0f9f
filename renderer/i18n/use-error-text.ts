import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract/errors';
import { errorText } from './error-text';

/** `say(error)`: an API error in the window's language (see errorText). */
export function useErrorText(): (error: ApiError) => string {
  const { t, i18n } = useTranslation();
  return (error) => errorText(t, i18n.language, error);
}
