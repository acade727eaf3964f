import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMessageReply } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useClientFormatter } from '../formatting/useClientFormatter';
import type { FeedbackFieldsFragment } from '../gql/graphql';
import { ScoreStars } from './ScoreStars';

interface FeedbackCardProps {
  feedback: FeedbackFieldsFragment;
  /** What the feedback is about (the project), when shown outside the project's page. */
  heading?: ReactNode;
}

/** One piece of feedback: score, category, complaint or not, the comment and the agency's answer. */
export function FeedbackCard({ feedback, heading }: FeedbackCardProps) {
  const { t } = useTranslation();
  const formatter = useClientFormatter();
  return (
    <Stack gap="sm">
      {heading}
      <Group gap="xs" wrap="wrap">
        <ScoreStars score={feedback.score} size="md" />
        <Badge variant="outline" color="gray" tt="none" fw={500} styles={{ label: { color: 'var(--mantine-color-text)' } }}>
          {t(`feedbackCategory.${feedback.category}`)}
        </Badge>
        {feedback.isComplaint && (
          <Badge color="red.9" variant="filled">
            {t('feedback.complaint')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('feedback.givenBy', { date: formatter.dateTime(feedback.createdAt), name: feedback.givenBy })}
      </Text>
      {feedback.comment.trim() ? (
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {feedback.comment}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('feedback.noComment')}
        </Text>
      )}
      {feedback.answer ? (
        <Paper withBorder p="sm" bg="var(--mantine-color-default-hover)">
          <Group gap={6} wrap="nowrap" mb={4}>
            <IconMessageReply size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('feedback.answerFrom', {
                name: feedback.answeredBy ?? t('feedback.theAgency'),
                date: feedback.answeredAt ? formatter.dateTime(feedback.answeredAt) : '',
              })}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {feedback.answer}
          </Text>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed" fs="italic">
          {t('feedback.notAnswered')}
        </Text>
      )}
    </Stack>
  );
}
