import { z } from 'zod';

/**
 * Every failure that crosses the API boundary has one of these codes, so the UI can show a
 * message that fits (and tests can assert the kind of failure, not its wording).
 */
export const apiErrorCodes = [
  'unknown-method',
  'invalid-input',
  'invalid-output',
  'not-found',
  'conflict',
  'project-too-new',
  'project-unreadable',
  'forbidden',
  /** An export would replace an existing file: the UI asks, then sends `overwrite: true`. */
  'file-exists',
  'internal',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];

export const apiErrorSchema = z.object({
  code: z.enum(apiErrorCodes),
  message: z.string(),
  /** Which input fields were wrong, as `path: problem` lines, when the code is invalid-input. */
  issues: z.array(z.string()).optional(),
});

export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

/** Thrown by services and by the renderer's transport; carries a code the UI can act on. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: string[] | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: string[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
  }

  toPayload(): ApiErrorPayload {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    return new ApiError(payload.code, payload.message, payload.issues);
  }
}

/** What every transport (IPC, HTTP) carries back: a value or a typed error, never a bare throw. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
