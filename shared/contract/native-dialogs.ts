/**
 * What the window may ask of the desktop app's native file dialogs (Electron only; in browser
 * mode there are none and paths are typed). Kept free of zod because the preload bundles it. The
 * window can only ask for a dialog; the path in the answer is always one the user picked there.
 */
export type NativeDialogRequest =
  /** Save As…: where to write an export. */
  | { kind: 'save'; defaultName: string; extensions: string[] }
  /** Files or a folder to import. */
  | { kind: 'open-files' }
  | { kind: 'open-folder' };

/** The one channel the window asks main for a dialog on; the answer is the chosen paths. */
export const nativeDialogChannel = 'gleaner:native-dialog';

// A bare file name: no folder part, none of the characters file systems refuse, no control codes.
const fileName = /^[^/\\:*?"<>|\p{Cc}]{1,120}$/u;
const extension = /^[a-z0-9]{1,8}$/;

export function isNativeDialogRequest(value: unknown): value is NativeDialogRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  const keys = Object.keys(request).sort().join(',');
  if (request.kind === 'open-files' || request.kind === 'open-folder') return keys === 'kind';
  return (
    request.kind === 'save' &&
    keys === 'defaultName,extensions,kind' &&
    typeof request.defaultName === 'string' &&
    fileName.test(request.defaultName) &&
    Array.isArray(request.extensions) &&
    request.extensions.length <= 8 &&
    request.extensions.every((e) => typeof e === 'string' && extension.test(e))
  );
}
