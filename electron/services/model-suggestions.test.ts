import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listArticles } from '../database/articles-repository';
import { verifyAuditChain } from '../database/audit-chain-verify';
import { ungroundedValuesOf } from '../database/model-suggestions-repository';
import { insertSuggestion, valuesOfArticle } from '../database/values-repository';
import { exportToFile } from '../export/export-formats';
import { ModelEndpointError, type ModelEndpointSettings } from '../nlp/model-endpoint';
import {
  startChatCompletionServer,
  type ChatCompletionServer,
  type ChatReply,
  type ChatRequest,
} from '../test-support/chat-completion-server';
import { useTempDir } from '../test-support/temp-dir';
import { extractArticles } from './extract-articles';
import { importPaths } from './import-pipeline';
import { updateModelSettings } from './model-settings';
import { suggestWithModel } from './model-suggestions';
import { Project } from './project';
import { setValueState } from './value-review';

const tempDir = useTempDir();

/**
 * Two articles written for this test (never text of real pages): one in traditional characters
 * with CRLF line breaks, a name broken over a line, a full-width figure and an astral character;
 * one in simplified characters.
 */
const TRADITIONAL =
  '臺中榮民總醫院新院區今日啟用\r\n\r\n本報訊　臺中榮民總醫院新院區今日啟用，院長陳\r\n志明表示，醫院投資３億元建設𠀀號大樓，新增床位５００張。\r\n';
const SIMPLIFIED =
  '阜新市第二人民医院新大楼开工\n\n阜新市第二人民医院新大楼昨日开工，总投资4100万元，由院长李明主持。\n';

let server: ChatCompletionServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

/**
 * A project of the two articles. The rules' suggestions are cleared, so a test sees the model's
 * values alone (the rules change with every improvement to them).
 */
async function projectWithArticles(): Promise<{ project: Project; ids: Record<string, number> }> {
  const dir = tempDir();
  const input = path.join(dir, 'in');
  fs.mkdirSync(input);
  fs.writeFileSync(path.join(input, 'a-taichung.txt'), TRADITIONAL);
  fs.writeFileSync(path.join(input, 'b-fuxin.txt'), SIMPLIFIED);
  const project = Project.open(path.join(dir, 'p.gleaner'));
  await importPaths(project.db, [input], { actor: 'importer' });
  project.db.prepare('DELETE FROM field_values').run();
  const articles = listArticles(project.db, { offset: 0, limit: 10 }).items;
  const id = (name: string) => articles.find((a) => a.documentName === name)!.id;
  return { project, ids: { taichung: id('a-taichung.txt'), fuxin: id('b-fuxin.txt') } };
}

/** The model's answer for each article, recognised by a word of the text it was sent. */
function answers(request: ChatRequest): ChatReply {
  const text = request.messages[1]!.content;
  if (text.includes('臺中')) {
    return JSON.stringify({
      values: [
        // Simplified for traditional: aligned.
        { field: 'hospital', value: '台中荣民总医院', quote: '台中荣民总医院' },
        // Across the CRLF the name is broken over, and simplified: aligned.
        { field: 'people', value: '陈志明', quote: '院长陈志明' },
        // Half-width for full-width, simplified: aligned; the value reads as money.
        { field: 'investments', value: '3亿元', quote: '投资3亿元' },
        // Past the astral character.
        { field: 'centers', value: '𠀀号大楼', quote: '𠀀號大樓' },
        // Not in the text, an unknown field, a value that is not a number.
        { field: 'partners', value: '北京协和医院', quote: '与北京协和医院合作' },
        { field: 'budget', value: '3', quote: '３億元' },
        { field: 'founded_year', value: '今日', quote: '今日' },
      ],
    });
  }
  return JSON.stringify({
    values: [
      { field: 'hospital', value: '阜新市第二人民医院', quote: '阜新市第二人民医院' },
      { field: 'investments', value: '4100万元', quote: '4100万元' },
      { field: 'people', value: '李明', quote: '李明' },
    ],
  });
}

async function serve(answer: (request: ChatRequest) => ChatReply = answers) {
  server = await startChatCompletionServer(answer);
  return server;
}

function endpoint(baseUrl: string, patch: Partial<ModelEndpointSettings> = {}) {
  return { baseUrl, model: 'test-model', allowRemote: false, timeoutMs: 5000, ...patch };
}

function documentTextOf(project: Project, articleId: number): string {
  return (
    project.db
      .prepare(
        'SELECT d.text FROM documents d JOIN articles a ON a.document_id = d.id WHERE a.id = ?',
      )
      .get(articleId) as { text: string }
  ).text;
}

describe('suggestWithModel against a local OpenAI-compatible server', () => {
  it('stores grounded values with exact spans and keeps the ungrounded apart', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl } = await serve();
    const report = await suggestWithModel(project.db, [ids.taichung!, ids.fuxin!], {
      endpoint: endpoint(baseUrl),
      actor: 'curator',
    });
    expect(report).toMatchObject({ articles: 2, asked: 2, cached: 0, failures: [] });

    const values = valuesOfArticle(project.db, ids.taichung!);
    const chars = Array.from(documentTextOf(project, ids.taichung!));
    const byField = Object.fromEntries(values.map((v) => [v.fieldKey, v]));
    expect(byField.hospital?.value).toBe('台中荣民总医院');
    expect(byField.hospital?.spans.map((s) => s.text)).toEqual(['臺中榮民總醫院']);
    expect(byField.people?.spans.map((s) => s.text)).toEqual(['院長陳\r\n志明']);
    expect(byField.investments?.value).toMatchObject({ amount: 300_000_000, currency: 'CNY' });
    expect(byField.investments?.spans.map((s) => s.text)).toEqual(['投資３億元']);
    expect(byField.centers?.spans.map((s) => s.text)).toEqual(['𠀀號大樓']);
    for (const value of values) {
      expect(value).toMatchObject({ extractor: 'model:test-model', origin: 'extracted' });
      expect(value).toMatchObject({ state: 'suggested', confidence: null });
      expect(value.raw).toBe(value.spans[0]!.text);
      for (const span of value.spans)
        expect(chars.slice(span.start, span.end).join('')).toBe(span.text);
    }
    expect(
      ungroundedValuesOf(project.db, ids.taichung!).map((u) => [u.fieldKey, u.reason]),
    ).toEqual([
      ['founded_year', 'invalid-value'],
      ['partners', 'not-found'],
      ['budget', 'unknown-field'],
    ]);
    expect(report.suggestions).toBe(7);
    expect(report.ungrounded).toBe(3);
    expect(verifyAuditChain(project.db).broken).toBeNull();
    project.close();
  });

  it('answers a second run from the cache, and never suggests what a curator decided', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl, requests } = await serve();
    const options = { endpoint: endpoint(baseUrl), actor: 'curator' };
    await suggestWithModel(project.db, [ids.fuxin!], options);
    const first = valuesOfArticle(project.db, ids.fuxin!);
    const hospital = first.find((v) => v.fieldKey === 'hospital')!;
    const people = first.find((v) => v.fieldKey === 'people')!;
    setValueState(project.db, { valueId: hospital.id, state: 'accepted', revision: 1 }, 'curator');
    setValueState(project.db, { valueId: people.id, state: 'rejected', revision: 1 }, 'curator');

    const again = await suggestWithModel(project.db, [ids.fuxin!], options);
    expect(requests).toHaveLength(1);
    expect(again).toMatchObject({ asked: 0, cached: 1, suggestions: 1, heldBack: 2 });
    const after = valuesOfArticle(project.db, ids.fuxin!);
    expect(after.filter((v) => v.fieldKey === 'hospital').map((v) => v.state)).toEqual([
      'accepted',
    ]);
    expect(after.filter((v) => v.fieldKey === 'people').map((v) => v.state)).toEqual(['rejected']);
    expect(after.filter((v) => v.fieldKey === 'investments')).toHaveLength(1);

    // Another model is another cache entry: asked again.
    await suggestWithModel(project.db, [ids.fuxin!], {
      ...options,
      endpoint: endpoint(baseUrl, { model: 'other' }),
    });
    expect(requests).toHaveLength(2);
    project.close();
  });

  it("keeps the model's suggestions when the rules run again", async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl } = await serve();
    await suggestWithModel(project.db, [ids.fuxin!], { endpoint: endpoint(baseUrl), actor: 'c' });
    const fromModel = () =>
      valuesOfArticle(project.db, ids.fuxin!).filter((v) => v.extractor === 'model:test-model');
    const before = fromModel();
    expect(before).toHaveLength(3);
    extractArticles(project.db, [ids.fuxin!], { actor: 'extractor' });
    expect(fromModel()).toEqual(before);
    project.close();
  });

  it('leaves out a value the rules already suggested', async () => {
    const { project, ids } = await projectWithArticles();
    const text = documentTextOf(project, ids.fuxin!);
    const start = Array.from(text).join('').indexOf('阜新市第二人民医院');
    insertSuggestion(project.db, {
      articleId: ids.fuxin!,
      suggestion: {
        field: 'hospital',
        value: '阜新市第二人民医院',
        raw: '阜新市第二人民医院',
        spans: [{ start, end: start + 9, text: '阜新市第二人民医院' }],
        extractor: 'rule:hospital@1',
        confidence: 0.9,
      },
      ordinal: 0,
      schemaId: 'hospital-news',
      schemaVersion: 1,
      at: new Date().toISOString(),
    });
    const { baseUrl } = await serve();
    await suggestWithModel(project.db, [ids.fuxin!], { endpoint: endpoint(baseUrl), actor: 'c' });
    const after = valuesOfArticle(project.db, ids.fuxin!);
    expect(after.filter((v) => v.fieldKey === 'hospital')).toHaveLength(1);
    project.close();
  });

  it('stores nothing in an article submitted while the model was answering', async () => {
    const { project, ids } = await projectWithArticles();
    // Another window submits the article while the request is under way.
    const { baseUrl } = await serve((request) => {
      project.db.prepare("UPDATE articles SET status = 'submitted' WHERE id = ?").run(ids.fuxin);
      return answers(request);
    });
    const report = await suggestWithModel(project.db, [ids.fuxin!], {
      endpoint: endpoint(baseUrl),
      actor: 'c',
    });
    expect(report).toMatchObject({ asked: 1, locked: 1, suggestions: 0 });
    expect(valuesOfArticle(project.db, ids.fuxin!)).toEqual([]);
    project.close();
  });

  it('cancels the request under way and leaves that article as it was', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl, requests } = await serve((request) => ({
      content: answers(request) as string,
      delayMs: 3000,
    }));
    const controller = new AbortController();
    const running = suggestWithModel(project.db, [ids.taichung!, ids.fuxin!], {
      endpoint: endpoint(baseUrl),
      actor: 'curator',
      signal: controller.signal,
    });
    while (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort();
    const report = await running;
    expect(report).toMatchObject({ cancelled: true, articles: 0, suggestions: 0 });
    expect(valuesOfArticle(project.db, ids.taichung!)).toEqual([]);
    expect(requests).toHaveLength(1);
    project.close();
  });

  it('names the article whose request timed out or was not JSON, and goes on', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl } = await serve((request) =>
      request.messages[1]!.content.includes('臺中')
        ? { content: answers(request) as string, delayMs: 1500 }
        : 'Sure! The hospital is 阜新市第二人民医院.',
    );
    const report = await suggestWithModel(project.db, [ids.taichung!, ids.fuxin!], {
      endpoint: endpoint(baseUrl, { timeoutMs: 300 }),
      actor: 'curator',
    });
    expect(report.failures.map((f) => [f.articleId, f.code])).toEqual([
      [ids.taichung, 'ENDPOINT-TIMEOUT'],
      [ids.fuxin, 'ENDPOINT-BAD-ANSWER'],
    ]);
    expect(report.failures[0]!.message).toMatch(
      /^article \d+ \(臺中榮民總醫院新院區今日啟用\): 127\.0\.0\.1:\d+ did not answer within 0.3 s$/,
    );
    expect(report.failures[1]!.message).toContain('did not answer with JSON');
    expect(report.articles).toBe(2);
    expect(valuesOfArticle(project.db, ids.fuxin!)).toEqual([]);
    project.close();
  });

  it('stops at the first article when the endpoint cannot be reached', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl } = await serve();
    await server!.close();
    server = null;
    const report = await suggestWithModel(project.db, [ids.taichung!, ids.fuxin!], {
      endpoint: endpoint(baseUrl),
      actor: 'curator',
    });
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({
      articleId: ids.taichung,
      code: 'ENDPOINT-UNREACHABLE',
    });
    project.close();
  });

  it('refuses a host that is not this machine, naming it, before sending anything', async () => {
    const { project, ids } = await projectWithArticles();
    const refused = await suggestWithModel(project.db, [ids.fuxin!], {
      endpoint: endpoint('http://192.0.2.7:11434/v1'),
      actor: 'curator',
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ModelEndpointError);
    expect((refused as ModelEndpointError).message).toContain('192.0.2.7 is not this machine');

    const settings = { endpoint: 'http://gpu-box.lan:8000/v1', model: 'm', timeoutSeconds: 30 };
    expect(() =>
      updateModelSettings(project.db, { ...settings, allowRemote: false }, 'admin'),
    ).toThrow(
      'model settings: gpu-box.lan is not this machine; allow remote model endpoints in the project settings to send articles there',
    );
    expect(updateModelSettings(project.db, { ...settings, allowRemote: true }, 'admin')).toEqual({
      ...settings,
      allowRemote: true,
    });
    project.close();
  });

  it('never exports an ungrounded value: Python reads only grounded spans', async () => {
    const { project, ids } = await projectWithArticles();
    const { baseUrl } = await serve();
    await suggestWithModel(project.db, [ids.taichung!, ids.fuxin!], {
      endpoint: endpoint(baseUrl),
      actor: 'curator',
    });
    const dir = tempDir();
    const filter = { status: 'any' as const };
    const jsonl = await exportToFile(project.db, 'jsonl', {
      out: path.join(dir, 'out.jsonl'),
      filter,
      actor: 't',
    });
    const csv = await exportToFile(project.db, 'csv-long', {
      out: path.join(dir, 'out.csv'),
      filter,
      actor: 't',
    });
    const script = `
import csv, json, sys
docs = {}
values = []
for line in open(sys.argv[1], encoding='utf-8'):
    record = json.loads(line)
    for field, vals in record['fields'].items():
        for v in vals:
            values.append((record['id'], field, v['raw'], [s['text'] for s in v['spans']]))
with open(sys.argv[2], encoding='utf-8-sig', newline='') as f:
    rows = list(csv.DictReader(f))
print(json.dumps({'values': values, 'csv': [' '.join(r.values()) for r in rows]}))`;
    const read = JSON.parse(
      execFileSync('python3', ['-c', script, jsonl.path, csv.path], { encoding: 'utf8' }),
    ) as { values: [number, string, string, string[]][]; csv: string[] };
    expect(read.values.length).toBe(7);
    for (const [, , raw, spans] of read.values) {
      expect(spans.length).toBeGreaterThan(0);
      expect(spans[0]).toBe(raw);
    }
    for (const ungrounded of ['北京协和医院', '今日']) {
      expect(read.values.some(([, , raw]) => raw.includes(ungrounded))).toBe(false);
      expect(read.csv.some((row) => row.includes(ungrounded) && !row.includes('今日啟用'))).toBe(
        false,
      );
    }
    project.close();
  });
});
