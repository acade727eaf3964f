import { Avatar, Group, Text, UnstyledButton, type UnstyledButtonProps } from '@mantine/core';
import { whenIdle } from '@portico/ui';
import { IconChevronDown, IconUser } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type ComponentPropsWithRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOtherScreenTexts } from '../i18n/i18n';
import type { AccountMenu as AccountMenuComponent } from './AccountMenu';
import { useSignedInViewer } from './viewerContext';

/** The header's button: the signed-in staff member's name (an icon only on a phone). */
export function AccountButton(props: UnstyledButtonProps & ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation();
  const viewer = useSignedInViewer();
  return (
    <UnstyledButton aria-label={t('app.accountMenu', { name: viewer.fullName })} {...props}>
      <Group gap="xs" wrap="nowrap">
        {/* An icon, not initials: the button's name must contain all of its visible text (WCAG 2.5.3). */}
        <Avatar color="indigo" size="sm" aria-hidden>
          <IconUser size={16} stroke={1.8} />
        </Avatar>
        <Text size="sm" fw={500} visibleFrom="sm" lineClamp={1}>
          {viewer.fullName}
        </Text>
        <IconChevronDown size={14} stroke={1.6} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

let loadingAccountMenu: Promise<typeof AccountMenuComponent> | undefined;
function loadAccountMenu() {
  // Its texts (and those of the dialogs it opens) are the other screens' (i18n.ts).
  return (loadingAccountMenu ??= Promise.all([import('./AccountMenu'), loadOtherScreenTexts()]).then(
    ([module]) => module.AccountMenu,
    (error: unknown) => {
      loadingAccountMenu = undefined;
      throw error;
    },
  ));
}

/**
 * The account menu. Its code (Mantine's Menu) arrives after the first screen, when the browser is idle or
 * the button is pressed. Until then the same button stands in its place: a press opens the menu as soon
 * as it is there, and a focused button keeps the focus. (Not fetched on hover or focus: the button must
 * not be replaced between a press and its release, or the click would be lost.)
 */
export function UserMenu() {
  const [AccountMenu, setAccountMenu] = useState<ComponentType<{ opened: boolean; focused: boolean }> | null>(null);
  const [pressed, setPressed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const focusedOnArrival = useRef(false);
  const load = useCallback(() => {
    loadAccountMenu().then(
      (menu) => {
        focusedOnArrival.current = button.current !== null && document.activeElement === button.current;
        setAccountMenu(() => menu);
      },
      () => undefined, // Tried again on the next press.
    );
  }, []);
  useEffect(() => whenIdle(load), [load]);

  if (AccountMenu) return <AccountMenu opened={pressed} focused={focusedOnArrival.current} />;
  return (
    <AccountButton
      ref={button}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => {
        setPressed(true);
        load();
      }}
    />
  );
}
