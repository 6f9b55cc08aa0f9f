import type { Strings } from '../strings';
import type { curationEn } from './curation.en';

/** Chinese strings for list filters, search, value editing, undo and autosave; the type keeps them in step with English. */
export const curationZhCN: Strings<typeof curationEn> = {};
