import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../shared/security/csp';
import {
  appStartUrl,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
  shouldAllowNavigation,
} from './security-policy';

describe('window security (Electron checklist)', () => {
  it('isolates, sandboxes and strips Node from the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('allows navigation only inside the app', () => {
    expect(shouldAllowNavigation(appStartUrl)).toBe(true);
    expect(shouldAllowNavigation('app://gleaner/index.html#article-3')).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:5178/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://evil/index.html',
      'data:text/html,<script>alert(1)</script>',
      'not a url',
    ]) {
      expect(shouldAllowNavigation(url), url).toBe(false);
    }
  });

  it('answers IPC only from the app top-level frame', () => {
    expect(isTrustedSender({ url: appStartUrl, parent: null })).toBe(true);
    expect(isTrustedSender({ url: appStartUrl, parent: {} })).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isAppUrl('app://gleaner.evil.com/')).toBe(false);
  });

  it('has a CSP with no inline or remote script and no remote content', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
