/** The IPC channel of one contract method; the preload and main must agree on it. */
export const ipcChannel = (method: string): string => `gleaner:api:${method}`;
