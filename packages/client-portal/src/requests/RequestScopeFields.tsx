import { MultiSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { fromDateTimeLocalValue, toDateTimeLocalValue } from '@portico/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { LanguageCodeSelect, LanguageCodesMultiSelect } from '../work/LanguageCodeInputs';
import { serviceTypes, type RequestFormValues } from './requestFormSchema';

const formFields = ['name', 'services', 'sourceLanguage', 'targetLanguages', 'deadline', 'instructions'] as const;
type RequestFormField = (typeof formFields)[number];

/** Whether the API's refusal names a field these inputs show. */
export const isRequestFormField = (field: string): field is RequestFormField => (formFields as readonly string[]).includes(field);

/** A little room over the API's limit, so the form can say what is too long instead of cutting the text. */
const REQUEST_NAME_INPUT_MAX = 250;

/**
 * What a request asks for (name, services, languages, a deadline in the client's time zone,
 * instructions): the same inputs on "New request" and on editing a request.
 */
export function RequestScopeFields({ form }: { form: UseFormReturnType<RequestFormValues> }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const timeZone = formatter.timeZone;
  const [minimumDeadline] = useState(() => toDateTimeLocalValue(new Date(), timeZone));
  const chosenDeadline = fromDateTimeLocalValue(form.values.deadline, timeZone);
  const serviceOptions = serviceTypes.map((service) => ({ value: service, label: t(`services.${service}`) }));

  return (
    <>
      <TextInput
        label={t('requests.form.name')}
        description={t('requests.form.nameHint')}
        withAsterisk
        maxLength={REQUEST_NAME_INPUT_MAX}
        {...form.getInputProps('name')}
      />
      <MultiSelect
        label={t('requests.form.services')}
        placeholder={form.values.services.length === 0 ? t('requests.form.servicesPlaceholder') : undefined}
        data={serviceOptions}
        withAsterisk
        clearable
        clearButtonProps={{ 'aria-label': t('requests.form.clearServices') }}
        {...form.getInputProps('services')}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <LanguageCodeSelect
          label={t('requests.form.sourceLanguage')}
          description={t('requests.form.languageHint')}
          placeholder={t('requests.form.languagePlaceholder')}
          nothingFoundMessage={t('requests.form.noLanguageFound')}
          withAsterisk
          {...form.getInputProps('sourceLanguage')}
        />
        <LanguageCodesMultiSelect
          label={t('requests.form.targetLanguages')}
          description={t('requests.form.languageHint')}
          placeholder={form.values.targetLanguages.length === 0 ? t('requests.form.languagePlaceholder') : undefined}
          nothingFoundMessage={t('requests.form.noLanguageFound')}
          withAsterisk
          {...form.getInputProps('targetLanguages')}
        />
      </SimpleGrid>
      <TextInput
        type="datetime-local"
        label={t('requests.form.deadline')}
        description={
          chosenDeadline
            ? t('requests.form.deadlineChosen', {
                deadline: formatter.dateTime(chosenDeadline),
                zone: timeZone.replaceAll('_', ' '),
              })
            : t('requests.form.deadlineHint', { zone: timeZone.replaceAll('_', ' ') })
        }
        withAsterisk
        min={minimumDeadline}
        maw={{ sm: 320 }}
        {...form.getInputProps('deadline')}
      />
      <Textarea
        label={t('requests.form.instructions')}
        description={t('requests.form.instructionsHint')}
        autosize
        minRows={4}
        maxRows={12}
        {...form.getInputProps('instructions')}
      />
    </>
  );
}
