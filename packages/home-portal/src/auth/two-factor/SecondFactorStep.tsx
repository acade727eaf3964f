import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ViewerDocument } from '../viewer.generated';
import { SignInWithSecondFactorDocument } from './twoFactor.generated';
import { twoFactorErrorMessage } from './twoFactorErrors';

/** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
export function SecondFactorStep({ challenge, onRestart }: { challenge: string; onRestart: (message?: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [signIn, { loading }] = useMutation(SignInWithSecondFactorDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ViewerDocument, data: { viewer: data.signInWithSecondFactor } });
    },
  });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    try {
      await signIn({ variables: { challenge, code: code.trim() } });
    } catch (error) {
      const refusal = twoFactorErrorMessage(error, t);
      if (refusal.challengeExpired) onRestart(refusal.message);
      else {
        setFailure(refusal.message);
        setCode('');
      }
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text fw={600}>{t('twoFactor.codeStepTitle')}</Text>
        <Text size="sm">{t('twoFactor.codeStepIntro')}</Text>
        <TextInput
          label={t('twoFactor.codeLabel')}
          autoComplete="one-time-code"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          data-autofocus
          autoFocus
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={failure ?? undefined}
        />
        <Button type="submit" loading={loading} disabled={code.trim() === ''} fullWidth>
          {t('twoFactor.signIn')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => onRestart()}>
          {t('twoFactor.backToSignIn')}
        </Anchor>
      </Stack>
    </form>
  );
}
