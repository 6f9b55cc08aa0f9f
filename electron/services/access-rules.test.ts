import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MethodInput, MethodName } from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import type { Role } from '../../shared/contract/profiles';
import type { ProjectDatabase } from '../database/open-project';
import { firstValue, revisionOf, transition } from '../test-support/review-fixtures';
import { failure, reviewProject, windowOn, type Window } from '../test-support/review-project';
import { useTempDir } from '../test-support/temp-dir';
import { accessRules } from './access-rules';

const tempDir = useTempDir('gleaner-access-');

/**
 * A valid input for every contract method (the type makes a new method fail to compile here
 * until it has one), so each rule can be exercised through the real handlers.
 */
function sampleInputs(
  dir: string,
  ids: { article: number; other: number; value: number },
): { [M in MethodName]: MethodInput<M> } {
  const value = { valueId: ids.value, revision: 1 };
  return {
    'project.info': {},
    'articles.list': {},
    'articles.get': { id: ids.article },
    'articles.fields': { id: ids.article },
    'values.setState': { ...value, state: 'accepted' },
    'values.setStates': { items: [{ ...value, state: 'accepted' }] },
    'values.edit': { ...value, text: '新的值' },
    'values.editParts': { ...value, parts: { name: '王芳' } },
    'values.revert': { ...value, toRevision: 1 },
    'values.revertMany': { items: [{ ...value, toRevision: 1 }] },
    'values.add': { articleId: ids.article, fieldKey: 'hospital', text: '某医院' },
    'values.remove': value,
    'values.attachSpan': { ...value, start: 0, end: 1 },
    'values.detachSpan': { ...value, start: 0, end: 1 },
    'values.reorder': {
      articleId: ids.article,
      fieldKey: 'hospital',
      valueIds: [ids.value],
      seenOrder: [ids.value],
    },
    'documents.redecode': { documentId: 1, encoding: 'gbk' },
    'articles.split': { articleId: ids.article, at: 10 },
    'articles.merge': { articleIds: [ids.article, ids.other] },
    'articles.moveRange': { fromArticleId: ids.article, toArticleId: ids.other, start: 0, end: 1 },
    'articles.undoCorrection': { correctionId: 1 },
    'import.start': { paths: [path.join(dir, 'nothing-here')] },
    'import.upload': { files: [{ name: 'a.txt', dataBase64: 'AA==' }] },
    'import.inspectTables': { paths: [path.join(dir, 'nothing-here')] },
    'extraction.rerun': {},
    'export.start': { format: 'jsonl', out: path.join(dir, 'out.jsonl') },
    'exports.list': {},
    'jobs.get': { id: 'no-such-job' },
    'jobs.list': {},
    'jobs.cancel': { id: 'no-such-job' },
    'schema.get': {},
    'schema.update': { schema: {} },
    'schema.choose': { source: 'empty' },
    'schema.history': {},
    'searches.list': {},
    'searches.save': { name: '我的', filter: {} },
    'searches.delete': { id: 1 },
    'profiles.list': {},
    'profiles.create': { name: '新人', role: 'curator' },
    'profiles.update': { id: 1, role: 'admin' },
    'session.get': {},
    'session.signIn': { profileId: 1 },
    'session.signOut': {},
    'articles.transition': { articleId: ids.article, revision: 1, action: 'submit' },
    'articles.assign': { assigneeId: null, articleIds: [ids.article] },
    'comments.list': { articleId: ids.article },
    'comments.add': { articleId: ids.article, body: '看看' },
    'comments.resolve': { threadId: 999_999, resolved: true },
    'review.diff': { articleId: ids.article },
    'history.list': {},
    'history.export': { out: path.join(dir, 'history.jsonl') },
    'settings.get': {},
    'settings.update': { allowSelfApproval: true },
    'dashboard.stats': {},
    'backups.list': {},
    'backups.create': {},
    'backups.restore': {},
    'packages.create': { out: path.join(dir, 'pkg.gleaner'), articleIds: [ids.article] },
    'packages.merge': { file: path.join(dir, 'no-such-package.gleaner') },
    'grid.list': { fields: ['hospital'] },
    'grid.setStates': { items: [{ ...value, state: 'accepted' }] },
    'grid.edit': { items: [value], text: '新的值' },
    'agreement.stats': {},
    'adjudication.list': {},
    'adjudication.decide': { key: 'no|such|1|1', choice: 'a' },
    'adjudication.undo': { key: 'no|such|1|1' },
    'versions.list': { articleId: ids.article },
    'modelSettings.get': {},
    'modelSettings.update': {
      endpoint: 'http://127.0.0.1:9/v1',
      model: 'test-model',
      timeoutSeconds: 5,
      allowRemote: false,
    },
    'model.suggest': { scope: 'articles', articleIds: [] },
    'ungrounded.list': { articleId: ids.article },
    'lexicon.list': {},
    'lexicon.edit': { fieldKey: 'hospital', text: '某医院', action: 'keep' },
    'evidence.list': { articleId: ids.article },
    'lexicon.import': { fieldKey: 'hospital', path: path.join(dir, 'no-such-list.csv') },
    'patternPreview.get': {
      fieldKey: 'beds',
      patterns: [{ name: 'b', regex: '(?<value>\\d+)张' }],
    },
    'lexicon.setThreshold': { threshold: 2 },
  };
}

/** Rows changed on the project's connection so far: the handlers write through it. */
function changesSoFar(db: ProjectDatabase): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

async function callAs(window: Window, method: MethodName, input: unknown) {
  try {
    await window.call(method, input as never);
    return null;
  } catch (error) {
    return error as { code: string; message: string };
  }
}

/** A project with a curator, a reviewer and an admin besides the first admin, each signed in. */
async function team() {
  const review = await reviewProject(tempDir(), {
    王芳: 'curator',
    李明: 'reviewer',
    张伟: 'admin',
  });
  const [article, other] = [review.ids[0]!, review.ids[1]!];
  const samples = sampleInputs(tempDir(), {
    article,
    other,
    value: firstValue(review.project.db, article).id,
  });
  const byRole: Record<Role, Window> = {
    curator: review.windows['王芳']!,
    reviewer: review.windows['李明']!,
    admin: review.windows['张伟']!,
  };
  return { ...review, article, other, samples, byRole };
}

describe('the access rules', () => {
  it('list every contract method, and only reading methods are open to everyone', () => {
    expect(Object.keys(accessRules).sort()).toEqual([...methodNames].sort());
    const open = methodNames.filter((m) => accessRules[m].kind === 'read');
    // A reading method is named for what it reads; anything else must say who may call it.
    for (const method of open) {
      expect(method).toMatch(/\.(get|list|info|fields|history|diff|stats|inspectTables)$/);
    }
  });

  it('let a signed-out window read, change nothing, and refuse every changing method', async () => {
    const { handlers, project, samples } = await team();
    const signedOut = windowOn(handlers);
    expect((await signedOut.call('session.get', {})).profile).toBeNull();
    for (const method of methodNames) {
      const rule = accessRules[method];
      if (rule.kind === 'session') continue;
      const before = changesSoFar(project.db);
      const error = await callAs(signedOut, method, samples[method]);
      if (rule.kind === 'read') {
        expect(error?.code, `${method} is a reading method`).not.toBe('forbidden');
      } else {
        expect(error, `${method} must be refused when signed out`).toMatchObject({
          code: 'forbidden',
          message: expect.stringContaining('this window is signed out'),
        });
      }
      expect(changesSoFar(project.db), `${method} changed the project`).toBe(before);
    }
  });

  it('refuse each changing method to every role the table does not name, and let those it names past the role check', async () => {
    const { samples, byRole } = await team();
    for (const method of methodNames) {
      const rule = accessRules[method];
      if (rule.kind !== 'change') continue;
      for (const role of ['curator', 'reviewer', 'admin'] as const) {
        const error = await callAs(byRole[role], method, samples[method]);
        const refusedForRole =
          (error?.message.startsWith('Only ') && error.message.includes(` can ${rule.what}; `)) ??
          false;
        expect(refusedForRole, `${method} as a ${role}: ${error?.message}`).toBe(
          !rule.roles.includes(role),
        );
      }
    }
  });

  it('keeps a reviewer out of the schema and a curator out of assignment and restore', async () => {
    const { byRole, article } = await team();
    const schema = await byRole.admin.call('schema.get', {});
    const reviewerSaves = await failure(
      byRole.reviewer.call('schema.update', { schema: schema.schema }),
    );
    expect(reviewerSaves.message).toBe('Only an admin can change the schema; 李明 is a reviewer.');
    const curatorAssigns = await failure(
      byRole.curator.call('articles.assign', { assigneeId: null, articleIds: [article] }),
    );
    expect(curatorAssigns.code).toBe('forbidden');
    expect(curatorAssigns.message).toContain('Only a reviewer or an admin can assign articles');
    const curatorRestores = await failure(byRole.curator.call('backups.restore', {}));
    expect(curatorRestores.message).toContain('Only an admin can restore a backup');
    // The admin does all three.
    await expect(
      byRole.admin.call('schema.update', { schema: schema.schema }),
    ).resolves.toMatchObject({ version: expect.any(Number) });
    await expect(
      byRole.reviewer.call('articles.assign', { assigneeId: null, articleIds: [article] }),
    ).resolves.toEqual({ count: 0 });
  });

  it('lets a curator edit an article only while it is in progress, and only their own', async () => {
    const { project, byRole, admin, article, other } = await team();
    const curator = byRole.curator;
    const value = firstValue(project.db, article);
    await curator.call('values.setState', { valueId: value.id, state: 'accepted', revision: 1 });
    await transition(curator, article, revisionOf(project.db, article), 'submit');
    const current = firstValue(project.db, article);
    const submitted = await failure(
      curator.call('values.edit', { valueId: current.id, revision: current.revision, text: '改' }),
    );
    expect(submitted.code).toBe('forbidden');
    expect(submitted.message).toContain('it is submitted');
    const split = await failure(curator.call('articles.split', { articleId: article, at: 5 }));
    expect(split.message).toContain('it is submitted');
    // After changes are requested, the curator may edit again.
    await transition(byRole.reviewer, article, revisionOf(project.db, article), 'requestChanges', {
      comment: '再看看',
    });
    await expect(
      curator.call('values.edit', { valueId: current.id, revision: current.revision, text: '改' }),
    ).resolves.toMatchObject({ raw: '改' });

    // An article assigned to someone else is theirs.
    const reviewerProfile = (await admin.call('profiles.list', {})).find((p) => p.name === '李明')!;
    await admin.call('articles.assign', { assigneeId: reviewerProfile.id, articleIds: [other] });
    const theirs = firstValue(project.db, other);
    const foreign = await failure(
      curator.call('values.setState', {
        valueId: theirs.id,
        state: 'rejected',
        revision: theirs.revision,
      }),
    );
    expect(foreign.message).toContain('is assigned to 李明');
  });

  it('refuses approving your own curation unless the project allows it', async () => {
    const { project, byRole, article, other } = await team();
    const admin = byRole.admin;
    // The admin submits an article and tries to approve it.
    await transition(admin, article, 1, 'submit');
    const own = await failure(transition(admin, article, 2, 'approve'));
    expect(own.code).toBe('forbidden');
    expect(own.message).toContain('张伟 curated article');
    // Someone who changed the values last is the curator too, even if another submitted it.
    const value = firstValue(project.db, other);
    await admin.call('values.setState', { valueId: value.id, state: 'accepted', revision: 1 });
    await transition(byRole.curator, other, revisionOf(project.db, other), 'submit');
    const lastEditor = await failure(
      transition(admin, other, revisionOf(project.db, other), 'approve'),
    );
    expect(lastEditor.message).toContain('changed its values last');
    // Another reviewer approves; with the setting on, the admin may approve their own.
    await expect(transition(byRole.reviewer, article, 2, 'approve')).resolves.toMatchObject({
      status: 'approved',
    });
    expect(await admin.call('settings.get', {})).toEqual({ allowSelfApproval: false });
    const reviewerSets = await failure(
      byRole.reviewer.call('settings.update', { allowSelfApproval: true }),
    );
    expect(reviewerSets.code).toBe('forbidden');
    await admin.call('settings.update', { allowSelfApproval: true });
    await expect(
      transition(admin, other, revisionOf(project.db, other), 'approve'),
    ).resolves.toMatchObject({ status: 'approved' });
    const audited = project.db
      .prepare("SELECT actor, after FROM audit WHERE entity = 'project' AND action = 'settings'")
      .all();
    expect(audited).toEqual([{ actor: '张伟', after: '{"allowSelfApproval":true}' }]);
  });

  it('checks the role as stored now: a curator demoted from admin in another window loses it', async () => {
    const { byRole, admin, samples } = await team();
    const zhang = (await admin.call('profiles.list', {})).find((p) => p.name === '张伟')!;
    await admin.call('profiles.update', { id: zhang.id, role: 'curator' });
    const refused = await failure(byRole.admin.call('backups.restore', samples['backups.restore']));
    expect(refused.message).toBe('Only an admin can restore a backup; 张伟 is a curator.');
  });
});
