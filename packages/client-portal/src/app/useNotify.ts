import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** Short messages at the top of the page (saved, sent, failed), with a close button screen readers can name. */
export function useNotify(): { success: (message: string) => void; failure: (title: string, message: string) => void } {
  const { t } = useTranslation();
  const closeButtonProps = { 'aria-label': t('app.close') };
  return {
    success: (message) => notifications.show({ color: 'teal', message, closeButtonProps }),
    failure: (title, message) => notifications.show({ color: 'red', title, message, closeButtonProps }),
  };
}
