import path from 'node:path';
import { z } from 'zod';
import { contract, type MethodName } from '../../shared/contract/contract';
import { sessionHeader } from '../../shared/contract/session-header';
import { accessRules } from '../services/access-rules';

/**
 * Attacks on browser mode's API, one method at a time, for the hostile-input test
 * (electron/server/api-attacks.test.ts) and `npm run stress:server-fuzz`: wrong types, missing
 * and extra fields, hostile ids, unicode tricks and paths in every field of every method; calls
 * with no session, a forged one, the wrong role; and calls a browser marks as cross-site.
 * Every path an attack names lies in `sandbox` (or is relative, which must be refused): the
 * server runs as the user, so an attack that got through must not touch anything else.
 */
export type AttackKind =
  'hostile-input' | 'no-session' | 'forged-session' | 'wrong-role' | 'cross-origin';

export interface ApiAttack {
  kind: AttackKind;
  method: MethodName;
  label: string;
  body: string;
  headers: Record<string, string>;
}

/** The sessions an attack run signs in beforehand (header values). */
export interface AttackSessions {
  admin: string;
  curator: string;
}

/** Methods that would end the run's own sessions or replace the project it attacks. */
const leftAlone = new Set<MethodName>([
  'session.signIn',
  'session.signOut',
  'profiles.update',
  'backups.restore',
]);

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  minLength?: number;
  minItems?: number;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
};

/** A value the schema accepts, or close to it, for the fields an attack leaves alone. */
function plausible(schema: JsonSchema | undefined): unknown {
  if (!schema) return null;
  const first = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (first) return plausible(first);
  if (schema.enum) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  switch (schema.type) {
    case 'integer':
      return Math.max(1, schema.minimum ?? 1);
    case 'number':
      return schema.minimum ?? 0.5;
    case 'string':
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
    case 'boolean':
      return false;
    case 'array':
      return schema.minItems ? [plausible(schema.items)] : [];
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, plausible(schema.properties?.[key])]),
      );
    default:
      return null;
  }
}

/** Values put in each field in turn; `huge` adds the megabyte-sized ones. */
function hostileValues(sandbox: string, huge: boolean): [string, unknown][] {
  const values: [string, unknown][] = [
    ['negative', -1],
    ['zero', 0],
    ['float', 1.5],
    ['1e308', 1e308],
    ['beyond-safe-integer', 2 ** 53 + 2],
    ['numeric-string', '1'],
    ['null', null],
    ['true', true],
    ['empty-array', []],
    ['empty-object', {}],
    ['lone-surrogate', '\ud800x'],
    ['nul', 'a\u0000b'],
    ['rtl-marks', '\u202e医院\u200f'],
    ['astral', '𠀀😀'],
    ['empty-string', ''],
    // Dot segments in an absolute path name the folder they lead to: still inside the sandbox.
    ['dot-segments', `${sandbox}/in/../dot-segments`],
    ['relative', path.join('..', 'relative-escape')],
    ['folder', sandbox],
    ['proto', JSON.parse('{"__proto__":{"polluted":1}}')],
    ['long-name', path.join(sandbox, '长'.repeat(300))],
  ];
  if (huge) {
    values.push(['2-mb-string', 'a'.repeat(2_000_000)]);
    values.push(['million-array', Array.from({ length: 1_000_000 }, (_, i) => i + 1)]);
  }
  return values;
}

/** Hostile bodies for every method, each field in turn, as the signed-in admin. */
function hostileInputs(sessions: AttackSessions, sandbox: string, huge: boolean): ApiAttack[] {
  const attacks: ApiAttack[] = [];
  const values = hostileValues(sandbox, huge);
  for (const [method, spec] of Object.entries(contract) as [MethodName, { input: z.ZodType }][]) {
    if (leftAlone.has(method)) continue;
    const schema = z.toJSONSchema(spec.input, { unrepresentable: 'any', io: 'input' });
    const base = plausible(schema as JsonSchema) as Record<string, unknown>;
    const bodies: [string, string][] = [
      ['{}', '{}'],
      ['null', 'null'],
      ['[]', '[]'],
      ['string', '"x"'],
      ['plausible', JSON.stringify(base)],
      ['extra-field', JSON.stringify({ ...base, unexpected: 1 })],
    ];
    for (const field of Object.keys((schema as JsonSchema).properties ?? {})) {
      for (const [name, value] of values) {
        bodies.push([`${field}=${name}`, JSON.stringify({ ...base, [field]: value })]);
      }
    }
    for (const [label, body] of bodies) {
      attacks.push({
        kind: 'hostile-input',
        method,
        label,
        body,
        headers: { [sessionHeader]: sessions.admin },
      });
    }
  }
  return attacks;
}

/** Every changing method without a session, with a forged one, as a curator where barred, and cross-site. */
function identityAttacks(sessions: AttackSessions): ApiAttack[] {
  const attacks: ApiAttack[] = [];
  for (const method of Object.keys(contract) as MethodName[]) {
    const rule = accessRules[method];
    if (rule.kind !== 'change' || leftAlone.has(method)) continue;
    const schema = z.toJSONSchema(contract[method].input, {
      unrepresentable: 'any',
      io: 'input',
    });
    const body = JSON.stringify(plausible(schema as JsonSchema));
    attacks.push({ kind: 'no-session', method, label: 'no header', body, headers: {} });
    attacks.push({
      kind: 'forged-session',
      method,
      label: 'a session id nobody signed in',
      body,
      headers: { [sessionHeader]: `forged${method.replace(/\W/g, '')}0123456789` },
    });
    attacks.push({
      kind: 'forged-session',
      method,
      label: 'a malformed session id',
      body,
      headers: { [sessionHeader]: `${sessions.admin}!` },
    });
    if (!rule.roles.includes('curator')) {
      attacks.push({
        kind: 'wrong-role',
        method,
        label: 'as a curator',
        body,
        headers: { [sessionHeader]: sessions.curator },
      });
    }
    for (const [label, headers] of [
      ['foreign Origin', { Origin: 'http://attacker.example' }],
      ['another local port', { Origin: 'http://127.0.0.1:1' }],
      ['Origin null', { Origin: 'null' }],
      ['Sec-Fetch-Site cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
      ['Sec-Fetch-Site same-site', { 'Sec-Fetch-Site': 'same-site' }],
    ] as const) {
      attacks.push({
        kind: 'cross-origin',
        method,
        label,
        body,
        headers: { [sessionHeader]: sessions.admin, ...headers },
      });
    }
  }
  return attacks;
}

export function apiAttacks(options: {
  sessions: AttackSessions;
  sandbox: string;
  huge: boolean;
}): ApiAttack[] {
  return [
    ...hostileInputs(options.sessions, options.sandbox, options.huge),
    ...identityAttacks(options.sessions),
  ];
}

/**
 * What is wrong with the answer to `attack`, or null. Every answer must come (no 5xx), in an
 * envelope whose error names a registry key and is never `internal`; a call without a valid
 * session or with the wrong role changes nothing; a cross-site call is refused before any
 * handler runs.
 */
export function judgeAnswer(attack: ApiAttack, status: number, text: string): string | null {
  if (status >= 500) return `${status}: ${text.slice(0, 200)}`;
  if (attack.kind === 'cross-origin') return status === 403 ? null : `answered ${status}`;
  let envelope: { ok: boolean; error?: { code: string; key?: string; message: string } };
  try {
    envelope = JSON.parse(text) as typeof envelope;
  } catch {
    return `${status} without an envelope: ${text.slice(0, 200)}`;
  }
  if (envelope.ok) {
    return attack.kind === 'hostile-input' ? null : 'a call that must be refused was carried out';
  }
  const error = envelope.error!;
  // `internal` with a key is a registry message (a full disk, say); without one it is a bug.
  if (error.code === 'invalid-output' || !error.key) {
    return `${error.code} without a registry key: ${error.message.slice(0, 200)}`;
  }
  if (
    attack.kind !== 'hostile-input' &&
    error.code !== 'forbidden' &&
    error.code !== 'invalid-input'
  ) {
    return `refused as ${error.code}, not forbidden`;
  }
  return null;
}

/** The session header value an attack run uses for `name`: a tab makes up its own id too. */
export function attackSession(name: string): string {
  return `attack${name}${'0'.repeat(16)}`;
}

/**
 * Signs `session` in over HTTP (as a browser tab does) and gives it back. Sign in just before
 * sending: building the huge bodies takes seconds, and a connection idle that long may be closed
 * by the server just as it is reused ("fetch failed" on the client, not an error of the server).
 */
export async function signedInSession(
  url: string,
  session: string,
  profileId: number,
  passphrase: string,
): Promise<string> {
  const res = await fetch(`${url}api/session.signIn`, {
    method: 'POST',
    headers: { [sessionHeader]: session },
    body: JSON.stringify({ profileId, passphrase }),
  });
  const envelope = (await res.json()) as { ok: boolean };
  if (!envelope.ok) throw new Error(`cannot sign ${session} in: ${JSON.stringify(envelope)}`);
  return session;
}

/** Counts per kind, and what went wrong. */
export interface AttackTally {
  sent: Map<AttackKind, number>;
  answers: Map<string, number>;
  problems: string[];
  /** Calls sent again because the pooled connection had been closed while idle. */
  retried: number;
}

function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

/** The error undici gives for a request written to a connection the server had closed. */
function isStaleConnection(error: unknown): boolean {
  const code = causeCode(error);
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

/** Sends the attacks, `parallel` at a time, and judges every answer. */
export async function runAttacks(
  url: string,
  attacks: readonly ApiAttack[],
  options: { parallel: number; timeoutMs: number; onProgress?: (done: number) => void },
): Promise<AttackTally> {
  const tally: AttackTally = { sent: new Map(), answers: new Map(), problems: [], retried: 0 };
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < attacks.length; i = next++) {
      const attack = attacks[i]!;
      tally.sent.set(attack.kind, (tally.sent.get(attack.kind) ?? 0) + 1);
      let problem: string | null;
      let answer: string;
      const send = () =>
        fetch(`${url}api/${attack.method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...attack.headers },
          body: attack.body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      try {
        const res = await send().catch((error: unknown) => {
          // A pooled connection the server closed after 5 s idle (Node's keep-alive timeout)
          // while the client reused it: nothing was sent, as a browser knows and retries.
          if (!isStaleConnection(error)) throw error;
          tally.retried++;
          return send();
        });
        const text = await res.text();
        problem = judgeAnswer(attack, res.status, text);
        answer = String(res.status);
      } catch (error) {
        problem = `no answer: ${(error as Error).message} (${causeCode(error) ?? 'no cause'})`;
        answer = 'no answer';
      }
      tally.answers.set(answer, (tally.answers.get(answer) ?? 0) + 1);
      if (problem)
        tally.problems.push(`${attack.kind} ${attack.method} ${attack.label}: ${problem}`);
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: options.parallel }, worker));
  return tally;
}
