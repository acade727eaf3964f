import { Alert, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FeedbackCard } from '../feedback/FeedbackCard';
import { FeedbackForm } from '../feedback/FeedbackForm';
import type { FeedbackFieldsFragment, MyProjectQuery } from '../gql/graphql';
import { useGiveFeedbackBlock } from '../session/clientRights';
import { SectionCard } from '../work/SectionCard';

type Project = MyProjectQuery['myProject'];

interface ProjectFeedbackSectionProps {
  project: Project;
  feedback: FeedbackFieldsFragment | null;
  /** Whether the client may see feedback (Feedback Browse): without it, `feedback` is unknown, not absent. */
  feedbackVisible: boolean;
}

/**
 * "Feedback": the client's rating of the project with the agency's answer, or the form to give it
 * once the project is delivered (Feedback Add).
 */
export function ProjectFeedbackSection({ project, feedback, feedbackVisible }: ProjectFeedbackSectionProps) {
  const { t } = useTranslation();
  const block = useGiveFeedbackBlock();
  const [submitted, setSubmitted] = useState(false);
  const mayGive = block?.kind !== 'NO_RIGHT';
  if (!feedbackVisible && !mayGive) return null;
  const delivered = project.status === 'DELIVERED' || project.status === 'CLOSED';

  let content;
  if (feedback) {
    content = <FeedbackCard feedback={feedback} />;
  } else if (submitted) {
    content = (
      <Alert color="teal" icon={<IconCircleCheck aria-hidden />} role="status">
        {t('feedback.form.thanks')}
      </Alert>
    );
  } else if (mayGive && delivered) {
    content = (
      <>
        <div>
          <Title order={3} size="h4" id="give-feedback-title">
            {t('feedback.form.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('feedback.form.intro')}
          </Text>
        </div>
        <FeedbackForm
          projectId={project.id}
          readOnlyStaffName={block?.kind === 'READ_ONLY_SESSION' ? block.staffName : null}
          onSubmitted={() => setSubmitted(true)}
        />
      </>
    );
  } else {
    content = (
      <Text size="sm" c="dimmed">
        {!mayGive
          ? t('feedback.noneForProject')
          : project.status === 'CANCELLED'
            ? t('feedback.notForCancelled')
            : t('feedback.afterDelivery')}
      </Text>
    );
  }

  return (
    <SectionCard id="project-feedback" title={t('feedback.sectionTitle')}>
      {content}
    </SectionCard>
  );
}
