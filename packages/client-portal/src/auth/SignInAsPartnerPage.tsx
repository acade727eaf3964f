import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Center, Loader, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiErrors, errorMessage } from '../app/graphqlErrors';
import { ClientViewerDocument, SignInAsPartnerWithCodeDocument } from '../gql/graphql';
import { AuthCard } from './AuthCard';
import { useFragmentSecret } from './useFragmentSecret';

type Failure =
  | { kind: 'MISSING' | 'TOKEN_INVALID' | 'TOKEN_USED' | 'TOKEN_EXPIRED' }
  | { kind: 'FORBIDDEN'; detail: string }
  | { kind: 'OTHER'; detail: string };

function failureOf(error: unknown, fallback: string): Failure {
  const [first] = apiErrors(error);
  if (first?.reason === 'TOKEN_INVALID' || first?.reason === 'TOKEN_USED' || first?.reason === 'TOKEN_EXPIRED')
    return { kind: first.reason };
  if (first?.code === 'FORBIDDEN') return { kind: 'FORBIDDEN', detail: first.message };
  return { kind: 'OTHER', detail: fallback };
}

/**
 * Where the Home Portal's "Sign in as this Partner" opens (`/portal/sign-in-as-partner#code=...`):
 * exchanges the one-time code for a session as the client, then shows the client's home page.
 */
export function SignInAsPartnerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const code = useFragmentSecret('code');
  const [failure, setFailure] = useState<Failure | null>(code ? null : { kind: 'MISSING' });
  const [exchange] = useMutation(SignInAsPartnerWithCodeDocument, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ClientViewerDocument, data: { clientViewer: data.signInAsPartnerWithCode } });
    },
  });

  // The code works once: React may run effects twice while developing, the exchange must not.
  const started = useRef(false);
  useEffect(() => {
    if (!code || started.current) return;
    started.current = true;
    exchange({ variables: { code } })
      .then(() => navigate('/', { replace: true }))
      .catch((error: unknown) => setFailure(failureOf(error, errorMessage(error, t))));
  }, [code, exchange, navigate, t]);

  if (!failure) {
    return (
      <Center py="xl">
        <Stack align="center" gap="sm" role="status">
          <Loader />
          <Text>{t('signInAsPartner.working')}</Text>
        </Stack>
      </Center>
    );
  }

  return (
    <AuthCard title={t('signInAsPartner.failedTitle')}>
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert" title={t(`signInAsPartner.problems.${failure.kind}`)}>
        <Stack gap="xs">
          {'detail' in failure && <Text size="sm">{failure.detail}</Text>}
          <Text size="sm">{t('signInAsPartner.tryAgain')}</Text>
        </Stack>
      </Alert>
      {/* The Home Portal lives outside this app, at the server's root. */}
      <Anchor href="/" ta="center">
        {t('signInAsPartner.openHomePortal')}
      </Anchor>
    </AuthCard>
  );
}
