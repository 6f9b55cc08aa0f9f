import { apiError } from '../../shared/contract/error-messages';
import { canonicalEncoding, unknownEncodingMessage } from '../import/encoding-names';

/**
 * The "decode as…" encoding of an import, checked before any work starts: an unknown name is
 * refused naming it, rather than skipping every file of the import for the same reason.
 */
export function checkedImportEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  const unknown = unknownEncodingMessage(label);
  if (unknown !== null) throw apiError('encoding-unknown', { reason: unknown, encoding: label });
  return canonicalEncoding(label);
}
