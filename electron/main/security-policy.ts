import type { WebPreferences } from 'electron';

/** The renderer is served from this origin by our own protocol handler, never from file:// or the web. */
export const appScheme = 'app';
export const appHost = 'gleaner';
export const appOrigin = `${appScheme}://${appHost}`;
export const appStartUrl = `${appOrigin}/index.html`;

/**
 * Electron's security checklist as data, so tests can assert every item: an isolated, sandboxed
 * renderer without Node, no webviews, no remote content, no insecure content.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  };
}

/** Is this URL part of the app itself? Anything else is remote content and is refused. */
export function isAppUrl(rawUrl: string): boolean {
  try {
    const url = new URL(rawUrl);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}

/** Navigation away from the app is always refused: article links must never replace the app. */
export function shouldAllowNavigation(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}

/**
 * IPC calls are answered only for the app's own top-level frame: an iframe or a page that
 * somehow got loaded from elsewhere gets nothing.
 */
export function isTrustedSender(
  frame: { url: string; parent: unknown } | null | undefined,
): boolean {
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url);
}
