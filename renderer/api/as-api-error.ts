import { ApiError } from '../../shared/contract/errors';

/** Any failure as an ApiError, so every store shows errors the same way. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError
    ? error
    : new ApiError('internal', String((error as Error)?.message ?? error));
}
