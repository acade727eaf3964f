import type { ClientOption } from '../clients/ClientSearchSelect';
import type { RequestDetailFragment } from './requests/requests.generated';
import type { WorkScopeValues } from './workScope';

/** The request a new project or quote answers: the fields it starts from. */
export type AnsweredRequest = Pick<
  RequestDetailFragment,
  'id' | 'number' | 'version' | 'clientId' | 'clientName' | 'name' | 'services' | 'sourceLanguage' | 'targetLanguages' | 'deadline'
>;

/**
 * Where a new project or quote starts: from a client (its profile) or from a client request, whose
 * client, name, services and languages it takes. A prefilled client cannot be changed in the form.
 */
export interface WorkPrefill {
  client?: ClientOption;
  request?: AnsweredRequest;
}

export function prefilledClient(prefill: WorkPrefill | undefined): ClientOption | null {
  if (prefill?.request) return { id: prefill.request.clientId, label: prefill.request.clientName };
  return prefill?.client ?? null;
}

export function prefilledScope(prefill: WorkPrefill | undefined): WorkScopeValues {
  const request = prefill?.request;
  if (!request) return { name: '', services: [], sourceLanguage: '', targetLanguages: [] };
  return {
    name: request.name,
    services: [...request.services],
    sourceLanguage: request.sourceLanguage,
    targetLanguages: [...request.targetLanguages],
  };
}
