/** English strings for list filters, search, value editing, undo and autosave. */
export const curationEn = {} as const;
