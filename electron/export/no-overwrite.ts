import fs from 'node:fs';
import { apiError } from '../../shared/contract/error-messages';

/** Does anything (file, folder, even a dangling link) have this name? */
function taken(target: string): boolean {
  try {
    fs.lstatSync(target);
    return true;
  } catch {
    return false;
  }
}

/**
 * An export never replaces what is already at its path unless the user confirmed it
 * (`overwrite`): a mistyped or remembered path must not destroy someone's file. The refusal
 * (`file-exists`) names the path, so the window can ask "replace it?" and send it again.
 */
export function refuseToReplace(target: string, overwrite: boolean): void {
  if (overwrite || !taken(target)) return;
  throw apiError('file-exists', { file: target });
}
