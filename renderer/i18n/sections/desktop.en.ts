/** English strings for backups, recovery and desktop-only screens. */
export const desktopEn = {} as const;
