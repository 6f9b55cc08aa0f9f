/**
 * The Content-Security-Policy of the renderer, the same in Electron and in browser mode.
 * Scripts only from the app itself (no inline script, no eval); styles may be inline because
 * Mantine writes its CSS variables into a <style> element at run time; no remote content at all.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
