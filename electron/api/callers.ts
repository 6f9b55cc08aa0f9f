import type { Caller } from '../../shared/contract/contract';
import { sessionIdPattern } from '../../shared/contract/session-header';

/** A desktop window, named by its webContents id (stable for the window's life). */
export function windowCaller(webContentsId: number): Caller {
  return { client: `window:${webContentsId}` };
}

/**
 * A browser tab, named by the session header it sent. A missing or malformed header (a script,
 * curl) makes an anonymous caller whose session lasts for one call: it can read, but it cannot
 * stay signed in, so it can change nothing unless the project signs its lone profile in anyway.
 */
export function tabCaller(header: string | string[] | undefined): Caller {
  return typeof header === 'string' && sessionIdPattern.test(header)
    ? { client: `tab:${header}` }
    : { client: null };
}
