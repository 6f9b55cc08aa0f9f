import type { ApiError, ApiErrorCode } from '../../../shared/contract/errors';
import { asApiError } from '../../api/as-api-error';

/**
 * What the header shows: `saved` only when nothing is waiting, `failed` while a write is being
 * retried (it is never shown as saved until it went through), `conflict` after a stale write
 * was refused, until the next write succeeds.
 */
export type SaveStatus = 'saved' | 'saving' | 'failed' | 'conflict';

export interface SaveQueueState {
  status: SaveStatus;
  /** Writes not yet acknowledged by the Node side. */
  pending: number;
  /** The failure behind `failed` or `conflict`. */
  error: ApiError | null;
}

/**
 * Errors a retry cannot fix: the Node side understood the write and refused it. Anything else
 * (the server unreachable, an internal error) may pass on the next attempt.
 */
const finalCodes: ReadonlySet<ApiErrorCode> = new Set<ApiErrorCode>([
  'conflict',
  'invalid-input',
  'not-found',
  'forbidden',
  'unknown-method',
  'project-too-new',
  'project-unreadable',
]);

export function isFinal(error: ApiError): boolean {
  return finalCodes.has(error.code);
}

interface Job {
  run: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: ApiError) => void;
}

/** Backoff between attempts of one failing write; the last delay repeats. */
export const defaultRetryDelays = [500, 1000, 2000, 4000, 8000] as const;

/**
 * Every write of the curation workspace goes through one queue, one at a time and in order, so
 * a write can read the revision the previous one returned (`run` is called again on each retry,
 * so it reads the latest revision then, not when it was queued).
 */
export class SaveQueue {
  private readonly jobs: Job[] = [];
  private draining = false;
  private lastError: ApiError | null = null;
  private wakeUp: (() => void) | null = null;
  private failing = false;

  constructor(
    private readonly onChange: (state: SaveQueueState) => void,
    private readonly retryDelays: readonly number[] = defaultRetryDelays,
  ) {}

  get pending(): number {
    return this.jobs.length;
  }

  enqueue<T>(run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push({ run, resolve: resolve as (value: unknown) => void, reject });
      this.publish();
      void this.drain();
    });
  }

  /** Skips the backoff wait: the Retry button, and closing the window, use it. */
  retryNow(): void {
    this.wakeUp?.();
  }

  private publish(): void {
    const status: SaveStatus = this.failing
      ? 'failed'
      : this.jobs.length > 0
        ? 'saving'
        : this.lastError?.code === 'conflict'
          ? 'conflict'
          : 'saved';
    this.onChange({
      status,
      pending: this.jobs.length,
      error: status === 'failed' || status === 'conflict' ? this.lastError : null,
    });
  }

  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    let attempts = 0;
    while (this.jobs.length > 0) {
      const job = this.jobs[0]!;
      try {
        const result = await job.run();
        this.jobs.shift();
        attempts = 0;
        this.failing = false;
        this.lastError = null;
        this.publish();
        job.resolve(result);
      } catch (caught) {
        const error = asApiError(caught);
        if (isFinal(error)) {
          this.jobs.shift();
          attempts = 0;
          this.failing = false;
          // A refused edit (bad input) is shown where it was typed, not as a save failure.
          if (error.code === 'conflict') this.lastError = error;
          this.publish();
          job.reject(error);
        } else {
          this.failing = true;
          this.lastError = error;
          this.publish();
          const delay = this.retryDelays[Math.min(attempts, this.retryDelays.length - 1)] ?? 1000;
          attempts++;
          await this.wait(delay);
        }
      }
    }
    this.draining = false;
    this.publish();
  }
}
