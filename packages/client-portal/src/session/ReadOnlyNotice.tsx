import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface ReadOnlyNoticeProps {
  staffName: string;
  /** Lets the disabled controls point at this explanation (`aria-describedby`). */
  id?: string;
}

/** Beside a change a read-only staff session cannot make: the control is disabled, and this says why. */
export function ReadOnlyNotice({ staffName, id }: ReadOnlyNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert
      id={id}
      color="yellow"
      variant="light"
      icon={<IconLock size={18} aria-hidden />}
      p="xs"
      styles={{ message: { color: 'var(--mantine-color-text)' } }}
    >
      {t('readOnly.explanation', { staffName })}
    </Alert>
  );
}
