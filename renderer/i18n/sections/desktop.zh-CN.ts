import type { Strings } from '../strings';
import type { desktopEn } from './desktop.en';

/** Chinese strings for backups, recovery and desktop-only screens; the type keeps them in step with English. */
export const desktopZhCN: Strings<typeof desktopEn> = {};
