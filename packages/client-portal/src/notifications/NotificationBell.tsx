import { useQuery } from '@apollo/client/react';
import { Center, Loader, Popover, UnstyledButton } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MyUnreadNotificationCountDocument } from '../gql/graphql';
import classes from './NotificationBell.module.css';

// The list is a chunk of its own: the header carries only the button and its count.
const loadList = () => import('./NotificationList');
const NotificationList = lazy(async () => ({ default: (await loadList()).NotificationList }));

/** How often an open portal asks for the unread count; it also asks whenever the window gets focus. */
export const UNREAD_POLL_MS = 60_000;

/** The bell in the header: the count of unread notifications, and the list in a popover. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const { data, refetch } = useQuery(MyUnreadNotificationCountDocument, {
    pollInterval: UNREAD_POLL_MS,
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    const onFocus = () => void refetch().catch(() => undefined);
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refetch]);
  const count = data?.myUnreadNotificationCount ?? 0;

  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withinPortal trapFocus returnFocus>
      <Popover.Target>
        <UnstyledButton
          className={classes.bell}
          aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.title')}
          aria-expanded={opened}
          aria-haspopup="dialog"
          onClick={() => setOpened((open) => !open)}
          onMouseEnter={() => void loadList().catch(() => undefined)}
          onFocus={() => void loadList().catch(() => undefined)}
        >
          <IconBell size={22} aria-hidden />
          {count > 0 && (
            <span className={classes.count} aria-hidden>
              {count > 99 ? '99+' : count}
            </span>
          )}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown p="xs" maw="calc(100vw - 16px)">
        {opened && (
          <Suspense
            fallback={
              <Center py="md">
                <Loader size="sm" aria-label={t('app.loading')} />
              </Center>
            }
          >
            <NotificationList onNavigate={() => setOpened(false)} onChanged={() => void refetch().catch(() => undefined)} />
          </Suspense>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
