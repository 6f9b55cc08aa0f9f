/**
 * Why a line is page chrome. Its own module so that the rules' helper modules (chrome-epaper.ts)
 * can name it without importing the rules that import them.
 */
export type ChromeReason =
  | 'navigation'
  | 'breadcrumb'
  | 'footer'
  | 'address'
  | 'icp'
  | 'contact'
  | 'social'
  | 'copyright'
  | 'metadata';
