import type { schemaContract } from '../../shared/contract/schema';
import { applySchemaChoice, builtInSchema, importSchema } from '../services/schema-choice';
import { currentSchema, schemaHistory, updateSchema } from '../services/schema-editing';
import type { DomainHandlers, HandlerContext } from './handler-context';
import { jobPayload } from './job-payload';

/** The field schema and re-running extraction (shared/contract/schema.ts). */
export function createSchemaHandlers(
  context: HandlerContext,
): DomainHandlers<typeof schemaContract> {
  const { project, jobs } = context;
  return {
    'schema.get': () => currentSchema(project.db),
    'schema.update': (input, session) => updateSchema(project.db, input.schema, session.actor),
    'schema.choose': ({ source }, session) =>
      typeof source === 'string'
        ? applySchemaChoice(project.db, builtInSchema(source), session.actor)
        : importSchema(project.db, source, session.actor),
    'schema.history': () => schemaHistory(project.db),
    'extraction.rerun': (_input, session) =>
      context.jobOwners.started(
        session,
        jobPayload(
          jobs.startImport({
            mode: 'reextract',
            projectPath: project.filePath,
            paths: [],
            actor: session.actor,
            nativeBinding: context.nativeBinding,
          }),
        ),
      ),
  };
}
