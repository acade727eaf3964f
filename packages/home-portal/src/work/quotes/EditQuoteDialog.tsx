import { Modal, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, fromDateTimeInput } from '../../app/dateTime';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { UpdateQuoteDocument, type QuoteDetailFragment } from './quotes.generated';
import { ConflictAlert } from '../../kit/ConflictAlert';
import { useVersionedSave, versionedMutation, type ComparedField, type VersionedValues } from '../../kit/useVersionedSave';
import { fromMinorUnits } from '../money';
import { useWorkFormat } from '../useWorkFormat';
import { WorkFormFooter } from '../WorkFormFooter';
import { workScopeComparedFields } from '../workScope';
import { QuoteFields } from './QuoteFields';
import { quoteFields, quoteInput, quoteSchema, quoteValues, totalAmount, type QuoteValues } from './quoteForm';

interface EditQuoteDialogProps {
  quote: QuoteDetailFragment;
  opened: boolean;
  onClose: () => void;
  /** Reads the quote from the server again (after a conflict). */
  refetch: () => Promise<QuoteDetailFragment | null>;
}

function storedQuote(quote: QuoteDetailFragment): VersionedValues<QuoteValues> {
  return { values: quoteValues(quote), version: quote.version };
}

/** "Edit" of a quote the client has not decided yet, saved with the version it was opened at. */
export function EditQuoteDialog({ quote, opened, onClose, refetch }: EditQuoteDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={opened} onClose={onClose} title={t('quotes.edit.title', { number: quote.number })} size="80rem" fullScreen={fullScreen}>
      <EditQuoteForm quote={quote} refetch={refetch} onDone={onClose} />
    </Modal>
  );
}

function EditQuoteForm({
  quote,
  refetch,
  onDone,
}: {
  quote: QuoteDetailFragment;
  refetch: EditQuoteDialogProps['refetch'];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useWorkFormat();
  const schema = useMemo(() => quoteSchema(t), [t]);
  const stored = useMemo(() => storedQuote(quote), [quote]);
  const form = useForm<QuoteValues>({
    mode: 'controlled',
    initialValues: stored.values,
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const comparedFields = useMemo<ComparedField<QuoteValues>[]>(
    () => [
      ...workScopeComparedFields<QuoteValues>(t, format),
      {
        path: 'validUntil',
        label: t('quotes.fields.validUntil'),
        display: (values) => formatDateTime(fromDateTimeInput(values.validUntil) ?? values.validUntil),
      },
      {
        path: 'proposedDeadline',
        label: t('quotes.fields.proposedDeadline'),
        display: (values) => formatDateTime(fromDateTimeInput(values.proposedDeadline) ?? values.proposedDeadline),
      },
      {
        path: 'lines',
        label: t('quotes.lines.title'),
        display: (values) =>
          t('quotes.lines.summary', {
            count: values.lines.length,
            total: format.money({ amount: fromMinorUnits(totalAmount(values.lines)), currency: values.currency }),
          }),
      },
    ],
    [t, format],
  );
  const versioned = useVersionedSave<QuoteValues>({
    form,
    stored,
    fields: comparedFields,
    refetch: async () => {
      const fresh = await refetch();
      return fresh ? storedQuote(fresh) : null;
    },
    mutation: versionedMutation(UpdateQuoteDocument, {
      variables: (values, version) => ({ input: { id: quote.id, version, ...quoteInput(values) } }),
      saved: (data) => storedQuote(data.updateQuote),
      evictLists: ['quotes'],
    }),
    formFields: (values) => quoteFields(values.lines.length),
    onSaved: () => {
      notifications.show({ color: 'green', message: t('quotes.edit.saved') });
      onDone();
    },
  });

  return (
    <Stack gap="md">
      <form onSubmit={versioned.handleSubmit} noValidate>
        <Stack gap="md">
          <QuoteFields form={form} autoFocus />
          {/* Beside Save, where the user is looking when a save is refused. */}
          <ConflictAlert versioned={versioned} />
          <WorkFormFooter
            alert={versioned.alert}
            alertTitle={t('quotes.edit.failed')}
            submitLabel={t('common.save')}
            saving={versioned.saving}
            submitDisabled={!versioned.dirty}
            onCancel={onDone}
          />
        </Stack>
      </form>
    </Stack>
  );
}
