import { ApiError, type ApiEnvelope } from '../../shared/contract/errors';
import type { Api, MethodName } from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import { sessionHeader, sessionIdPattern } from '../../shared/contract/session-header';

/** How a call reaches the Node side: Electron's preload bridge or HTTP in browser mode. */
export type Transport = (method: MethodName, input: unknown) => Promise<ApiEnvelope<unknown>>;

/** What the preload puts on window: one function per contract method, returning an envelope. */
export type PreloadBridge = Record<MethodName, (input: unknown) => Promise<ApiEnvelope<unknown>>>;

declare global {
  interface Window {
    gleaner?: PreloadBridge;
  }
}

const sessionKey = 'gleaner.session';

/**
 * This tab's session id: random, kept in sessionStorage so a reload stays signed in while
 * another tab (or browser) gets a session of its own on the server.
 */
function tabSessionId(): string {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(sessionKey);
  } catch {
    // Storage refused (privacy mode): the id then lives as long as the page.
  }
  if (id && sessionIdPattern.test(id)) return id;
  id = crypto.randomUUID();
  try {
    sessionStorage.setItem(sessionKey, id);
  } catch {
    // As above.
  }
  return id;
}

let sessionId: string | undefined;

const httpTransport: Transport = async (method, input) => {
  sessionId ??= tabSessionId();
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [sessionHeader]: sessionId },
      body: JSON.stringify(input ?? {}),
    });
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Gleaner's server cannot be reached: ${(error as Error).message}`,
      },
    };
  }
  try {
    return (await response.json()) as ApiEnvelope<unknown>;
  } catch {
    return {
      ok: false,
      error: {
        code: 'internal',
        message: `Gleaner's server answered ${response.status} without a result.`,
      },
    };
  }
};

function pickTransport(): Transport {
  const bridge = window.gleaner;
  if (bridge) return (method, input) => bridge[method](input);
  return httpTransport;
}

/** The typed api: the renderer never knows which transport it has. Errors arrive as ApiError. */
export function createApi(transport: Transport = pickTransport()): Api {
  const api: Partial<Record<MethodName, (input: unknown) => Promise<unknown>>> = {};
  for (const method of methodNames) {
    api[method] = async (input) => {
      const envelope = await transport(method, input);
      if (envelope.ok) return envelope.value;
      throw ApiError.fromPayload(envelope.error);
    };
  }
  return api as Api;
}

export const api = createApi();
