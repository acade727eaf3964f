import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientOption } from '../clients/ClientSearchSelect';
import { asErrorLike } from '../forms/serverErrors';
import type { WorkPrefill } from './workPrefill';
import { splitNewWorkSaveError } from './workSaveErrors';

/** Who the new project or quote is for, and the request it answers (or null) at the version staff read. */
export interface NewWorkOwner {
  clientId: string;
  requestId: string | null;
  /** If the client edited or withdrew the request since, the API refuses with CONFLICT. */
  requestVersion?: number;
}

interface UseCreateWorkOptions<Data, Created> {
  /** The root query field listing records of this kind ("projects", "quotes"). */
  listField: string;
  /** The created record, from the mutation's result. */
  created: (data: Data) => Created;
  /** The "created" notification. */
  createdMessage: (created: Created) => string;
  prefill: WorkPrefill | undefined;
  onCreated: (created: Created) => void;
  /** Shows the errors the API gives for fields of the form. */
  setFieldErrors: (errors: Record<string, string>) => void;
}

export interface CreateWork<Variables> {
  /** Why the last attempt failed, apart from field errors; null before and after a success. */
  alert: string | null;
  loading: boolean;
  /** Stores the new record for the chosen client; does nothing while none is chosen. */
  create: (client: ClientOption | null, variables: (owner: NewWorkOwner) => Variables, formFields: readonly string[]) => Promise<void>;
}

/**
 * The create flow of a new project or quote: the mutation, the lists it makes stale, the "created"
 * notification, and the API's refusals sorted into field errors and an alert.
 */
export function useCreateWork<Data, Variables extends OperationVariables, Created extends { number: number | string }>(
  mutation: TypedDocumentNode<Data, Variables>,
  { listField, created, createdMessage, prefill, onCreated, setFieldErrors }: UseCreateWorkOptions<Data, Created>,
): CreateWork<Variables> {
  const { t } = useTranslation();
  const [alert, setAlert] = useState<string | null>(null);
  const [mutate, { loading }] = useMutation(mutation, {
    update(cache) {
      // Lists of its kind (and of requests, when one was answered) may all be missing it now.
      cache.evict({ id: 'ROOT_QUERY', fieldName: listField });
      if (prefill?.request) cache.evict({ id: 'ROOT_QUERY', fieldName: 'clientRequests' });
      cache.gc();
    },
  });

  const create = async (client: ClientOption | null, variables: (owner: NewWorkOwner) => Variables, formFields: readonly string[]) => {
    setAlert(null);
    if (!client) return;
    try {
      const request = prefill?.request;
      const owner: NewWorkOwner = request
        ? { clientId: client.id, requestId: request.id, requestVersion: request.version }
        : { clientId: client.id, requestId: null };
      const { data } = await mutate({ variables: variables(owner) });
      if (!data) return;
      const record = created(data);
      notifications.show({ color: 'green', message: createdMessage(record) });
      onCreated(record);
    } catch (error) {
      const failure = splitNewWorkSaveError(asErrorLike(error), formFields, t);
      setFieldErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  };

  return { alert, loading, create };
}
