import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { asErrorLike, splitSaveError } from '../../forms/serverErrors';
import { firstProblem } from '../../forms/zodChecks';
import { AnswerFeedbackDocument, type FeedbackFieldsFragment } from './feedback.generated';

interface AnswerFeedbackDialogProps {
  feedback: Pick<FeedbackFieldsFragment, 'id' | 'clientName' | 'projectNumber' | 'comment'> | null;
  onClose: () => void;
}

/** The API's limits for an answer. */
const ANSWER_MIN = 2;
const ANSWER_MAX = 4000;

/** "Answer": a reply the client reads in the Client Portal beside its feedback. */
export function AnswerFeedbackDialog({ feedback, onClose }: AnswerFeedbackDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={feedback !== null} onClose={onClose} title={t('feedback.answerDialog.title')} fullScreen={fullScreen} size="lg">
      {feedback && <AnswerForm feedback={feedback} onDone={onClose} />}
    </Modal>
  );
}

function AnswerForm({ feedback, onDone }: { feedback: NonNullable<AnswerFeedbackDialogProps['feedback']>; onDone: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        answer: z.string().check(
          firstProblem<string>((answer) => {
            if (answer.trim().length === 0) return t('feedback.answerDialog.required');
            if (answer.trim().length < ANSWER_MIN || answer.trim().length > ANSWER_MAX)
              return t('feedback.answerDialog.length', { min: ANSWER_MIN, max: ANSWER_MAX });
            return null;
          }),
        ),
      }),
    [t],
  );
  const form = useForm({ mode: 'controlled', initialValues: { answer: '' }, validate: schemaResolver(schema, { sync: true }) });
  const [alert, setAlert] = useState<string | null>(null);
  // The answered feedback stays where it is shown, now with its answer; lists ask again when opened.
  const [answerFeedback, { loading }] = useMutation(AnswerFeedbackDocument);

  const handleSubmit = form.onSubmit(async (values) => {
    setAlert(null);
    try {
      await answerFeedback({ variables: { id: feedback.id, answer: values.answer.trim() } });
      notifications.show({ color: 'green', message: t('feedback.answerDialog.saved') });
      onDone();
    } catch (error) {
      const failure = splitSaveError(asErrorLike(error), ['answer'], t);
      form.setErrors(failure.fieldErrors);
      setAlert(failure.alert);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('feedback.answerDialog.intro', { client: feedback.clientName, project: feedback.projectNumber })}
        </Text>
        {feedback.comment && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            “{feedback.comment}”
          </Text>
        )}
        <Textarea
          label={t('feedback.answerDialog.answer')}
          withAsterisk
          autosize
          minRows={4}
          maxLength={ANSWER_MAX}
          data-autofocus
          {...form.getInputProps('answer')}
        />
        {alert && (
          <Alert color="red" title={t('feedback.answerDialog.failed')}>
            {alert}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('feedback.answerDialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
