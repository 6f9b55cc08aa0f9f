import type { DiffChange } from './review-store';

/** One colour per kind of change, shared by the summary badges and the diff rows. */
export const changeColors: Record<DiffChange['change'], string> = {
  unchanged: 'gray',
  accepted: 'green',
  edited: 'blue',
  added: 'teal',
  rejected: 'red',
};
