import { Group } from '@mantine/core';
import { IconStar, IconStarFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const MAX_SCORE = 5;

/** A score of 1 to 5 as stars, read out as "4 of 5". */
export function ScoreStars({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <Group gap={2} role="img" aria-label={t('feedback.score', { score, max: MAX_SCORE })} wrap="nowrap">
      {Array.from({ length: MAX_SCORE }, (_, index) =>
        index < score ? (
          <IconStarFilled key={index} size={16} color="var(--mantine-color-yellow-6)" aria-hidden />
        ) : (
          <IconStar key={index} size={16} color="var(--mantine-color-gray-5)" aria-hidden />
        ),
      )}
    </Group>
  );
}
