/** Types of cli-bundle.mjs, a plain ES module that bin/gleaner.mjs loads before tsx is. */
export declare const CLI_BUNDLE: string;
export declare const CLI_BUNDLE_SOURCES: string;
export declare function sourcesDigest(root: string, sources: readonly string[]): string | null;
export declare function freshCliBundle(
  root: string,
  env?: Record<string, string | undefined>,
): string | null;
