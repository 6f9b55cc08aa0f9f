import type { ApiErrorCode } from './errors';

/** One error of the registry: its code and its English message with {{parameter}} places. */
export interface ErrorMessage {
  code: ApiErrorCode;
  en: string;
}

/**
 * A part of the registry from `key: [code, English]` pairs: each entry stays one line of data,
 * and the entry's shape is written once, here.
 */
export function errorEntries<Key extends string>(
  pairs: Record<Key, readonly [code: ApiErrorCode, en: string]>,
): Record<Key, ErrorMessage> {
  const entries = Object.entries<readonly [ApiErrorCode, string]>(pairs);
  return Object.fromEntries(entries.map(([key, [code, en]]) => [key, { code, en }])) as Record<
    Key,
    ErrorMessage
  >;
}
