import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../app/useNotify';
import * as z from 'zod/mini';
import { useClientFormatter } from '../formatting/useClientFormatter';
import { SendProjectBackForReviewDocument, type MyProjectQuery } from '../gql/graphql';
import { ReadOnlyNotice } from '../session/ReadOnlyNotice';
import { useReviewBlock } from '../session/clientRights';
import { mutationFailure } from '../work/mutationErrors';
import { SectionCard } from '../work/SectionCard';

type Project = MyProjectQuery['myProject'];

/** The API's limits for review comments. */
export const REVIEW_COMMENTS_MIN = 5;
export const REVIEW_COMMENTS_MAX = 4000;

/**
 * "Review": earlier reviews, and sending the delivered translation back with comments (Projects
 * Edit). Phrase-integrated projects cannot be reviewed here, a known limit of Client Portal 2.0.
 */
export function ProjectReviewSection({ project }: { project: Project }) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  const block = useReviewBlock();
  const { available, reason } = project.reviewAvailability;
  const mayReview = block?.kind !== 'NO_RIGHT';
  const phrase = reason === 'PHRASE_INTEGRATED';
  if (!mayReview && project.reviews.length === 0 && !phrase) return null;

  return (
    <SectionCard id="project-review" title={t('review.title')}>
      {project.reviews.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('review.earlier')}>
          {project.reviews.map((review) => (
            <Paper component="li" key={review.id} withBorder p="sm" bg="var(--mantine-color-default-hover)">
              <Text size="xs" c="dimmed">
                {t('review.sentBy', { date: formatter.dateTime(review.createdAt), name: review.sentBy })}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {review.comments}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {phrase ? (
        <Alert
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden />}
          title={t('review.phraseTitle')}
          styles={{ message: { color: 'var(--mantine-color-text)' } }}
        >
          {t('review.phraseText')}
        </Alert>
      ) : !mayReview ? null : available ? (
        <ReviewForm projectId={project.id} readOnlyStaffName={block?.kind === 'READ_ONLY_SESSION' ? block.staffName : null} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('review.notDelivered')}
        </Text>
      )}
    </SectionCard>
  );
}

function ReviewForm({ projectId, readOnlyStaffName }: { projectId: string; readOnlyStaffName: string | null }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [failure, setFailure] = useState<string | null>(null);
  const lengthMessage = t('review.commentsLength', { min: REVIEW_COMMENTS_MIN, max: REVIEW_COMMENTS_MAX });
  const schema = useMemo(
    () =>
      z.object({
        comments: z.string().check(
          z.superRefine((comments, context) => {
            const length = comments.trim().length;
            if (length < REVIEW_COMMENTS_MIN || length > REVIEW_COMMENTS_MAX)
              context.addIssue({ code: 'custom', message: lengthMessage, input: comments });
          }),
        ),
      }),
    [lengthMessage],
  );
  const form = useForm({
    mode: 'controlled',
    initialValues: { comments: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [sendBack, { loading }] = useMutation(SendProjectBackForReviewDocument);
  const readOnly = readOnlyStaffName !== null;

  const handleSubmit = form.onSubmit(async ({ comments }) => {
    setFailure(null);
    try {
      await sendBack({ variables: { projectId, comments: comments.trim() } });
      form.reset();
      notify.success(t('review.sent'));
    } catch (error) {
      setFailure(
        mutationFailure(error, t, {
          setFieldError: (field, message) => {
            if (field !== 'comments') return false;
            form.setFieldError('comments', message);
            return true;
          },
          fieldMessages: { comments: lengthMessage },
          reasonMessages: { PHRASE_INTEGRATED: t('review.phraseText'), NOT_DELIVERED: t('review.notDeliveredAnymore') },
        }),
      );
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('review.intro')}</Text>
        <Textarea
          label={t('review.comments')}
          description={t('review.commentsHint')}
          autosize
          minRows={3}
          maxRows={10}
          withAsterisk
          disabled={readOnly}
          {...form.getInputProps('comments')}
        />
        {failure && (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        {readOnlyStaffName && <ReadOnlyNotice id="review-read-only" staffName={readOnlyStaffName} />}
        <Group justify="flex-end">
          <Button type="submit" loading={loading} disabled={readOnly} aria-describedby={readOnly ? 'review-read-only' : undefined}>
            {t('review.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
