import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoveTwoFactorDocument, StaffTwoFactorStatusDocument } from './twoFactor.generated';
import { RecoveryCodes } from './RecoveryCodes';
import { TwoFactorEnrolment } from './TwoFactorEnrolment';
import { twoFactorErrorMessage } from './twoFactorErrors';

/** Account menu → "Two-factor sign-in": enrol an authenticator app, see the recovery codes once, remove it with a code. */
export function TwoFactorDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('twoFactor.title')}>
      {opened && <TwoFactorPanel onClose={onClose} />}
    </Modal>
  );
}

function TwoFactorPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const status = useQuery(StaffTwoFactorStatusDocument, { fetchPolicy: 'network-only' });
  const [mode, setMode] = useState<{ kind: 'idle' } | { kind: 'enrolling' } | { kind: 'codes'; codes: string[] }>({ kind: 'idle' });
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [remove, removing] = useMutation(RemoveTwoFactorDocument, { refetchQueries: [StaffTwoFactorStatusDocument] });
  const viewer = status.data?.viewer;
  const enabled = viewer?.twoFactorEnabled ?? false;

  const submitRemoval = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await remove({ variables: { code: code.trim() } });
      setCode('');
    } catch (error) {
      setFailure(twoFactorErrorMessage(error, t).message);
    }
  };

  if (mode.kind === 'codes') return <RecoveryCodes codes={mode.codes} onContinue={onClose} />;
  if (mode.kind === 'enrolling')
    return (
      <TwoFactorEnrolment
        onConfirmed={(codes) => {
          setMode({ kind: 'codes', codes });
          void status.refetch();
        }}
        onCancel={() => setMode({ kind: 'idle' })}
      />
    );
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={enabled ? 'teal' : 'gray'}>{enabled ? t('twoFactor.enabledBadge') : t('twoFactor.disabledBadge')}</Badge>
        <Text size="sm">{enabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}</Text>
      </Group>
      {viewer?.twoFactorRequired && <Text size="sm">{t('twoFactor.required')}</Text>}
      {enabled ? (
        <form onSubmit={submitRemoval} noValidate>
          <Stack gap="sm">
            <TextInput
              label={t('twoFactor.removeCode')}
              autoComplete="one-time-code"
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={failure ?? undefined}
            />
            <Group justify="flex-end">
              <Button type="submit" color="red" variant="light" loading={removing.loading} disabled={code.trim() === ''}>
                {t('twoFactor.remove')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Group justify="flex-end">
          <Button onClick={() => setMode({ kind: 'enrolling' })} disabled={!status.data}>
            {t('twoFactor.setUp')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
