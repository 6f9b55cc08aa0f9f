/** English strings for profiles, workflow, review view, history and dashboard. */
export const reviewEn = {} as const;
