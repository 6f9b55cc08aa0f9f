import { apiError } from '../../shared/contract/error-messages';
import type { ModelSettings } from '../../shared/contract/model';
import { auditedWrite } from '../database/audited-write';
import { getMeta, setMeta } from '../database/meta-repository';
import type { ProjectDatabase } from '../database/open-project';
import { endpointUrl, ModelEndpointError, type ModelEndpointSettings } from '../nlp/model-endpoint';

const MODEL_SETTINGS_KEY = 'model_endpoint';

/** No model until someone names one; a minute per article suits a small local model on a CPU. */
export const NO_MODEL: ModelSettings = {
  endpoint: '',
  model: '',
  timeoutSeconds: 60,
  allowRemote: false,
};

/** The project's model settings, kept in its file (the meta table) with the other settings. */
export function modelSettings(db: ProjectDatabase): ModelSettings {
  const stored = getMeta(db, MODEL_SETTINGS_KEY);
  return stored === undefined
    ? NO_MODEL
    : { ...NO_MODEL, ...(JSON.parse(stored) as Partial<ModelSettings>) };
}

/**
 * Checks settings before anything is sent or saved: a model named, the endpoint a http(s) URL,
 * and on this machine unless another host is allowed (the message names the host refused).
 */
export function checkedEndpoint(settings: ModelSettings): ModelEndpointSettings {
  if (settings.endpoint === '') throw apiError('model-endpoint-missing', {}, ['endpoint: empty']);
  if (settings.model === '') throw apiError('model-name-missing', {}, ['model: empty']);
  const endpoint: ModelEndpointSettings = {
    baseUrl: settings.endpoint,
    model: settings.model,
    allowRemote: settings.allowRemote,
    timeoutMs: settings.timeoutSeconds * 1000,
  };
  try {
    endpointUrl(endpoint);
  } catch (error) {
    if (error instanceof ModelEndpointError)
      throw apiError(
        error.code === 'ENDPOINT-NOT-LOCAL' ? 'model-endpoint-not-local' : 'model-endpoint-invalid',
        { reason: error.message },
        [`endpoint: ${error.code}`],
      );
    throw error;
  }
  return endpoint;
}

/** Saves the settings (an admin's decision; audited). An empty endpoint turns the model off. */
export function updateModelSettings(
  db: ProjectDatabase,
  input: ModelSettings,
  actor: string,
): ModelSettings {
  if (input.endpoint !== '') checkedEndpoint(input);
  return auditedWrite(db, actor, (write) => {
    const before = modelSettings(db);
    const after = { ...input };
    if (JSON.stringify(before) === JSON.stringify(after)) return before;
    setMeta(db, MODEL_SETTINGS_KEY, JSON.stringify(after));
    write.audit({
      entity: 'project',
      entityId: null,
      action: 'settings',
      before: { model: before },
      after: { model: after },
    });
    return after;
  });
}
