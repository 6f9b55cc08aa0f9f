import { afterEach, describe, expect, it } from 'vitest';
import defaultSchemaJson from '../../seeds/hospital-news.schema.json';
import { groundClaims } from '../../shared/grounding/ground-claims';
import { parseFieldSchema } from '../../shared/schema';
import { sliceCodePoints } from '../../shared/text/codepoints';
import {
  startChatCompletionServer,
  type ChatCompletionServer,
  type ChatReply,
} from '../test-support/chat-completion-server';
import { askModelForValues, endpointUrl, ModelEndpointError } from './model-endpoint';

const fields = parseFieldSchema(defaultSchemaJson).fields;
const fieldKeys = new Set(fields.map((field) => field.key));
const article = {
  title: '臺中榮民總醫院啟用新院區',
  text: '本報訊　臺中榮民總醫院新院區今日啟用，\r\n院長陳\n志明表示，投資３億元。',
};

let server: ChatCompletionServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(answer: ChatReply) {
  server = await startChatCompletionServer(() => answer);
  return { baseUrl: server.baseUrl, model: 'test-model', allowRemote: false, timeoutMs: 2000 };
}

async function errorOf(promise: Promise<unknown>): Promise<ModelEndpointError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ModelEndpointError);
  return error as ModelEndpointError;
}

describe('askModelForValues against a local OpenAI-compatible server', () => {
  it('sends the schema and the article, and grounds what comes back in exact spans', async () => {
    const answer = JSON.stringify({
      values: [
        { field: 'hospital', value: '台中荣民总医院', quote: '台中荣民总医院' },
        { field: 'people', value: '陈志明', quote: '陈志明' },
        { field: 'investments', value: 300000000, quote: '投资3亿元' },
        { field: 'hospital', value: '北京协和医院', quote: '北京协和医院' },
        { field: 'budget', value: '3', quote: '3亿元' },
      ],
    });
    const settings = await serve('```json\n' + answer + '\n```');
    const claims = await askModelForValues(settings, article, fields);

    const request = server!.requests[0]!;
    expect(request.model).toBe('test-model');
    expect(request.messages[0]!.content).toContain('- hospital:');
    expect(request.messages[1]!.content).toContain(article.text);

    const { grounded, ungrounded } = groundClaims(article.text, claims, fieldKeys);
    const spans = grounded.map((g) => [
      g.field,
      sliceCodePoints(article.text, g.span.start, g.span.end),
    ]);
    expect(spans).toEqual([
      ['hospital', '臺中榮民總醫院'],
      ['people', '陳\n志明'],
      ['investments', '投資３億元'],
    ]);
    expect(grounded.map((g) => g.match)).toEqual(['aligned', 'aligned', 'aligned']);
    expect(ungrounded.map((u) => [u.field, u.reason])).toEqual([
      ['hospital', 'not-found'],
      ['budget', 'unknown-field'],
    ]);
  });

  it('never contacts a host that is not this machine unless allowed', () => {
    const remote = { baseUrl: 'http://192.168.1.20:11434/v1', allowRemote: false };
    expect(() => endpointUrl(remote)).toThrow(/192\.168\.1\.20 is not this machine/);
    expect(() => endpointUrl({ ...remote, baseUrl: 'http://127.0.0.1.example.com/v1' })).toThrow(
      /not this machine/,
    );
    expect(endpointUrl({ ...remote, allowRemote: true }).href).toBe(
      'http://192.168.1.20:11434/v1/chat/completions',
    );
    expect(endpointUrl({ baseUrl: 'http://[::1]:8080/v1/', allowRemote: false }).port).toBe('8080');
    expect(() => endpointUrl({ baseUrl: 'file:///etc/passwd', allowRemote: true })).toThrow(
      /not http/,
    );
  });

  it('gives up after the timeout with a message naming the host', async () => {
    const settings = await serve({ content: '{"values":[]}', delayMs: 1500 });
    const error = await errorOf(
      askModelForValues({ ...settings, timeoutMs: 200 }, article, fields),
    );
    expect(error.code).toBe('ENDPOINT-TIMEOUT');
    expect(error.message).toMatch(/127\.0\.0\.1:\d+ did not answer within 0\.2 s/);
  });

  it('reports an HTTP error, an answer that is not JSON, and a redirect off the machine', async () => {
    let settings = await serve({ status: 404, body: '{"error":"model \\"x\\" not found"}' });
    expect((await errorOf(askModelForValues(settings, article, fields))).message).toMatch(
      /answered 404: .*not found/,
    );
    await server!.close();

    settings = await serve('I found the hospital 臺中榮民總醫院.');
    const notJson = await errorOf(askModelForValues(settings, article, fields));
    expect(notJson.code).toBe('ENDPOINT-BAD-ANSWER');
    await server!.close();

    settings = await serve({ status: 302, body: '', headers: { location: 'http://example.com/' } });
    expect((await errorOf(askModelForValues(settings, article, fields))).code).toBe(
      'ENDPOINT-UNREACHABLE',
    );
  });

  it('stops at once when the job is cancelled', async () => {
    const settings = await serve({ content: '{"values":[]}', delayMs: 1500 });
    const controller = new AbortController();
    const pending = askModelForValues(settings, article, fields, controller.signal);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
