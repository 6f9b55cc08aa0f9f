import { apiError, type ErrorKey } from './error-messages';
import type { ApiError } from './errors';

/** The fields Node puts on an error from `fs` (a SystemError); only `code` is always there. */
interface SystemErrorLike {
  code: string;
  path?: unknown;
  dest?: unknown;
  syscall?: unknown;
}

const keyByErrno: Record<string, ErrorKey> = {
  ENAMETOOLONG: 'file-name-too-long',
  EACCES: 'file-access-denied',
  EPERM: 'file-access-denied',
  EROFS: 'file-access-denied',
  EISDIR: 'file-is-folder',
  ENOTDIR: 'file-parent-not-folder',
  ENOENT: 'file-not-found',
  ELOOP: 'file-link-loop',
  ENOSPC: 'disk-full',
  EFBIG: 'disk-full',
  EDQUOT: 'disk-full',
};

function isSystemError(error: unknown): error is SystemErrorLike {
  if (!(error instanceof Error)) return false;
  const { code } = error as Partial<SystemErrorLike>;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code);
}

/**
 * A file operation the operating system refused (a read-only folder, a full disk, a name too
 * long…), as a registry error naming the file, so the window can say it in its language; other
 * errors give `undefined`. Writes through an open descriptor carry no path: "the file" stands in.
 */
export function fileSystemError(error: unknown): ApiError | undefined {
  if (!isSystemError(error)) return undefined;
  const file = typeof error.path === 'string' ? error.path : 'the file';
  const key = keyByErrno[error.code];
  if (key) return apiError(key, { file });
  return apiError('file-system-failed', {
    file,
    operation: typeof error.syscall === 'string' ? error.syscall : 'use',
    errno: error.code,
  });
}
