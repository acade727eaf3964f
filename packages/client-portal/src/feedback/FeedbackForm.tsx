import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Input, Rating, Select, Stack, Switch, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SubmitFeedbackDocument, type FeedbackCategory } from '../gql/graphql';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { mutationFailure } from '../work/mutationErrors';

export const feedbackCategories: readonly FeedbackCategory[] = ['QUALITY', 'DEADLINE', 'COMMUNICATION', 'PRICE', 'OTHER'];

/** The API's limits: a comment of at most 4,000 characters; a complaint needs at least 10 saying what went wrong. */
const COMMENT_MAX = 4000;
const COMPLAINT_COMMENT_MIN = 10;

interface FeedbackFormValues {
  /** 0 while no star is chosen. */
  score: number;
  category: string | null;
  comment: string;
  isComplaint: boolean;
}

function feedbackSchema(t: TFunction) {
  return z
    .object({
      score: z.number().check(z.refine((score) => Number.isInteger(score) && score >= 1 && score <= 5, t('feedback.form.scoreRequired'))),
      category: z
        .nullable(z.string())
        .check(z.refine((category) => feedbackCategories.some((known) => known === category), t('feedback.form.categoryRequired'))),
      comment: z
        .string()
        .check(z.refine((comment) => comment.trim().length <= COMMENT_MAX, t('feedback.form.commentTooLong', { max: COMMENT_MAX }))),
      isComplaint: z.boolean(),
    })
    .check(
      z.superRefine((values, context) => {
        if (values.isComplaint && values.comment.trim().length < COMPLAINT_COMMENT_MIN) {
          context.addIssue({
            code: 'custom',
            message: t('feedback.form.complaintNeedsComment', { min: COMPLAINT_COMMENT_MIN }),
            path: ['comment'],
            input: values.comment,
          });
        }
      }),
    );
}

interface FeedbackFormProps {
  projectId: string;
  /** Set in a read-only staff session: the form is shown disabled, saying why. */
  readOnlyStaffName: string | null;
  onSubmitted: () => void;
}

/** "Give feedback" on a delivered project: a score of 1 to 5, a category, a comment, and whether it is a complaint. */
export function FeedbackForm({ projectId, readOnlyStaffName, onSubmitted }: FeedbackFormProps) {
  const { t } = useTranslation();
  const schema = useMemo(() => feedbackSchema(t), [t]);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FeedbackFormValues>({
    mode: 'controlled',
    initialValues: { score: 0, category: null, comment: '', isComplaint: false },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
    onValuesChange: (values, previous) => {
      // The comment's rule depends on the switch: check it again when the switch changes.
      if (values.isComplaint !== previous.isComplaint && (form.isTouched('comment') || !values.isComplaint)) form.validateField('comment');
    },
  });
  // The project page shows the feedback and a new history entry; lists and the dashboard load afresh when opened.
  const [submitFeedback, { loading }] = useMutation(SubmitFeedbackDocument, { refetchQueries: ['MyProject'] });
  const readOnly = readOnlyStaffName !== null;
  const categoryOptions = feedbackCategories.map((category) => ({ value: category, label: t(`feedbackCategory.${category}`) }));
  const scoreError = form.errors.score;

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    const category = feedbackCategories.find((known) => known === values.category);
    if (!category) return;
    try {
      await submitFeedback({
        variables: { input: { projectId, score: values.score, category, comment: values.comment.trim(), isComplaint: values.isComplaint } },
      });
      onSubmitted();
    } catch (error) {
      setFailure(
        mutationFailure(error, t, {
          setFieldError: (field, message) => {
            if (field !== 'score' && field !== 'comment' && field !== 'category') return false;
            form.setFieldError(field, message);
            return true;
          },
          reasonMessages: { NOT_DELIVERED: t('feedback.form.notDelivered'), FEEDBACK_EXISTS: t('feedback.form.exists') },
        }),
      );
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="give-feedback-title">
      <Stack gap="md">
        <Input.Wrapper id="feedback-score" label={t('feedback.form.score')} withAsterisk error={scoreError} labelElement="div">
          <Rating
            role="radiogroup"
            aria-labelledby="feedback-score-label"
            aria-invalid={scoreError ? true : undefined}
            aria-describedby={scoreError ? 'feedback-score-error' : undefined}
            size="lg"
            mt={4}
            name="feedback-score"
            value={form.values.score}
            onChange={(score) => form.setFieldValue('score', score)}
            // Mantine's Rating only previews a star reached with the arrow keys; taking it at once lets keyboard users rate without Space.
            onChangeCapture={(event) => {
              const target = event.target;
              if (target instanceof HTMLInputElement && target.type === 'radio') form.setFieldValue('score', Number(target.value));
            }}
            readOnly={readOnly}
            getSymbolLabel={(score) => t('feedback.scoreOf', { score })}
          />
        </Input.Wrapper>
        <Select
          label={t('feedback.form.category')}
          placeholder={t('feedback.form.categoryPlaceholder')}
          data={categoryOptions}
          withAsterisk
          disabled={readOnly}
          maw={{ sm: 320 }}
          {...form.getInputProps('category')}
        />
        <Textarea
          label={t('feedback.form.comment')}
          description={
            form.values.isComplaint
              ? t('feedback.form.complaintCommentHint', { min: COMPLAINT_COMMENT_MIN })
              : t('feedback.form.commentHint')
          }
          autosize
          minRows={3}
          maxRows={10}
          withAsterisk={form.values.isComplaint}
          disabled={readOnly}
          {...form.getInputProps('comment')}
        />
        <Switch
          label={t('feedback.form.isComplaint')}
          description={t('feedback.form.isComplaintHint')}
          disabled={readOnly}
          {...form.getInputProps('isComplaint', { type: 'checkbox' })}
        />
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        {readOnlyStaffName && <ReadOnlyNotice id="feedback-read-only" staffName={readOnlyStaffName} />}
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={readOnly} aria-describedby={readOnly ? 'feedback-read-only' : undefined}>
            {t('feedback.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
