import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CurrencyInput } from '../CurrencyInput';
import { WorkScopeFields } from '../WorkScopeFields';
import { useCatToolOptions } from './catTools';
import type { ProjectValues } from './projectForm';

interface ProjectFieldsProps<Values extends ProjectValues> {
  form: UseFormReturnType<Values>;
  readOnly?: boolean;
  autoFocus?: boolean;
}

/** Name, services, languages, deadline, total cost and CAT tool of a new or existing project. */
export function ProjectFields<Values extends ProjectValues>({ form, readOnly = false, autoFocus = false }: ProjectFieldsProps<Values>) {
  const { t } = useTranslation();
  const catTools = useCatToolOptions();
  return (
    <Stack gap="md">
      <WorkScopeFields form={form} readOnly={readOnly} autoFocus={autoFocus} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="datetime-local"
          label={t('work.fields.deadline')}
          withAsterisk={!readOnly}
          readOnly={readOnly}
          {...form.getInputProps('deadline')}
        />
        <Select
          label={t('projects.fields.catTool')}
          description={t('projects.fields.catToolDescription')}
          placeholder={t('projects.fields.noCatTool')}
          data={catTools.options}
          clearable
          readOnly={readOnly}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('catTool')}
        />
        <TextInput
          label={t('projects.fields.totalCost')}
          description={t('projects.fields.totalCostDescription')}
          inputMode="decimal"
          autoComplete="off"
          withAsterisk={!readOnly}
          readOnly={readOnly}
          {...form.getInputProps('totalCost')}
        />
        <CurrencyInput {...form.getInputProps('currency')} readOnly={readOnly} />
      </SimpleGrid>
    </Stack>
  );
}
