import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, Group, Image, Loader, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewerFieldsFragment } from '../viewer.generated';
import { ConfirmTwoFactorEnrolmentDocument, StartTwoFactorEnrolmentDocument } from './twoFactor.generated';
import { twoFactorErrorMessage } from './twoFactorErrors';

/**
 * Enrolling an authenticator app: a QR code and the secret in text, then the first code to confirm.
 * With a `challenge` (the user's group requires two-factor sign-in) confirming also signs in.
 */
export function TwoFactorEnrolment({
  challenge,
  onConfirmed,
  onCancel,
  onChallengeExpired,
}: {
  challenge?: string;
  onConfirmed: (recoveryCodes: string[], viewer: ViewerFieldsFragment) => void;
  onCancel?: () => void;
  onChallengeExpired?: () => void;
}) {
  const { t } = useTranslation();
  const [start, started] = useMutation(StartTwoFactorEnrolmentDocument);
  const [confirm, confirming] = useMutation(ConfirmTwoFactorEnrolmentDocument);
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void start({ variables: { challenge: challenge ?? null } }).catch(() => undefined);
  }, [start, challenge]);

  const enrolment = started.data?.startTwoFactorEnrolment;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      const { data } = await confirm({ variables: { code: code.trim(), challenge: challenge ?? null } });
      if (data) onConfirmed(data.confirmTwoFactorEnrolment.recoveryCodes, data.confirmTwoFactorEnrolment.viewer);
    } catch (error) {
      const refusal = twoFactorErrorMessage(error, t);
      if (refusal.challengeExpired && onChallengeExpired) onChallengeExpired();
      setFailure(refusal.message);
    }
  };

  if (started.error) {
    return (
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
        {twoFactorErrorMessage(started.error, t).message}
      </Alert>
    );
  }
  if (!enrolment) return <Loader size="sm" aria-label={t('twoFactor.setUp')} />;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('twoFactor.enrolIntro')}</Text>
        <Image src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrCodeSvg)}`} alt={t('twoFactor.qrAlt')} w={200} h={200} />
        <div>
          <Text size="sm" fw={500}>
            {t('twoFactor.secret')}
          </Text>
          <Code data-testid="totp-secret" fz="md" style={{ wordBreak: 'break-all' }}>
            {enrolment.secret}
          </Code>
        </div>
        <TextInput
          label={t('twoFactor.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          withAsterisk
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={failure ?? undefined}
        />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={confirming.loading} disabled={code.trim() === ''}>
            {challenge ? t('twoFactor.confirmAndSignIn') : t('twoFactor.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
