/**
 * A small local server that speaks the OpenAI chat-completions API, for testing model suggestions
 * where no model can run: each request's body is handed to `answer`, which returns the message
 * content (or a whole HTTP reply), and every request is recorded for the test to inspect.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
  [key: string]: unknown;
}

export type ChatReply =
  | string
  | { status: number; body: string; headers?: Record<string, string>; delayMs?: number }
  | { content: string; delayMs: number };

export interface ChatCompletionServer {
  baseUrl: string;
  requests: ChatRequest[];
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function completion(content: string): string {
  return JSON.stringify({
    id: 'chatcmpl-test',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  });
}

async function reply(response: ServerResponse, answer: ChatReply): Promise<void> {
  if (typeof answer !== 'string' && answer.delayMs) {
    await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  }
  if (typeof answer === 'string' || 'content' in answer) {
    const content = typeof answer === 'string' ? answer : answer.content;
    response.writeHead(200, { 'content-type': 'application/json' }).end(completion(content));
    return;
  }
  response
    .writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers })
    .end(answer.body);
}

export async function startChatCompletionServer(
  answer: (request: ChatRequest) => ChatReply,
): Promise<ChatCompletionServer> {
  const requests: ChatRequest[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'POST' || !request.url?.endsWith('/chat/completions')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(await readBody(request)) as ChatRequest;
      requests.push(body);
      await reply(response, answer(body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
