import type { NativeDialogRequest } from '../../shared/contract/native-dialogs';

/** What Electron's preload offers for native file dialogs (absent in browser mode). */
export interface NativeDialogs {
  /** The paths the user picked, or none when the dialog was cancelled. */
  choose(request: NativeDialogRequest): Promise<string[]>;
}

declare global {
  interface Window {
    gleanerDialogs?: NativeDialogs;
  }
}

/** The desktop app's native file dialogs, or null in browser mode (paths are typed there). */
export function nativeDialogs(): NativeDialogs | null {
  return window.gleanerDialogs ?? null;
}
