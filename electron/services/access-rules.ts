import type { MethodName, ParsedInput } from '../../shared/contract/contract';
import type { ArticleStatus } from '../../shared/contract/domain';
import { apiError } from '../../shared/contract/error-messages';
import type { Profile, Role } from '../../shared/contract/profiles';
import {
  type ArticleAccess,
  articleStatuses,
  articlesOfCorrection,
  articlesOfDocument,
  articlesOfValues,
  articleOfThread,
  lastCuratorsOf,
  savedSearchOwner,
} from '../database/access-queries';
import type { ProjectDatabase } from '../database/open-project';
import { countProfiles } from '../database/profiles-repository';
import { currentProfile } from './profiles';
import { projectSettings } from './project-settings';
import type { Session } from './session';
import { workflowRules } from './workflow';

const ANYONE: readonly Role[] = ['curator', 'reviewer', 'admin'];
const ADMIN: readonly Role[] = ['admin'];
const ASSIGNERS: readonly Role[] = ['reviewer', 'admin'];
const EDITORS: readonly Role[] = ['curator', 'admin'];

/** A further condition on a permitted call: throws a `forbidden` ApiError to refuse it. */
type Condition<I> = (db: ProjectDatabase, input: I, profile: Profile) => void;

/**
 * What a method needs of the window that calls it:
 * - `read`: changes nothing, open to every caller, signed in or not;
 * - `session`: signs this window in or out;
 * - `first-profile`: anyone may create a project's first profile, afterwards an admin;
 * - `change`: a signed-in profile with one of `roles` (as stored now, not as at sign-in), and
 *   `also` when given. `what` names the change in refusals ("Only an admin can <what>").
 */
export type AccessRule<I> =
  | { kind: 'read' }
  | { kind: 'session' }
  | { kind: 'first-profile'; what: string }
  | { kind: 'change'; roles: readonly Role[]; what: string; also?: Condition<I> };

export type AccessRules = { [M in MethodName]: AccessRule<ParsedInput<M>> };

/** Statuses in which an article's values and segmentation can change. */
const EDITABLE: readonly ArticleStatus[] = ['new', 'in_progress', 'changes_requested'];

const whyLocked = {
  submitted: 'article-submitted-readonly',
  approved: 'article-approved-readonly',
} as const;

type ArticlesOf<I> = (db: ProjectDatabase, input: I) => number[];

function named(article: ArticleAccess): string {
  return article.title ? `article ${article.id} (${article.title})` : `article ${article.id}`;
}

/** For a curator, an article assigned to another curator is that curator's work. */
function refuseAssignedElsewhere(article: ArticleAccess, profile: Profile): void {
  if (profile.role !== 'curator' || article.assigneeId === null) return;
  if (article.assigneeId === profile.id) return;
  throw apiError('article-assigned-elsewhere', {
    article: named(article),
    articleId: article.id,
    assignee: article.assigneeName ?? `profile ${article.assigneeId}`,
    name: profile.name,
  });
}

/**
 * The articles the call changes must exist (unknown ones are left to the service, which names
 * them), be in progress (or new, or sent back), and, for a curator, be theirs or nobody's.
 */
function editable<I>(articlesOf: ArticlesOf<I>): Condition<I> {
  return (db, input, profile) => {
    for (const article of articleStatuses(db, articlesOf(db, input))) {
      if (!EDITABLE.includes(article.status)) {
        const key = article.status === 'approved' ? whyLocked.approved : whyLocked.submitted;
        throw apiError(key, {
          article: named(article),
          articleId: article.id,
          status: article.status,
        });
      }
      refuseAssignedElsewhere(article, profile);
    }
  };
}

/**
 * Only the assignment: for an undo of a page correction, whose service refuses locked articles
 * itself (only those whose text the undo changes).
 */
function notAssignedElsewhere<I>(articlesOf: ArticlesOf<I>): Condition<I> {
  return (db, input, profile) => {
    for (const article of articleStatuses(db, articlesOf(db, input)))
      refuseAssignedElsewhere(article, profile);
  };
}

const ofValue = editable<{ valueId: number }>((db, input) => articlesOfValues(db, [input.valueId]));
const ofValues = editable<{ items: { valueId: number }[] }>((db, input) =>
  articlesOfValues(
    db,
    input.items.map((i) => i.valueId),
  ),
);
const ofArticle = editable<{ articleId: number }>((_db, input) => [input.articleId]);

/**
 * Approving your own curation is refused unless the project allows it: the approver must not be
 * the profile that submitted the article, nor the one that changed its values last.
 */
const notSelfApproval: Condition<ParsedInput<'articles.transition'>> = (db, input, profile) => {
  if (input.action !== 'approve' || projectSettings(db).allowSelfApproval) return;
  // A profile that may not approve at all hears the workflow's reason, not this one.
  if (!workflowRules.approve.roles.includes(profile.role)) return;
  const { submittedBy, lastValueChangeBy } = lastCuratorsOf(db, input.articleId);
  if (profile.name !== submittedBy && profile.name !== lastValueChangeBy) return;
  throw apiError('self-approval', {
    name: profile.name,
    articleId: input.articleId,
    how: profile.name === submittedBy ? 'submitted it' : 'changed its values last',
  });
};

/**
 * A saved search is shared by everyone but belongs to its maker: saving under its name replaced
 * its filter, and deleting it removed it, whoever did it; a curator could silently change the
 * search an admin exports or assigns by (eighth sweep). Its maker and admins may still.
 */
function ownSavedSearch<I>(
  searchOf: (input: I) => { name: string } | { id: number },
): Condition<I> {
  return (db, input, profile) => {
    const search = savedSearchOwner(db, searchOf(input));
    if (!search || search.createdBy === profile.name || profile.role === 'admin') return;
    throw apiError('saved-search-not-yours', {
      search: search.name,
      owner: search.createdBy,
      name: profile.name,
    });
  };
}

/**
 * Every contract method and what it needs of the caller: the one place roles are decided. The
 * type lists every method, so a new one does not compile until its rule is written here, and
 * access-rules.test.ts refuses a `read` rule for a method that changes anything.
 */
export const accessRules: AccessRules = {
  'project.info': { kind: 'read' },
  'articles.list': { kind: 'read' },
  'articles.get': { kind: 'read' },
  'articles.fields': { kind: 'read' },
  'import.inspectTables': { kind: 'read' },
  'exports.list': { kind: 'read' },
  'jobs.get': { kind: 'read' },
  'jobs.list': { kind: 'read' },
  'schema.get': { kind: 'read' },
  'schema.history': { kind: 'read' },
  'searches.list': { kind: 'read' },
  'profiles.list': { kind: 'read' },
  'session.get': { kind: 'read' },
  'comments.list': { kind: 'read' },
  'review.diff': { kind: 'read' },
  'history.list': { kind: 'read' },
  'dashboard.stats': { kind: 'read' },
  'backups.list': { kind: 'read' },
  'settings.get': { kind: 'read' },
  'grid.list': { kind: 'read' },

  'session.signIn': { kind: 'session' },
  'session.signOut': { kind: 'session' },

  'values.setState': { kind: 'change', roles: EDITORS, what: 'review values', also: ofValue },
  'values.setStates': { kind: 'change', roles: EDITORS, what: 'review values', also: ofValues },
  'values.edit': { kind: 'change', roles: EDITORS, what: 'edit values', also: ofValue },
  'values.editParts': { kind: 'change', roles: EDITORS, what: 'edit values', also: ofValue },
  'values.revert': { kind: 'change', roles: EDITORS, what: 'undo value changes', also: ofValue },
  'values.revertMany': {
    kind: 'change',
    roles: EDITORS,
    what: 'undo value changes',
    also: ofValues,
  },
  'values.add': { kind: 'change', roles: EDITORS, what: 'add values', also: ofArticle },
  'values.remove': { kind: 'change', roles: EDITORS, what: 'remove values', also: ofValue },
  'values.attachSpan': { kind: 'change', roles: EDITORS, what: 'change provenance', also: ofValue },
  'values.detachSpan': { kind: 'change', roles: EDITORS, what: 'change provenance', also: ofValue },
  // Each value is checked again as values.setState and values.edit check it (services/field-grid.ts).
  'grid.setStates': { kind: 'change', roles: EDITORS, what: 'review values' },
  'grid.edit': { kind: 'change', roles: EDITORS, what: 'edit values' },
  'values.reorder': { kind: 'change', roles: EDITORS, what: 'reorder values', also: ofArticle },
  'articles.split': { kind: 'change', roles: EDITORS, what: 'split articles', also: ofArticle },
  'articles.merge': {
    kind: 'change',
    roles: EDITORS,
    what: 'merge articles',
    also: editable((_db, input) => input.articleIds),
  },
  'articles.moveRange': {
    kind: 'change',
    roles: EDITORS,
    what: 'move text between articles',
    also: editable((_db, input) => [input.fromArticleId, input.toArticleId]),
  },
  // The page's locked articles are refused by undoCorrection (those whose text would change).
  'articles.undoCorrection': {
    kind: 'change',
    roles: EDITORS,
    what: 'undo page corrections',
    also: notAssignedElsewhere((db, input) => articlesOfCorrection(db, input.correctionId)),
  },
  'documents.redecode': {
    kind: 'change',
    roles: EDITORS,
    what: 're-read documents',
    also: editable((db, input) => articlesOfDocument(db, input.documentId)),
  },

  // The workflow's own rules (workflow.ts) decide which role takes which step.
  'articles.transition': {
    kind: 'change',
    roles: ANYONE,
    what: 'move articles through review',
    also: notSelfApproval,
  },
  'articles.assign': { kind: 'change', roles: ASSIGNERS, what: 'assign articles' },
  'comments.add': { kind: 'change', roles: ANYONE, what: 'comment' },
  // Closing a review thread is the article's curator's (or a reviewer's, an admin's), as editing
  // it is: another curator resolving it hid a reviewer's request from the one who must act on it.
  'comments.resolve': {
    kind: 'change',
    roles: ANYONE,
    what: 'resolve comments',
    also: notAssignedElsewhere((db, input) => articleOfThread(db, input.threadId)),
  },
  'searches.save': {
    kind: 'change',
    roles: ANYONE,
    what: 'save searches',
    also: ownSavedSearch((input) => ({ name: input.name.trim() })),
  },
  'searches.delete': {
    kind: 'change',
    roles: ANYONE,
    what: 'delete saved searches',
    also: ownSavedSearch((input) => ({ id: input.id })),
  },
  'import.start': { kind: 'change', roles: ANYONE, what: 'import' },
  'import.upload': { kind: 'change', roles: ANYONE, what: 'import' },
  'jobs.cancel': { kind: 'change', roles: ANYONE, what: 'cancel jobs' },
  'export.start': { kind: 'change', roles: ANYONE, what: 'export' },
  'history.export': { kind: 'change', roles: ANYONE, what: 'export the history' },
  'backups.create': { kind: 'change', roles: ANYONE, what: 'back up the project' },

  'extraction.rerun': { kind: 'change', roles: ADMIN, what: 'run extraction again' },
  'lexicon.list': { kind: 'read' },
  'evidence.list': { kind: 'read' },
  'patternPreview.get': { kind: 'read' },
  'lexicon.edit': { kind: 'change', roles: EDITORS, what: 'edit the learned lexicon' },
  'lexicon.import': { kind: 'change', roles: EDITORS, what: 'import a word list' },
  'lexicon.setThreshold': {
    kind: 'change',
    roles: ADMIN,
    what: 'change when rejections stop a learned text',
  },
  'schema.update': { kind: 'change', roles: ADMIN, what: 'change the schema' },
  'schema.choose': { kind: 'change', roles: ADMIN, what: 'choose the schema' },
  'backups.restore': { kind: 'change', roles: ADMIN, what: 'restore a backup' },
  'profiles.update': { kind: 'change', roles: ADMIN, what: 'change profiles' },
  'settings.update': { kind: 'change', roles: ADMIN, what: 'change project settings' },
  'packages.create': { kind: 'change', roles: ASSIGNERS, what: 'create work packages' },
  'packages.merge': { kind: 'change', roles: ASSIGNERS, what: 'merge work packages' },
  'agreement.stats': { kind: 'read' },
  'adjudication.list': { kind: 'read' },
  'versions.list': { kind: 'read' },
  'adjudication.decide': { kind: 'change', roles: ASSIGNERS, what: 'adjudicate disagreements' },
  'adjudication.undo': { kind: 'change', roles: ASSIGNERS, what: 'adjudicate disagreements' },
  'profiles.create': { kind: 'first-profile', what: 'create profiles' },
  'modelSettings.get': { kind: 'read' },
  'ungrounded.list': { kind: 'read' },
  'modelSettings.update': { kind: 'change', roles: ADMIN, what: 'change the model settings' },
  // Submitted and approved articles are left alone by the job itself (counted as locked).
  'model.suggest': { kind: 'change', roles: EDITORS, what: 'ask the model for suggestions' },
};

function requireRole(
  db: ProjectDatabase,
  session: Session,
  roles: readonly Role[],
  what: string,
): Profile {
  if (!session.profile) {
    throw apiError('sign-in-first', { what });
  }
  // The role as stored now: an admin may have changed it, or retired the profile, since sign-in.
  const profile = currentProfile(db, session);
  if (!roles.includes(profile.role)) {
    throw apiError('role-required', {
      roles: roles.join(','),
      what,
      name: profile.name,
      role: profile.role,
    });
  }
  return profile;
}

/**
 * Refuses the call (a `forbidden` ApiError) unless the window's session may make it. Called for
 * every method before its handler runs, with the parsed input.
 */
export function authorize<M extends MethodName>(
  db: ProjectDatabase,
  method: M,
  input: ParsedInput<M>,
  session: Session,
): void {
  const rule = accessRules[method] as AccessRule<ParsedInput<M>>;
  switch (rule.kind) {
    case 'read':
    case 'session':
      return;
    case 'first-profile':
      if (countProfiles(db) > 0) requireRole(db, session, ADMIN, rule.what);
      return;
    case 'change': {
      // Not `rule.also?.(…, requireRole(…))`: an absent `also` would skip the role check.
      const profile = requireRole(db, session, rule.roles, rule.what);
      if (rule.also) rule.also(db, input, profile);
    }
  }
}
