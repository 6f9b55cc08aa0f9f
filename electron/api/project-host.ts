import type { Caller, Handlers, MethodName } from '../../shared/contract/contract';
import { methodNames } from '../../shared/contract/method-names';
import { ApiError } from '../../shared/contract/errors';
import type { JobRunner } from '../jobs/job-runner';
import {
  backupsDirOf,
  createBackup,
  isBackupDue,
  listBackups,
  restoreOverDamaged,
} from '../services/backups';
import { extractionIsIncomplete, searchIndexIsBehind } from '../services/finish-import';
import { Project } from '../services/project';
import { RecoveryAccess } from '../services/recovery-access';
import { recordRestore } from '../services/restore-audit';
import { withWriteFailureMessages } from '../services/project-health';
import { withWaitsOffThread } from '../services/wait-off-thread';
import { createHandlers } from './handlers';

export interface ProjectHostOptions {
  jobs: JobRunner;
  actor: string;
  seedsDir?: string | undefined;
  nativeBinding?: string | undefined;
  /** Called after a project was opened (or recovered), e.g. to remember it as recent. */
  onOpened?: (project: Project) => void;
}

/**
 * Every method answers with the failure, except the ones a recovery needs: the backups, and who
 * is acting (a restore passes the access rules against the newest sound backup's profiles, see
 * RecoveryAccess).
 */
function recoveryHandlers(
  projectPath: string,
  failure: ApiError,
  access: RecoveryAccess,
  recover: (name: string | undefined, actor: string) => ReturnType<Handlers['backups.restore']>,
): Handlers {
  const refuse = () => {
    throw failure;
  };
  const handlers = Object.fromEntries(methodNames.map((m) => [m, refuse])) as unknown as Handlers;
  handlers['backups.list'] = () => ({
    folder: backupsDirOf(projectPath),
    backups: listBackups(projectPath),
  });
  handlers['profiles.list'] = () => access.profiles();
  handlers['session.get'] = (_input, caller) => ({ profile: access.session(caller).profile });
  handlers['session.signIn'] = (input, caller) => ({ profile: access.signIn(caller, input) });
  handlers['session.signOut'] = (_input, caller) => {
    access.session(caller).profile = null;
    return { profile: null };
  };
  handlers['backups.restore'] = (input, caller) => {
    access.authorizeRestore(caller, input);
    return recover(input.name, access.session(caller).actor);
  };
  return handlers;
}

/**
 * The open project behind the API, for the desktop app and `gleaner serve`. `handlers` is one
 * stable object whose methods call the current project's handlers, so opening another project
 * or recovering a damaged one switches every transport at once. A project that cannot be
 * opened because it is damaged (`project-unreadable`) puts the host in recovery: every method
 * fails with that error, which the window answers with its recovery screen, and
 * backups.list/backups.restore work on the damaged file's backups.
 */
export class ProjectHost {
  readonly handlers: Handlers;
  private current: Handlers;
  private project: Project | null = null;
  private projectPath = '';
  /** While in recovery: who may restore (the backup's profiles). */
  private recoveryAccess: RecoveryAccess | null = null;

  constructor(private readonly options: ProjectHostOptions) {
    this.current = {} as Handlers;
    const delegating: Partial<Record<MethodName, (input: never, caller: Caller) => unknown>> = {};
    for (const method of methodNames) {
      delegating[method] = (input: never, caller: Caller) =>
        (this.current[method] as (input: never, caller: Caller) => unknown)(input, caller);
    }
    this.handlers = delegating as Handlers;
  }

  /** The open project, or null while in recovery. */
  get openProject(): Project | null {
    return this.project;
  }

  get path(): string {
    return this.projectPath;
  }

  /**
   * Opens a project (closing the current one). Errors other than a damaged file are thrown to
   * the caller (a file from a newer Gleaner, a read-only folder…), leaving the current project
   * open; a damaged file is reported as the returned error and the host goes into recovery.
   */
  open(projectPath: string, { withSamples = true } = {}): ApiError | null {
    let opened: Project;
    try {
      opened = Project.open(projectPath, {
        // A project the user creates (File ▸ New) starts empty and asks which schema it collects
        // with; the samples go into the first project only.
        seedsDir: withSamples ? this.options.seedsDir : undefined,
        nativeBinding: this.options.nativeBinding,
        actor: this.options.actor,
      });
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'project-unreadable') throw error;
      const access = new RecoveryAccess(
        projectPath,
        this.options.actor,
        this.options.nativeBinding,
      );
      this.switchTo(
        null,
        projectPath,
        recoveryHandlers(projectPath, error, access, (name, actor) => this.recover(name, actor)),
        access,
      );
      return error;
    }
    this.switchTo(opened, opened.filePath, this.handlersFor(opened));
    this.options.onOpened?.(opened);
    this.completeExtraction(opened);
    return null;
  }

  /**
   * An import that was killed, stopped or ran out of disk left articles without suggestions:
   * opening the project extracts them in a background job, whose progress the window shows
   * like an import's ("Extracting 3 / 9"). The same job's last phase indexes for search what an
   * older file's index rebuild (migration 10) or a stopped import left queued, with its own
   * progress ("Indexing for search").
   */
  private completeExtraction(project: Project): void {
    if (!extractionIsIncomplete(project.db) && !searchIndexIsBehind(project.db)) return;
    this.options.jobs.startImport({
      mode: 'resume',
      projectPath: project.filePath,
      paths: [],
      actor: this.options.actor,
      nativeBinding: this.options.nativeBinding,
    });
  }

  close(): void {
    this.project?.close();
    this.project = null;
    this.recoveryAccess?.close();
    this.recoveryAccess = null;
  }

  /** Daily backup: backs the open project up when the newest backup is a day old or more. */
  async backupIfDue(now = new Date()): Promise<boolean> {
    const project = this.project;
    if (!project || !isBackupDue(listBackups(project.filePath), now)) return false;
    await createBackup(project.db, project.filePath, 'daily', now);
    return true;
  }

  /** Checks every `everyMs` (and once soon after start) whether a daily backup is due. */
  startDailyBackups(
    everyMs = 10 * 60 * 1000,
    log: (message: string) => void = console.error,
  ): () => void {
    const check = () =>
      void this.backupIfDue().catch((error: unknown) =>
        log(`Daily backup of ${this.projectPath} failed: ${(error as Error).message}`),
      );
    const first = setTimeout(check, 5000);
    const timer = setInterval(check, everyMs);
    first.unref();
    timer.unref();
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }

  private handlersFor(project: Project): Handlers {
    const handlers = createHandlers({
      project,
      jobs: this.options.jobs,
      actor: this.options.actor,
      nativeBinding: this.options.nativeBinding,
    });
    return withWriteFailureMessages(
      withWaitsOffThread(handlers, project.db),
      () => project.filePath,
    );
  }

  private switchTo(
    project: Project | null,
    projectPath: string,
    handlers: Handlers,
    recoveryAccess: RecoveryAccess | null = null,
  ): void {
    if (this.project !== project) this.project?.close();
    this.recoveryAccess?.close();
    this.recoveryAccess = recoveryAccess;
    this.project = project;
    this.projectPath = projectPath;
    this.current = handlers;
  }

  private recover(
    name: string | undefined,
    actor: string,
  ): ReturnType<Handlers['backups.restore']> {
    // The backup may be the one whose profiles were read: let go of it before copying.
    this.recoveryAccess?.close();
    const { restored, damagedCopy } = restoreOverDamaged(this.projectPath, name, {
      nativeBinding: this.options.nativeBinding,
    });
    const failure = this.open(this.projectPath);
    if (failure) throw failure;
    // The damaged file's own log cannot be read (it is kept aside whole): the restored log says
    // who restored which backup, and where the damaged file went.
    recordRestore(this.project!.db, [], {
      actor,
      backup: restored.name,
      safetyCopy: damagedCopy?.name ?? '',
    });
    return { restored, safetyCopy: damagedCopy ?? null, project: this.project!.info() };
  }
}
