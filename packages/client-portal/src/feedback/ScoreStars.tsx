import { Rating } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A feedback score of 1 to 5 as stars, read as "Score: 4 of 5". */
export function ScoreStars({ score, size = 'sm' }: { score: number; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return <Rating value={score} readOnly size={size} role="img" aria-label={t('feedback.scoreOf', { score })} />;
}
