import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKey, IconLock, IconLockOpen, IconLogin2, IconMail } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../app/dateTime';
import { errorMessage } from '../../app/graphqlErrors';
import { asErrorLike } from '../../forms/serverErrors';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';
import {
  SendPasswordResetEmailDocument,
  SendWelcomeEmailDocument,
  ResetClientTwoFactorDocument,
  LetterDeliveryDocument,
  UnlockClientAccountDocument,
} from './clientPortalAccount.generated';
import { outboxPath } from '../../outbox/outboxPaths';
import { letterRefusal, type AccountLetterKind, type LetterOutcome } from './letterOutcome';
import { useCanSignInAsPartner } from './useCanSignInAsPartner';

interface ClientPortalAccountProps {
  client: ClientProfileFragment;
  /** True without the right to edit clients: letters and Unlock are not offered. */
  readOnly: boolean;
  /** Opens the "Sign in as this Partner" dialog. */
  onSignInAsPartner: () => void;
  /** True while the System Account form holds unsaved changes: what depends on the saved state waits for the save. */
  unsavedChanges?: boolean;
}

/**
 * The client's Client Portal account inside Client Portal Settings: whether a password is set,
 * the sign-in lock with "Unlock", and the actions of the reference: "Sign in as this Partner",
 * "Send Welcome E-mail" and "Send Password Reset E-mail", with what became of the letter.
 */
export function ClientPortalAccount({ client, readOnly, onSignInAsPartner, unsavedChanges = false }: ClientPortalAccountProps) {
  const { t } = useTranslation();
  const canSignInAsPartner = useCanSignInAsPartner(client);
  const [outcome, setOutcome] = useState<LetterOutcome | null>(null);
  const [sending, setSending] = useState<AccountLetterKind | null>(null);
  const [sendWelcome] = useMutation(SendWelcomeEmailDocument);
  const [sendReset] = useMutation(SendPasswordResetEmailDocument);
  const [unlock, { loading: unlocking }] = useMutation(UnlockClientAccountDocument);
  const [resetTwoFactor, { loading: resetting }] = useMutation(ResetClientTwoFactorDocument);
  const resetSecondFactor = async () => {
    if (!window.confirm(t('twoFactor.resetConfirm'))) return;
    try {
      await resetTwoFactor({
        variables: { clientId: client.id },
        update(cache) {
          cache.modify({ id: cache.identify({ __typename: 'Client', id: client.id }), fields: { twoFactorEnabled: () => false } });
        },
      });
      notifications.show({ color: 'green', message: t('twoFactor.resetDone') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(asErrorLike(error), t) });
    }
  };

  // A refusal ("not sent: the client cannot sign in") describes the account as it was; once the saved
  // settings change (access allowed, a new e-mail), it is stale and goes.
  useEffect(() => {
    setOutcome((current) => (current?.refusal !== undefined ? null : current));
  }, [client.version, client.effectiveAccess.canSignIn]);

  // Every reason a letter cannot go now, from the API's one decision, plus the form's unsaved changes.
  const letterBlockers = [
    ...client.accountLetterRefusals.map((refusal) => t(`clientPortalAccount.letterRefusals.${refusal}`)),
    ...(unsavedChanges ? [t('clientPortalAccount.lettersWaitForSave')] : []),
  ];
  const lettersBlocked = letterBlockers.length > 0;
  // Not a refusal: without a mail server a letter waits in the Outbox, where its link can be revealed.
  const delivery = useQuery(LetterDeliveryDocument, { skip: readOnly });
  const lettersOnlyKept = delivery.data?.mailDeliveryConfigured === false;
  const letterBlockersId = `client-portal-account-letter-blockers-${client.id}`;

  const send = async (kind: AccountLetterKind) => {
    setOutcome(null);
    setSending(kind);
    try {
      const variables = { clientId: client.id };
      const letter =
        kind === 'WELCOME'
          ? (await sendWelcome({ variables })).data?.sendWelcomeEmail
          : (await sendReset({ variables })).data?.sendPasswordResetEmail;
      if (letter) setOutcome({ kind, letter });
    } catch (error) {
      setOutcome({ kind, refusal: letterRefusal(asErrorLike(error), t) });
    } finally {
      setSending(null);
    }
  };

  const unlockAccount = async () => {
    try {
      await unlock({ variables: { clientId: client.id } });
      notifications.show({ color: 'green', message: t('clientPortalAccount.unlocked', { name: client.name }) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('clientPortalAccount.unlockFailed'), message: errorMessage(asErrorLike(error), t) });
    }
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={500}>
          {t('clientPortalAccount.password')}
        </Text>
        {client.hasPassword ? (
          <Badge color="green" variant="light" leftSection={<IconKey size={12} aria-hidden />}>
            {t('clientPortalAccount.passwordSet')}
          </Badge>
        ) : (
          <Badge color="gray" variant="light">
            {t('clientPortalAccount.passwordNotSet')}
          </Badge>
        )}
      </Group>
      {!client.hasPassword && (
        <Text size="xs" c="dimmed">
          {t('clientPortalAccount.passwordNotSetHelp')}
        </Text>
      )}

      <Group gap="xs">
        <Badge variant="light" color={client.twoFactorEnabled ? 'teal' : 'gray'}>
          {client.twoFactorEnabled ? t('twoFactor.enabledBadge') : t('twoFactor.disabledBadge')}
        </Badge>
        {client.twoFactorEnabled && !readOnly && (
          <Button size="compact-xs" variant="subtle" color="red" loading={resetting} onClick={() => void resetSecondFactor()}>
            {t('twoFactor.reset')}
          </Button>
        )}
      </Group>

      {client.isLocked && (
        <Alert color="red" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('clientPortalAccount.lockedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Badge color="red" variant="filled" leftSection={<IconLock size={12} aria-hidden />}>
              {client.lockedUntil
                ? t('clientPortalAccount.lockedUntil', { date: formatDateTime(client.lockedUntil) })
                : t('clientPortalAccount.locked')}
            </Badge>
            <Text size="sm">{t('clientPortalAccount.lockedText')}</Text>
            {!readOnly && (
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconLockOpen size={14} aria-hidden />}
                loading={unlocking}
                onClick={() => void unlockAccount()}
              >
                {t('clientPortalAccount.unlock')}
              </Button>
            )}
          </Stack>
        </Alert>
      )}

      {(canSignInAsPartner || !readOnly) && (
        <Group gap="sm" wrap="wrap">
          {canSignInAsPartner && (
            <Button
              variant="light"
              leftSection={<IconLogin2 size={16} aria-hidden />}
              onClick={onSignInAsPartner}
              disabled={unsavedChanges}
              aria-describedby={unsavedChanges ? 'client-portal-account-unsaved' : undefined}
            >
              {t('signInAsPartner.button')}
            </Button>
          )}
          {!readOnly && (
            <>
              <Button
                variant="default"
                leftSection={<IconMail size={16} aria-hidden />}
                loading={sending === 'WELCOME'}
                disabled={lettersBlocked || (sending !== null && sending !== 'WELCOME')}
                aria-describedby={lettersBlocked ? letterBlockersId : undefined}
                onClick={() => void send('WELCOME')}
              >
                {t('clientPortalAccount.sendWelcome')}
              </Button>
              <Button
                variant="default"
                leftSection={<IconKey size={16} aria-hidden />}
                loading={sending === 'PASSWORD_RESET'}
                disabled={lettersBlocked || (sending !== null && sending !== 'PASSWORD_RESET')}
                aria-describedby={lettersBlocked ? letterBlockersId : undefined}
                onClick={() => void send('PASSWORD_RESET')}
              >
                {t('clientPortalAccount.sendPasswordReset')}
              </Button>
            </>
          )}
        </Group>
      )}

      {unsavedChanges && canSignInAsPartner && (
        <Text id="client-portal-account-unsaved" size="xs" c="dimmed">
          {t('clientPortalAccount.signInWaitsForSave')}
        </Text>
      )}
      {!readOnly && lettersBlocked && (
        <Stack gap={4} id={letterBlockersId}>
          <Text size="sm" fw={500}>
            {t('clientPortalAccount.lettersBlocked', { count: letterBlockers.length })}
          </Text>
          <List size="sm" spacing={2}>
            {letterBlockers.map((blocker) => (
              <List.Item key={blocker}>{blocker}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {!readOnly && lettersOnlyKept && (
        <Text size="xs" c="dimmed">
          {t('clientPortalAccount.noMailServer')}
        </Text>
      )}
      {outcome && <LetterOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />}
    </Stack>
  );
}

/** What became of the letter, next to the buttons: sent, kept in the Outbox, failed, or refused and why. */
export function LetterOutcomeAlert({ outcome, onClose }: { outcome: LetterOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const common = { withCloseButton: true, onClose, closeButtonLabel: t('common.close'), role: 'status' } as const;

  if (outcome.refusal !== undefined) {
    return (
      <Alert {...common} role="alert" color="orange" title={t(`clientPortalAccount.notSent.${outcome.kind}`)}>
        {outcome.refusal}
      </Alert>
    );
  }

  const { letter, kind } = outcome;
  const outboxLink = (label: string) => (
    <Anchor component={Link} to={outboxPath(letter.id)} size="sm">
      {label}
    </Anchor>
  );
  switch (letter.status) {
    case 'SENT':
      return (
        <Alert {...common} color="green" title={t(`clientPortalAccount.sent.${kind}`)}>
          <Text size="sm">{t('clientPortalAccount.sentTo', { recipient: letter.recipient })}</Text>
        </Alert>
      );
    case 'OUTBOX_ONLY':
      return (
        <Alert {...common} color="blue" title={t(`clientPortalAccount.inOutbox.${kind}`)}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('clientPortalAccount.inOutboxText', { recipient: letter.recipient })}</Text>
            {outboxLink(t('clientPortalAccount.openInOutbox'))}
          </Stack>
        </Alert>
      );
    case 'FAILED':
      return (
        <Alert {...common} role="alert" color="red" title={t(`clientPortalAccount.failed.${kind}`)}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              {t('clientPortalAccount.failedText', {
                recipient: letter.recipient,
                error: letter.error ?? t('clientPortalAccount.noErrorGiven'),
              })}
            </Text>
            {outboxLink(t('clientPortalAccount.retryInOutbox'))}
          </Stack>
        </Alert>
      );
    default:
      return (
        <Alert {...common} color="blue" title={t(`clientPortalAccount.queued.${kind}`)}>
          <Stack gap={4} align="flex-start">
            <Text size="sm">{t('clientPortalAccount.queuedText', { recipient: letter.recipient })}</Text>
            {outboxLink(t('clientPortalAccount.openInOutbox'))}
          </Stack>
        </Alert>
      );
  }
}
