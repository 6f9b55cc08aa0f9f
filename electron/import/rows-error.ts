/** A problem in a row file, with where it is, so the message can send the user straight there. */
export class RowsError extends Error {
  constructor(
    message: string,
    readonly location: { fileName?: string; line?: number; row?: number; column?: string },
  ) {
    super(message);
    this.name = 'RowsError';
  }
}

/** "data.csv: " or "" when the caller did not say which file. */
export const filePrefix = (fileName: string | undefined): string =>
  fileName ? `${fileName}: ` : '';
