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
  /** Which message of shared/contract/error-messages.ts this is, so the UI can translate it. */
  key: z.string().optional(),
  /** The message's parameters (article id, file, field…), for the translated message. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export type ApiErrorPayload = z.infer<typeof apiErrorSchema>;

export type ApiErrorReason = { key: string; params: Record<string, string | number> };

/** Thrown by services and by the renderer's transport; carries a code the UI can act on. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly issues: string[] | undefined;
  /** The message's key and parameters when it came from the registry (see `apiError`). */
  readonly reason: ApiErrorReason | undefined;

  constructor(code: ApiErrorCode, message: string, issues?: string[], reason?: ApiErrorReason) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.issues = issues;
    this.reason = reason;
  }

  toPayload(): ApiErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.reason ? { key: this.reason.key, params: this.reason.params } : {}),
    };
  }

  static fromPayload(payload: ApiErrorPayload): ApiError {
    const reason = payload.key ? { key: payload.key, params: payload.params ?? {} } : undefined;
    return new ApiError(payload.code, payload.message, payload.issues, reason);
  }
}

/** What every transport (IPC, HTTP) carries back: a value or a typed error, never a bare throw. */
export type ApiEnvelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
