import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClientIdentificationValues } from './clientIdentification';
import { clientStatuses } from './clientStatus';

interface ClientIdentificationFieldsProps {
  form: UseFormReturnType<ClientIdentificationValues>;
  readOnly?: boolean;
  /** Focus the first field when shown (in a dialog). */
  autoFocus?: boolean;
}

/** ID, name, status and e-mail: the Identification Data of a new or existing client. */
export function ClientIdentificationFields({ form, readOnly = false, autoFocus = false }: ClientIdentificationFieldsProps) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t('clientForm.id')}
        description={t('clientForm.idDescription')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('username')}
      />
      <TextInput label={t('clientForm.name')} withAsterisk={!readOnly} readOnly={readOnly} {...form.getInputProps('name')} />
      <Select
        label={t('clientForm.status')}
        description={t('clientForm.statusDescription')}
        data={clientStatuses.map((value) => ({ value, label: t(`clients.status.${value}`) }))}
        allowDeselect={false}
        withAsterisk={!readOnly}
        readOnly={readOnly}
        {...form.getInputProps('status')}
      />
      <TextInput
        type="email"
        label={t('clientForm.email')}
        description={t('clientForm.emailDescription')}
        autoComplete="off"
        readOnly={readOnly}
        {...form.getInputProps('email')}
      />
    </SimpleGrid>
  );
}
