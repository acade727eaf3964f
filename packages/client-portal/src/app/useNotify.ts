import type { NotificationData } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

// Loaded with the first message, not with the first page: most visits never show one.
function show(notification: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(notification));
}

/** Short messages at the top of the page (saved, sent, failed), with a close button screen readers can name. */
export function useNotify(): { success: (message: string) => void; failure: (title: string, message: string) => void } {
  const { t } = useTranslation();
  const closeButtonProps = { 'aria-label': t('app.close') };
  return {
    success: (message) => show({ color: 'teal', message, closeButtonProps }),
    failure: (title, message) => show({ color: 'red', title, message, closeButtonProps }),
  };
}
