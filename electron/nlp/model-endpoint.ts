/**
 * Asks a local OpenAI-compatible server (Ollama, llama.cpp's server, vLLM) for the values of a
 * schema's fields in one article, each with the text it was read from. The answer is only a
 * claim: shared/grounding decides which quotes are really in the article.
 *
 * Articles are often unpublished material, so nothing goes to a host that is not this machine
 * unless the project explicitly allows it (`allowRemote`), and only literal loopback names count
 * as this machine: a name that merely resolves to 127.0.0.1 today is not trusted.
 */
import { z } from 'zod';
import type { Field } from '../../shared/schema/field-schema';

export interface ModelEndpointSettings {
  /** e.g. http://127.0.0.1:11434/v1 (the path before /chat/completions). */
  baseUrl: string;
  model: string;
  allowRemote: boolean;
  timeoutMs: number;
}

export type ModelEndpointErrorCode =
  | 'ENDPOINT-INVALID'
  | 'ENDPOINT-NOT-LOCAL'
  | 'ENDPOINT-TIMEOUT'
  | 'ENDPOINT-UNREACHABLE'
  | 'ENDPOINT-HTTP'
  | 'ENDPOINT-BAD-ANSWER';

export class ModelEndpointError extends Error {
  constructor(
    readonly code: ModelEndpointErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModelEndpointError';
  }
}

/** A value as the model states it: not yet grounded in the article. */
export interface ClaimedValue {
  field: string;
  value: string;
  quote: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** The endpoint's URL, refused when malformed or (unless allowed) not on this machine. */
export function endpointUrl(settings: Pick<ModelEndpointSettings, 'baseUrl' | 'allowRemote'>): URL {
  let url: URL;
  try {
    url = new URL(settings.baseUrl.replace(/\/+$/, '') + '/chat/completions');
  } catch {
    throw new ModelEndpointError(
      'ENDPOINT-INVALID',
      `"${settings.baseUrl}" is not a URL (e.g. http://127.0.0.1:11434/v1)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ModelEndpointError('ENDPOINT-INVALID', `"${settings.baseUrl}" is not http(s)`);
  }
  if (!settings.allowRemote && !isLoopback(url.hostname)) {
    throw new ModelEndpointError(
      'ENDPOINT-NOT-LOCAL',
      `${url.hostname} is not this machine; allow remote model endpoints in the project settings to send articles there`,
    );
  }
  return url;
}

/** Bumped whenever the wording changes, so cached answers to the old prompt are not reused. */
export const PROMPT_VERSION = 1;

export function promptMessages(
  article: { title: string; text: string },
  fields: readonly Field[],
): { role: 'system' | 'user'; content: string }[] {
  const fieldLines = fields
    .filter((field) => !field.retired)
    .map(
      (field) =>
        `- ${field.key}: ${field.labels['zh-CN']} / ${field.labels.en} (${field.type}, ${field.cardinality === 'one' ? 'at most one value' : 'any number of values'})`,
    );
  return [
    {
      role: 'system',
      content: [
        'You read one news article and list the values of these fields that it states:',
        ...fieldLines,
        'Answer with JSON only: {"values":[{"field":"<key>","value":"<the value>","quote":"<the words of the article it is read from, copied exactly>"}]}.',
        'Copy each quote character for character from the article; never translate, convert or paraphrase it. Leave out fields the article does not state.',
      ].join('\n'),
    },
    { role: 'user', content: `${article.title}\n\n${article.text}` },
  ];
}

const completionShape = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

const claimedValuesShape = z.object({
  values: z.array(
    z.object({
      field: z.string(),
      value: z.union([z.string(), z.number()]).transform(String),
      quote: z.string(),
    }),
  ),
});

/** The JSON object in a model's message, tolerating the code fence many models add. */
function parseClaims(content: string): ClaimedValue[] {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(content);
  const body = (fenced ? fenced[1]! : content).trim();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ModelEndpointError(
      'ENDPOINT-BAD-ANSWER',
      `the model did not answer with JSON: ${body.slice(0, 80)}`,
    );
  }
  const parsed = claimedValuesShape.safeParse(json);
  if (!parsed.success) {
    throw new ModelEndpointError(
      'ENDPOINT-BAD-ANSWER',
      `the model's JSON has no list of {field, value, quote}: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  }
  return parsed.data.values;
}

async function post(
  url: URL,
  body: unknown,
  settings: ModelEndpointSettings,
  signal?: AbortSignal,
) {
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    return await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: combined,
      // A redirect could lead off the machine after the host check.
      redirect: 'error',
    });
  } catch (error) {
    if (timeout.aborted) {
      throw new ModelEndpointError(
        'ENDPOINT-TIMEOUT',
        `${url.host} did not answer within ${settings.timeoutMs / 1000} s`,
      );
    }
    if (signal?.aborted) throw error;
    throw new ModelEndpointError(
      'ENDPOINT-UNREACHABLE',
      `${url.host} cannot be reached: ${(error as Error).message}`,
    );
  }
}

/** The values the model claims for one article. Throws ModelEndpointError with a clear message. */
export async function askModelForValues(
  settings: ModelEndpointSettings,
  article: { title: string; text: string },
  fields: readonly Field[],
  signal?: AbortSignal,
): Promise<ClaimedValue[]> {
  const url = endpointUrl(settings);
  const response = await post(
    url,
    {
      model: settings.model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: promptMessages(article, fields),
    },
    settings,
    signal,
  );
  const text = await response.text();
  if (!response.ok) {
    throw new ModelEndpointError(
      'ENDPOINT-HTTP',
      `${url.host} answered ${response.status}: ${text.slice(0, 120)}`,
    );
  }
  let completion: z.infer<typeof completionShape>;
  try {
    completion = completionShape.parse(JSON.parse(text));
  } catch {
    throw new ModelEndpointError(
      'ENDPOINT-BAD-ANSWER',
      `${url.host} did not answer as an OpenAI-compatible chat completion`,
    );
  }
  return parseClaims(completion.choices[0]!.message.content ?? '');
}
