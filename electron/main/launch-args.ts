import path from 'node:path';

/** The extension of Gleaner project files (electron-builder.yml associates it with the app). */
export const projectExtension = '.gleaner';

/**
 * The project file named on a command line, if any: `gleaner-app report.gleaner`, a file opened
 * from the file manager (Windows and Linux start the app, or a second instance, with the path in
 * argv), or `electron . report.gleaner` in development. Flags (`--foo`, `--foo=x`) are ignored,
 * and so is argv[0], the executable itself. Relative paths are resolved against the directory
 * the command ran in (for a second instance, its working directory, not ours).
 */
export function projectFileFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const candidate = argv
    .slice(1)
    .find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(projectExtension));
  return candidate === undefined ? undefined : path.resolve(cwd, candidate);
}
