import { SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CurrencyInput } from '../CurrencyInput';
import { WorkScopeFields } from '../WorkScopeFields';
import { PriceLinesEditor } from './PriceLinesEditor';
import type { QuoteValues } from './quoteForm';

/** Name, services, languages, currency, validity, proposed deadline and price lines of a quote. */
export function QuoteFields<Values extends QuoteValues>({
  form,
  autoFocus = false,
}: {
  form: UseFormReturnType<Values>;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <WorkScopeFields form={form} autoFocus={autoFocus} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <CurrencyInput {...form.getInputProps('currency')} />
        <TextInput
          type="datetime-local"
          label={t('quotes.fields.validUntil')}
          description={t('quotes.fields.validUntilDescription')}
          withAsterisk
          {...form.getInputProps('validUntil')}
        />
        <TextInput
          type="datetime-local"
          label={t('quotes.fields.proposedDeadline')}
          description={t('quotes.fields.proposedDeadlineDescription')}
          withAsterisk
          {...form.getInputProps('proposedDeadline')}
        />
      </SimpleGrid>
      <PriceLinesEditor form={form} />
    </Stack>
  );
}
