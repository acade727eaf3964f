import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { apiErrors } from '../app/graphqlErrors';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { AcceptQuoteDocument, RejectQuoteDocument, type QuoteDetailFieldsFragment } from '../gql/graphql';
import { mutationFailure } from '../work/mutationErrors';

/** The API's limits for the reason of a rejection. */
export const REJECTION_REASON_MIN = 3;
export const REJECTION_REASON_MAX = 1000;

/** Refusals that mean the quote on screen is out of date: it is loaded again. */
const STALE = ['QUOTE_EXPIRED', 'QUOTE_DECIDED'];

function decisionFailure(error: unknown, t: TFunction, setFieldError?: (field: string, message: string) => boolean): string | null {
  return mutationFailure(error, t, {
    setFieldError,
    fieldMessages: { reason: t('quotes.reject.reasonLength', { min: REJECTION_REASON_MIN, max: REJECTION_REASON_MAX }) },
    reasonMessages: { QUOTE_EXPIRED: t('quotes.errors.expired'), QUOTE_DECIDED: t('quotes.errors.decided') },
    codeMessages: { CONFLICT: t('quotes.errors.conflict') },
  });
}

function isStale(error: unknown): boolean {
  return apiErrors(error).some((apiError) => apiError.code === 'CONFLICT' || (apiError.reason !== null && STALE.includes(apiError.reason)));
}

interface DecisionDialogProps {
  quote: QuoteDetailFieldsFragment;
  opened: boolean;
  onClose: () => void;
  /** Loads the quote again after the API said it changed meanwhile. */
  onStale: () => void;
}

/** "Accept quote?": what the client orders, for how much and by when, then the decision. */
export function AcceptQuoteDialog({
  quote,
  opened,
  onClose,
  onStale,
  onAccepted,
}: DecisionDialogProps & { onAccepted: (accepted: QuoteDetailFieldsFragment) => void }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const [failure, setFailure] = useState<string | null>(null);
  const [acceptQuote, { loading }] = useMutation(AcceptQuoteDocument);

  const close = () => {
    setFailure(null);
    onClose();
  };
  const accept = async () => {
    setFailure(null);
    try {
      const result = await acceptQuote({ variables: { id: quote.id, version: quote.version } });
      if (result.data) onAccepted(result.data.acceptQuote);
    } catch (error) {
      setFailure(decisionFailure(error, t));
      if (isStale(error)) onStale();
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('quotes.accept.title', { number: quote.number })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <Stack gap="md">
        <Text>
          {t('quotes.accept.text', {
            name: quote.name,
            total: formatter.money(quote.total),
            deadline: formatter.dateTime(quote.proposedDeadline),
          })}
        </Text>
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('app.cancel')}
          </Button>
          <Button onClick={() => void accept()} loading={loading}>
            {t('quotes.accept.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** "Reject quote": the reason (3 to 1,000 characters, checked as typed) goes to the agency. */
export function RejectQuoteDialog({ quote, opened, onClose, onStale }: DecisionDialogProps) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<string | null>(null);
  const lengthMessage = t('quotes.reject.reasonLength', { min: REJECTION_REASON_MIN, max: REJECTION_REASON_MAX });
  const schema = useMemo(
    () =>
      z.object({
        reason: z.string().check(
          z.refine((reason) => {
            const length = reason.trim().length;
            return length >= REJECTION_REASON_MIN && length <= REJECTION_REASON_MAX;
          }, lengthMessage),
        ),
      }),
    [lengthMessage],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [rejectQuote, { loading }] = useMutation(RejectQuoteDocument);

  const close = () => {
    setFailure(null);
    form.reset();
    onClose();
  };
  const handleSubmit = form.onSubmit(async ({ reason }) => {
    setFailure(null);
    try {
      await rejectQuote({ variables: { id: quote.id, version: quote.version, reason: reason.trim() } });
      close();
    } catch (error) {
      setFailure(
        decisionFailure(error, t, (field, message) => {
          if (field !== 'reason') return false;
          form.setFieldError('reason', message);
          return true;
        }),
      );
      if (isStale(error)) onStale();
    }
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('quotes.reject.title', { number: quote.number })}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="md">
          <Textarea
            label={t('quotes.reject.reason')}
            description={t('quotes.reject.reasonHint', { min: REJECTION_REASON_MIN, max: REJECTION_REASON_MAX })}
            autosize
            minRows={3}
            maxRows={8}
            withAsterisk
            data-autofocus
            {...form.getInputProps('reason')}
          />
          {failure && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" color="red.9" loading={loading}>
              {t('quotes.reject.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
