import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { SIGN_IN_AS_PARTNER_REASON, SignInAsPartnerRefusal } from '@portico/domain';
import { useFullScreenDialog } from '../../app/useFullScreenDialog';
import { apiErrors, asErrorLike, splitSaveError } from '../../forms/serverErrors';
import { firstProblem } from '../../forms/zodChecks';
import type { ClientProfileFragment } from '../profile/clientProfile.generated';
import { StartSignInAsPartnerDocument } from './clientPortalAccount.generated';
import { openPendingTab } from './pendingTab';

export const REASON_MIN_LENGTH = SIGN_IN_AS_PARTNER_REASON.min;
export const REASON_MAX_LENGTH = SIGN_IN_AS_PARTNER_REASON.max;

/** Why the API refuses "Sign in as this Partner" (`extensions.reason`), as the shared codes name it. */
function isRefusalReason(reason: string | null): reason is SignInAsPartnerRefusal {
  return Object.values(SignInAsPartnerRefusal).some((known) => known === reason);
}

interface SignInAsPartnerValues {
  reason: string;
  allowChanges: boolean;
}

/** The first problem of a stated reason, or null. */
export function reasonProblem(reason: string, t: TFunction): string | null {
  const length = reason.trim().length;
  if (length === 0) return t('signInAsPartner.reasonRequired');
  if (length < REASON_MIN_LENGTH) return t('signInAsPartner.reasonTooShort', { count: REASON_MIN_LENGTH });
  if (length > REASON_MAX_LENGTH) return t('signInAsPartner.reasonTooLong', { count: REASON_MAX_LENGTH });
  return null;
}

type SignInAsPartnerClient = Pick<ClientProfileFragment, 'id' | 'name' | 'username' | 'canSignInAsPartnerWithChanges'>;

interface SignInAsPartnerDialogProps {
  opened: boolean;
  client: SignInAsPartnerClient;
  onClose: () => void;
}

/**
 * "Sign in as this Partner": asks why (stored in the Sign in as Partner log) and, for staff with
 * "Sign in as Partner with changes", whether to allow changes; then opens the Client Portal in a
 * new tab, signed in as the client.
 */
export function SignInAsPartnerDialog({ opened, client, onClose }: SignInAsPartnerDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  return (
    <Modal opened={opened} onClose={onClose} title={t('signInAsPartner.title')} size="lg" fullScreen={fullScreen}>
      {opened && <SignInAsPartnerForm client={client} onClose={onClose} />}
    </Modal>
  );
}

function SignInAsPartnerForm({ client, onClose }: { client: SignInAsPartnerClient; onClose: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(
    () =>
      z.object({
        reason: z.string().check(firstProblem<string>((reason) => reasonProblem(reason, t))),
        allowChanges: z.boolean(),
      }),
    [t],
  );
  const form = useForm<SignInAsPartnerValues>({
    mode: 'controlled',
    initialValues: { reason: '', allowChanges: false },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnChange: true,
  });
  const [failure, setFailure] = useState<string | null>(null);
  const [blockedUrl, setBlockedUrl] = useState<string | null>(null);
  const [start, { loading }] = useMutation(StartSignInAsPartnerDocument);
  const withChanges = client.canSignInAsPartnerWithChanges && form.values.allowChanges;

  const handleSubmit = form.onSubmit(async (values) => {
    setFailure(null);
    setBlockedUrl(null);
    // Opened now, while the click still counts as the user's: after the request it would be a blocked popup.
    const tab = openPendingTab(t('signInAsPartner.openingTab', { name: client.name }));
    try {
      const { data } = await start({
        variables: {
          clientId: client.id,
          reason: values.reason.trim(),
          allowChanges: client.canSignInAsPartnerWithChanges && values.allowChanges,
        },
      });
      if (!data) {
        tab?.close();
        return;
      }
      const { url } = data.startSignInAsPartner;
      if (!tab) {
        setBlockedUrl(url);
        return;
      }
      tab.navigate(url);
      notifications.show({
        color: 'green',
        message: withChanges
          ? t('signInAsPartner.openedWithChanges', { name: client.name })
          : t('signInAsPartner.openedReadOnly', { name: client.name }),
      });
      onClose();
    } catch (error) {
      tab?.close();
      const errorLike = asErrorLike(error);
      const refusal = apiErrors(errorLike).find((apiError) => apiError.code === 'FORBIDDEN' && isRefusalReason(apiError.reason));
      if (refusal && isRefusalReason(refusal.reason)) {
        setFailure(t(`signInAsPartner.refusals.${refusal.reason}`));
        return;
      }
      const split = splitSaveError(errorLike, ['reason'], t);
      form.setErrors(split.fieldErrors);
      setFailure(split.alert);
    }
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('signInAsPartner.intro', { name: client.name, username: client.username })}</Text>
        <Textarea
          label={t('signInAsPartner.reason')}
          description={t('signInAsPartner.reasonDescription')}
          withAsterisk
          autosize
          minRows={2}
          maxRows={6}
          data-autofocus
          {...form.getInputProps('reason')}
        />
        {client.canSignInAsPartnerWithChanges ? (
          <Checkbox
            label={t('signInAsPartner.allowChanges')}
            description={t('signInAsPartner.allowChangesDescription')}
            {...form.getInputProps('allowChanges', { type: 'checkbox' })}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('signInAsPartner.readOnlyOnly')}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {t('signInAsPartner.accountability')}
        </Text>
        {failure && (
          <Alert color="red" title={t('signInAsPartner.failed')}>
            {failure}
          </Alert>
        )}
        {blockedUrl && (
          <Alert color="orange" title={t('signInAsPartner.tabBlockedTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('signInAsPartner.tabBlockedText')}</Text>
              <Anchor href={blockedUrl} target="_blank" rel="noopener noreferrer" onClick={onClose}>
                {t('signInAsPartner.openPortal')}
              </Anchor>
            </Stack>
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading} color={withChanges ? 'orange' : undefined}>
            {withChanges ? t('signInAsPartner.submitWithChanges') : t('signInAsPartner.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
