import { useMutation } from '@apollo/client/react';
import { Button, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ClientDeletionRefusal } from '@portico/domain';
import { IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../app/graphqlErrors';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { apiErrors, asErrorLike } from '../../forms/serverErrors';
import type { ClientProfileFragment } from './clientProfile.generated';
import { DeleteClientDocument } from './deleteClient.generated';

/** Every refusal of deleteClient, said in the Home Portal's words; a new one fails the build until it is here. */
const refusalMessages = {
  CLIENT_HAS_WORK: (t, counts) => t('deleteClient.hasWork', counts),
} satisfies Record<ClientDeletionRefusal, (t: TFunction, counts: { projects: number; quotes: number; requests: number }) => string>;

function countOf(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

/**
 * "Delete client" on the profile: asks first, saying what goes with the client (aliases, sessions
 * and links, uploads not attached to anything) and what stays (the audit log). A client with work is
 * refused by the API; the dialog says how much work, and offers setting it Inactive instead.
 */
export function DeleteClientButton({ client, onSetInactive }: { client: ClientProfileFragment; onSetInactive: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [deleteClient] = useMutation(DeleteClientDocument);

  const confirm = async () => {
    await deleteClient({
      variables: { id: client.id },
      update(cache) {
        cache.evict({ id: cache.identify({ __typename: 'Client', id: client.id }) });
        cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
        cache.gc();
      },
    });
    notifications.show({ color: 'green', message: t('deleteClient.deleted', { name: client.name }) });
    void navigate('/clients');
  };

  const describeError = (failure: unknown): ReactNode => {
    const refusal = apiErrors(asErrorLike(failure)).find((candidate) => candidate.reason === ClientDeletionRefusal.CLIENT_HAS_WORK);
    if (!refusal) return errorMessage(asErrorLike(failure), t);
    const counts = {
      projects: countOf(refusal.extensions.projectCount),
      quotes: countOf(refusal.extensions.quoteCount),
      requests: countOf(refusal.extensions.requestCount),
    };
    return (
      <Stack gap={6} align="flex-start">
        <Text size="sm">{refusalMessages.CLIENT_HAS_WORK(t, counts)}</Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setOpened(false);
            onSetInactive();
          }}
        >
          {t('deleteClient.setInactive')}
        </Button>
      </Stack>
    );
  };

  return (
    <>
      <Button variant="default" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setOpened(true)}>
        {t('deleteClient.open')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('deleteClient.title', { name: client.name })}
        message={
          <Stack gap="xs">
            <Text size="sm">{t('deleteClient.intro', { name: client.name, id: client.username })}</Text>
            <List size="sm" spacing={2}>
              <List.Item>{t('deleteClient.goesAliases', { count: client.partnerAliases.length })}</List.Item>
              <List.Item>{t('deleteClient.goesAccount')}</List.Item>
              <List.Item>{t('deleteClient.goesFiles')}</List.Item>
            </List>
            <Text size="sm">{t('deleteClient.stays')}</Text>
            <Text size="sm">{t('deleteClient.workRule')}</Text>
          </Stack>
        }
        confirmLabel={t('deleteClient.confirm')}
        failureTitle={t('deleteClient.failed')}
        describeError={describeError}
        onConfirm={confirm}
        onClose={() => setOpened(false)}
      />
    </>
  );
}
