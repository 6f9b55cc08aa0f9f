import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatePayload } from '../../shared/contract/domain';
import {
  startChatCompletionServer,
  type ChatCompletionServer,
} from '../test-support/chat-completion-server';
import { failure, reviewProject, type Window } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';

const tempDir = useTempDir();

let server: ChatCompletionServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function finished(window: Window, job: JobStatePayload): Promise<JobStatePayload> {
  let state = job;
  while (state.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 20));
    state = await window.call('jobs.get', { id: job.id });
  }
  return state;
}

describe('the model methods, through the real handlers', () => {
  it('keep the settings, run the job over every article, and list what was not grounded', async () => {
    const { project, admin, ids } = await reviewProject(tempDir());
    // Quotes the first words of whatever article it is sent, and one name no article has.
    server = await startChatCompletionServer((request) => {
      const text = request.messages[1]!.content.split('\n\n').slice(1).join('').trim();
      const words = [...text.replace(/\s+/gu, '')].slice(0, 8).join('');
      return JSON.stringify({
        values: [
          { field: 'hospital', value: '不存在的医院', quote: '不存在的医院' },
          { field: 'honors', value: words, quote: words },
        ],
      });
    });
    expect(await admin.call('modelSettings.get', {})).toMatchObject({ endpoint: '' });
    const noModel = await failure(admin.call('model.suggest', { scope: 'all' }));
    expect(noModel.message).toBe('No model endpoint is set in the model settings.');

    const settings = {
      endpoint: server.baseUrl,
      model: 'm',
      timeoutSeconds: 5,
      allowRemote: false,
    };
    await admin.call('modelSettings.update', settings);
    expect(await admin.call('modelSettings.get', {})).toEqual(settings);

    const job = await finished(admin, await admin.call('model.suggest', { scope: 'all' }));
    expect(job).toMatchObject({ kind: 'suggest', status: 'done' });
    expect(job.suggestReport).toMatchObject({ articles: ids.length, asked: ids.length });
    expect(job.suggestReport!.failures).toEqual([]);
    const ungrounded = await admin.call('ungrounded.list', { articleId: ids[0]! });
    expect(ungrounded).toEqual([
      expect.objectContaining({ fieldKey: 'hospital', value: '不存在的医院', reason: 'not-found' }),
    ]);
    // The articles the list's filter selects: none is approved, and the one new title matches.
    const none = await admin.call('model.suggest', {
      scope: 'listed',
      filter: { status: 'approved' },
    });
    expect((await finished(admin, none)).suggestReport).toMatchObject({ articles: 0 });
    const title = project.db.prepare('SELECT title FROM articles WHERE id = ?').get(ids[1]) as {
      title: string;
    };
    const one = await admin.call('model.suggest', {
      scope: 'listed',
      filter: { query: title.title },
    });
    expect((await finished(admin, one)).suggestReport).toMatchObject({ articles: 1, cached: 1 });

    const fields = await admin.call('articles.fields', { id: ids[0]! });
    const fromModel = fields.values.filter((v) => v.extractor === 'model:m');
    expect(fromModel.map((v) => v.fieldKey)).toEqual(['honors']);
    expect(fromModel[0]!.spans).toHaveLength(1);
    project.close();
  });

  it("leaves another curator's articles alone when a curator runs it", async () => {
    const { project, admin, windows, ids } = await reviewProject(tempDir(), {
      王芳: 'curator',
      刘洋: 'curator',
    });
    server = await startChatCompletionServer(() => '{"values":[]}');
    await admin.call('modelSettings.update', {
      endpoint: server.baseUrl,
      model: 'm',
      timeoutSeconds: 5,
      allowRemote: false,
    });
    const liu = (await admin.call('profiles.list', {})).find((p) => p.name === '刘洋')!;
    await admin.call('articles.assign', { assigneeId: liu.id, articleIds: [ids[0]!] });
    const curator = windows['王芳']!;
    const job = await curator.call('model.suggest', {
      scope: 'articles',
      articleIds: ids.slice(0, 2),
    });
    expect((await finished(curator, job)).suggestReport).toMatchObject({ locked: 1, asked: 1 });
    project.close();
  });

  it('cancels a running job through jobs.cancel', async () => {
    const { project, admin, ids } = await reviewProject(tempDir());
    server = await startChatCompletionServer(() => ({ content: '{"values":[]}', delayMs: 2000 }));
    await admin.call('modelSettings.update', {
      endpoint: server.baseUrl,
      model: 'm',
      timeoutSeconds: 30,
      allowRemote: false,
    });
    const job = await admin.call('model.suggest', {
      scope: 'articles',
      articleIds: ids.slice(0, 3),
    });
    while (server.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await admin.call('jobs.cancel', { id: job.id });
    const end = await finished(admin, job);
    expect(end.status).toBe('cancelled');
    expect(server.requests).toHaveLength(1);
    project.close();
  });
});
