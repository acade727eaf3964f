import { Anchor, Badge, Blockquote, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { useHasRight } from '../../auth/useHasRight';
import type { FeedbackFieldsFragment } from './feedback.generated';
import { ClientNameLink } from '../ClientNameLink';
import { projectPath } from '../workPaths';
import { ScoreStars } from './ScoreStars';

interface FeedbackCardProps {
  feedback: FeedbackFieldsFragment;
  /** Opens the answer dialog; the button shows for staff who may answer feedback. */
  onAnswer: (feedback: FeedbackFieldsFragment) => void;
  /** False on the project's own page. */
  showProject?: boolean;
}

/** A client's rating with its category, comment and origin, and the agency's answer or "Answer". */
export function FeedbackCard({ feedback, onAnswer, showProject = true }: FeedbackCardProps) {
  const { t } = useTranslation();
  const mayAnswer = useHasRight('FEEDBACK:EDIT');
  const mayOpenProjects = useHasRight('PROJECTS:BROWSE');
  const project = t('feedback.project', { number: feedback.projectNumber, name: feedback.projectName });

  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-label={t('feedback.cardLabel', { client: feedback.clientName, project: feedback.projectNumber })}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" align="flex-start">
          <Group gap="sm">
            <ScoreStars score={feedback.score} />
            <Badge variant="light" color="gray">
              {t(`feedback.categories.${feedback.category}`)}
            </Badge>
            {feedback.isComplaint && (
              <Badge variant="filled" color="red">
                {t('feedback.complaint')}
              </Badge>
            )}
          </Group>
          {!feedback.answer && mayAnswer && (
            <Button size="xs" onClick={() => onAnswer(feedback)}>
              {t('feedback.answer')}
            </Button>
          )}
        </Group>
        {feedback.comment ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {feedback.comment}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('feedback.noComment')}
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {showProject && (
            <>
              <ClientNameLink clientId={feedback.clientId} clientName={feedback.clientName} />
              <Text size="sm" c="dimmed" aria-hidden>
                ·
              </Text>
              {mayOpenProjects ? (
                <Anchor component={Link} to={projectPath(feedback.projectId)} size="sm">
                  {project}
                </Anchor>
              ) : (
                <Text size="sm">{project}</Text>
              )}
              <Text size="sm" c="dimmed" aria-hidden>
                ·
              </Text>
            </>
          )}
          <Text size="sm" c="dimmed">
            {t('feedback.givenByAt', { name: feedback.givenBy, date: formatDateTime(feedback.createdAt) })}
          </Text>
        </Group>
        {feedback.answer ? (
          <Blockquote
            color="blue"
            p="sm"
            mt={4}
            cite={t('feedback.answeredByAt', {
              name: feedback.answeredBy ?? '',
              date: feedback.answeredAt ? formatDateTime(feedback.answeredAt) : '',
            })}
          >
            <Text size="sm" fw={500}>
              {t('feedback.ourAnswer')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {feedback.answer}
            </Text>
          </Blockquote>
        ) : (
          <Text size="sm" fw={600}>
            {t('feedback.notAnswered')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
