import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClientTwoFactorStatusDocument, RemoveClientTwoFactorDocument } from '../gql/graphql';
import type { ClientViewer } from '../session/sessionContext';
import { RecoveryCodes } from './RecoveryCodes';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { twoFactorErrorMessage } from './twoFactorErrors';

/** Profile → "Two-factor sign-in": enrol an authenticator app, see the recovery codes once, remove it with a code. */
export function TwoFactorSection({ viewer }: { viewer: ClientViewer }) {
  const { t } = useTranslation();
  const status = useQuery(ClientTwoFactorStatusDocument);
  const [mode, setMode] = useState<{ kind: 'idle' } | { kind: 'enrolling' } | { kind: 'codes'; codes: string[] }>({ kind: 'idle' });
  const [removeCode, setRemoveCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);
  const [remove, removing] = useMutation(RemoveClientTwoFactorDocument, { refetchQueries: [ClientTwoFactorStatusDocument] });
  const enabled = status.data?.clientViewer?.twoFactorEnabled ?? false;
  const required = status.data?.clientViewer?.twoFactorRequired ?? false;

  const submitRemoval = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await remove({ variables: { code: removeCode.trim() } });
      setRemoveCode('');
      setRemoved(true);
    } catch (error) {
      setFailure(twoFactorErrorMessage(error, t).message);
    }
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="two-factor-title">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="two-factor-title">
            {t('twoFactor.title')}
          </Title>
          {status.data && (
            <Badge color={enabled ? 'teal' : 'gray'}>{enabled ? t('twoFactor.statusOnBadge') : t('twoFactor.statusOffBadge')}</Badge>
          )}
        </Group>
        <Text size="sm">{enabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}</Text>
        {required && <Text size="sm">{t('twoFactor.required')}</Text>}
        {viewer.impersonation ? (
          <Alert color="gray" icon={<IconInfoCircle aria-hidden />}>
            {t('twoFactor.staffSession')}
          </Alert>
        ) : mode.kind === 'codes' ? (
          <RecoveryCodes codes={mode.codes} onContinue={() => setMode({ kind: 'idle' })} />
        ) : mode.kind === 'enrolling' ? (
          <TwoFactorEnrolment
            onConfirmed={(codes) => {
              setMode({ kind: 'codes', codes });
              setRemoved(false);
              void status.refetch();
            }}
            onCancel={() => setMode({ kind: 'idle' })}
          />
        ) : enabled ? (
          <form onSubmit={submitRemoval} noValidate>
            <Group align="flex-end">
              <TextInput
                label={t('twoFactor.removeCode')}
                autoComplete="one-time-code"
                value={removeCode}
                onChange={(event) => setRemoveCode(event.currentTarget.value)}
                error={failure ?? undefined}
              />
              <Button type="submit" color="red" variant="light" loading={removing.loading} disabled={removeCode.trim() === ''}>
                {t('twoFactor.remove')}
              </Button>
            </Group>
          </form>
        ) : (
          <Group>
            <Button onClick={() => setMode({ kind: 'enrolling' })}>{t('twoFactor.setUp')}</Button>
            {removed && (
              <Text size="sm" role="status">
                {t('twoFactor.removed')}
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
