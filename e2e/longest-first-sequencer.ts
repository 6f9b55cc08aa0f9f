import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files known to take much longer than the rest start first, so that with two workers the run does
 * not end with one worker alone on a long file. The rest keep vitest's own order (slowest first
 * from its cache, larger files first on a fresh clone).
 */
const LONGEST = ['hundred-thousand.e2e.test.ts', 'comment-threads.e2e.test.ts'];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST.findIndex((name) => file.moduleId.endsWith(name));
      return at < 0 ? LONGEST.length : at;
    };
    return sorted
      .map((file, order) => ({ file, order }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.order - b.order)
      .map(({ file }) => file);
  }
}
