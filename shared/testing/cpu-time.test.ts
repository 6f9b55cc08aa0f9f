import { describe, expect, it } from 'vitest';
import { cpuMillisecondsOf } from './cpu-time';

describe('cpuMillisecondsOf', () => {
  it('counts the CPU of work done, not time spent waiting', () => {
    const busy = cpuMillisecondsOf(() => {
      const until = Date.now() + 60;
      while (Date.now() < until);
    });
    // A busy minute's worth of 60 ms: at least most of it is this process's CPU.
    expect(busy).toBeGreaterThan(30);
    const waiting = cpuMillisecondsOf(() => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60);
    });
    expect(waiting).toBeLessThan(30);
  });
});
