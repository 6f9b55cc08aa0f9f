/**
 * Node only (test support: shared/testing is left out of the renderer's and shared code's builds).
 *
 * CPU milliseconds this process spends running `work`, for tests that guard against costs growing
 * faster than linearly. Wall time counts every other process on a shared machine as well (a
 * bound of 20 s of wall time on a linear case was met with 11–15 s under a load of 20); the
 * process's own CPU time is what the code under test spends, whatever else runs.
 */
export function cpuMillisecondsOf(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}

/** As `cpuMillisecondsOf`, for work that waits on this process's own server or threads. */
export async function cpuMillisecondsOfAsync<T>(
  work: () => Promise<T>,
): Promise<{ result: T; cpuMilliseconds: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const spent = process.cpuUsage(before);
  return { result, cpuMilliseconds: (spent.user + spent.system) / 1000 };
}
