import { ApiError, type ApiEnvelope } from './errors';
import { apiError } from './error-messages';
import { contract, isMethodName, type Caller, type Handlers } from './contract';
import { fileSystemError } from './file-system-errors';

/**
 * Problems described in an `input-invalid` answer. A body of a million wrong items would
 * otherwise be answered with a million lines (190 MB, ten seconds of the server's one thread).
 */
export const maxDescribedIssues = 20;

/** Turns a zod error into `path: problem` lines a person can read. */
function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string[] {
  const described = issues
    .slice(0, maxDescribedIssues)
    .map(
      (issue) =>
        `${issue.path.length ? issue.path.map(String).join('.') : '(input)'}: ${issue.message}`,
    );
  const more = issues.length - described.length;
  return more > 0 ? [...described, `… and ${more} more problems of the same input`] : described;
}

/**
 * The single entry point shared by every transport: look the method up in the contract, parse
 * the input, call the handler, check the output, and wrap the result or the typed error.
 * Unexpected exceptions become `internal` errors so no transport ever throws at its caller.
 * `caller` names the window or tab that called, so the handler acts for its session.
 */
export async function dispatch(
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  caller: Caller,
): Promise<ApiEnvelope<unknown>> {
  try {
    if (!isMethodName(method)) {
      throw apiError('unknown-method', { method });
    }
    const spec = contract[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      throw apiError('input-invalid', { method, issues: issues.join('; ') }, issues);
    }
    const handler = handlers[method] as (input: unknown, caller: Caller) => unknown;
    const value = await handler(parsed.data, caller);
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      const issues = describeIssues(checked.error.issues);
      throw apiError('output-invalid', { method, issues: issues.join('; ') }, issues);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: error.toPayload() };
    const refused = fileSystemError(error);
    if (refused) return { ok: false, error: refused.toPayload() };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'internal', message } };
  }
}
