import { Alert, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHasRight } from '../auth/useHasRight';
import { ClientSearchSelect, type ClientOption } from '../clients/ClientSearchSelect';
import type { WorkPrefill } from './workPrefill';

interface NewWorkClientFieldProps {
  prefill: WorkPrefill | undefined;
  value: ClientOption | null;
  onChange: (client: ClientOption | null) => void;
  error: ReactNode;
}

/**
 * The client of a new project or quote: fixed when it starts from a client or a request (and then
 * a request it answers is named), otherwise searched.
 */
export function NewWorkClientField({ prefill, value, onChange, error }: NewWorkClientFieldProps) {
  const { t } = useTranslation();
  const mayListClients = useHasRight('CLIENTS:BROWSE');
  if (prefill?.request || prefill?.client) {
    return (
      <>
        {prefill.request && (
          <Alert color="blue" title={t('work.form.answersRequest', { number: prefill.request.number })}>
            {t('work.form.answersRequestText')}
          </Alert>
        )}
        <TextInput label={t('work.fields.client')} value={value?.label ?? ''} readOnly error={error} />
      </>
    );
  }
  return (
    <ClientSearchSelect
      label={t('work.fields.client')}
      placeholder={t('work.form.clientPlaceholder')}
      description={mayListClients ? undefined : t('work.form.clientSearchNeedsRight')}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk
      autoFocus
    />
  );
}
