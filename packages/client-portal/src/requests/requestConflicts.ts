import type { TFunction } from 'i18next';

/** The portal's words for the API's refusals of a change to a request the agency answered or that changed meanwhile. */
export function requestConflictMessages(t: TFunction) {
  return {
    reasonMessages: {
      REQUEST_ANSWERED: t('requests.errors.answered'),
      REQUEST_WITHDRAWN: t('requests.errors.withdrawn'),
      REQUEST_CHANGED: t('requests.errors.changed'),
    },
    codeMessages: { CONFLICT: t('requests.errors.changed') },
  };
}
