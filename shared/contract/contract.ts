import type { z } from 'zod';
import { articlesContract } from './articles';
import { backupsContract } from './backups';
import { exportContract } from './export';
import { gridContract } from './grid';
import { importContract } from './import';
import { jobsContract } from './jobs';
import { modelContract } from './model';
import { learningContract } from './learning';
import { packagesContract } from './packages';
import { profilesContract } from './profiles';
import { projectContract } from './project';
import { reviewContract } from './review';
import { schemaContract } from './schema';
import { searchContract } from './search';
import { valuesContract } from './values';

/**
 * The contract by domain: each file `shared/contract/<domain>.ts` declares its methods with zod
 * schemas for input and output, and `electron/api/<domain>-handlers.ts` implements them. A method
 * lives in exactly one domain (contract.test.ts checks that no two declare the same name).
 */
export const domainContracts = {
  project: projectContract,
  articles: articlesContract,
  values: valuesContract,
  review: reviewContract,
  profiles: profilesContract,
  schema: schemaContract,
  import: importContract,
  export: exportContract,
  jobs: jobsContract,
  search: searchContract,
  backups: backupsContract,
  packages: packagesContract,
  grid: gridContract,
  model: modelContract,
  learning: learningContract,
} as const;

/**
 * The one typed API between the renderer and the Node side: every domain's methods in one object.
 * Electron's main process registers a handler per method by walking this object, the preload
 * exposes exactly these methods, and the browser-mode server maps `POST /api/<method>` onto the
 * same handlers.
 */
export const contract = {
  ...projectContract,
  ...articlesContract,
  ...valuesContract,
  ...reviewContract,
  ...profilesContract,
  ...schemaContract,
  ...importContract,
  ...exportContract,
  ...jobsContract,
  ...searchContract,
  ...backupsContract,
  ...packagesContract,
  ...gridContract,
  ...modelContract,
  ...learningContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The api object the renderer calls: one async function per method. */
export type Api = { [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>> };

/**
 * Who makes a call: the transport's name for the window (IPC: its webContents) or browser tab
 * (HTTP: the session id the tab sends) it came from. The Node side keeps one session, the
 * signed-in profile, per client, so two windows never act under each other's name. `null` is a
 * client that did not say who it is: it gets a session of its own for that one call.
 */
export interface Caller {
  readonly client: string | null;
}

/**
 * Handlers on the Node side receive input already parsed (defaults filled in) and the caller,
 * passed down from the transport rather than kept in any shared state.
 */
export type Handlers = {
  [M in MethodName]: (
    input: ParsedInput<M>,
    caller: Caller,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
