import { Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { toDateTimeInput } from '../../app/dateTime';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import type { ClientOption } from '../../clients/ClientSearchSelect';
import { CreateQuoteDocument, type CreateQuoteMutation } from './quotes.generated';
import { NewWorkClientField } from '../NewWorkClientField';
import { chosenClientSchema, targetLanguagesCheck } from '../workScope';
import { prefilledClient, prefilledScope, type WorkPrefill } from '../workPrefill';
import { useCreateWork } from '../useCreateWork';
import { WorkFormFooter } from '../WorkFormFooter';
import { QuoteFields } from './QuoteFields';
import { emptyPriceLine, quoteFields, quoteInput, quoteShape, type QuoteValues } from './quoteForm';

export type CreatedQuote = CreateQuoteMutation['createQuote'];

interface NewQuoteValues extends QuoteValues {
  client: ClientOption | null;
}

interface NewQuoteDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new quote once it is stored. */
  onCreated: (quote: CreatedQuote) => void;
  /** The client or request the quote starts from. */
  prefill?: WorkPrefill;
}

/** How long a new quote stays valid unless changed: two weeks, a common offer period. */
const DEFAULT_VALIDITY_DAYS = 14;

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
}

/** "New quote": for a client, or to answer a client request ("Answer with a quote"). */
export function NewQuoteDialog({ opened, onClose, onCreated, prefill }: NewQuoteDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quotes.new.title')} size="80rem" fullScreen={fullScreen}>
      {/* Mounted while open only: each opening starts from the prefill. */}
      <NewQuoteForm prefill={prefill} onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

function NewQuoteForm({
  prefill,
  onCancel,
  onCreated,
}: {
  prefill: WorkPrefill | undefined;
  onCancel: () => void;
  onCreated: (quote: CreatedQuote) => void;
}) {
  const { t } = useTranslation();
  const schema = useMemo(() => z.object({ ...quoteShape(t), client: chosenClientSchema(t) }).check(targetLanguagesCheck(t)), [t]);
  const form = useForm<NewQuoteValues>({
    mode: 'controlled',
    initialValues: {
      client: prefilledClient(prefill),
      ...prefilledScope(prefill),
      currency: 'EUR',
      lines: [emptyPriceLine()],
      validUntil: toDateTimeInput(daysFromNow(DEFAULT_VALIDITY_DAYS)),
      proposedDeadline: toDateTimeInput(prefill?.request?.deadline),
    },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const { alert, loading, create } = useCreateWork(CreateQuoteDocument, {
    listField: 'quotes',
    created: (data) => data.createQuote,
    createdMessage: (created) => t('quotes.new.created', { number: created.number }),
    prefill,
    onCreated,
    setFieldErrors: form.setErrors,
  });

  const handleSubmit = form.onSubmit((values) =>
    create(values.client, (owner) => ({ input: { ...owner, ...quoteInput(values) } }), quoteFields(values.lines.length)),
  );

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <NewWorkClientField
          prefill={prefill}
          value={form.values.client}
          onChange={(client) => form.setFieldValue('client', client)}
          error={form.errors.client}
        />
        <QuoteFields form={form} autoFocus={prefilledClient(prefill) !== null} />
        <WorkFormFooter
          alert={alert}
          alertTitle={t('quotes.new.failed')}
          submitLabel={t('quotes.new.submit')}
          saving={loading}
          onCancel={onCancel}
        />
      </Stack>
    </form>
  );
}
