import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Box, Button, CopyButton, Group, Modal, Stack, Table, Tabs, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLink, IconSend } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../app/dateTime';
import { errorMessage } from '../app/graphqlErrors';
import { useFullScreenDialog } from '../app/useFullScreenDialog';
import { asErrorLike } from '../forms/serverErrors';
import { useHasRight } from '../auth/useHasRight';
import { OutboxLetterDocument, RetryLetterDocument, RevealLetterLinkDocument, type OutboxLetterQuery } from './outbox.generated';
import { LoadFailed, Loading } from '../kit/QueryStates';
import { LetterStatusBadge } from './LetterStatusBadge';
import { splitTextLinks } from './textLinks';

interface LetterDialogProps {
  /** The letter to show; null keeps the dialog closed. */
  letterId: string | null;
  onClose: () => void;
}

/**
 * One letter of the Outbox: recipient, subject and delivery, the plain-text body with its links
 * clickable (in demo mode staff follow a client's welcome link from here), the HTML body in a
 * sandboxed frame (no scripts, no navigation, no access to the Home Portal), and "Send again".
 */
export function LetterDialog({ letterId, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const fullScreen = useFullScreenDialog();
  const { data, error, refetch } = useQuery(OutboxLetterDocument, { variables: { id: letterId ?? '' }, skip: letterId === null });
  const letter = letterId !== null && data?.outboxLetter.id === letterId ? data.outboxLetter : null;

  let content: ReactNode;
  if (letterId === null) {
    content = null;
  } else if (error && !letter) {
    content = (
      <LoadFailed
        title={t('outbox.letterLoadFailed')}
        error={error}
        onRetry={() => void refetch()}
        notFound={{ title: t('outbox.letterNotFound'), text: t('outbox.letterNotFoundText') }}
      />
    );
  } else if (!letter) {
    content = <Loading text={t('outbox.letterLoading')} />;
  } else {
    content = <LetterView letter={letter} onClose={onClose} />;
  }

  return (
    <Modal
      opened={letterId !== null}
      onClose={onClose}
      title={letter ? letter.subject : t('outbox.letterTitle')}
      size="xl"
      fullScreen={fullScreen}
    >
      {content}
    </Modal>
  );
}

type Letter = OutboxLetterQuery['outboxLetter'];

/**
 * Without a mail server, staff pass a welcome or reset link on themselves. The letter holds no
 * secret: revealing mints a fresh one (an earlier revealed link stops working) and is audited.
 */
function RevealLink({ letterId }: { letterId: string }) {
  const { t } = useTranslation();
  const maySend = useHasRight('CLIENTS:EDIT');
  const [reveal, { data, loading, error }] = useMutation(RevealLetterLinkDocument);
  const link = data?.revealLetterLink;
  return (
    <Alert color="blue" title={t('outbox.revealTitle')}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('outbox.revealHint')}</Text>
        {link ? (
          <Group gap="xs" wrap="nowrap" maw="100%">
            <Anchor href={link} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
              {link}
            </Anchor>
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t('outbox.copied') : t('outbox.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        ) : (
          <Tooltip label={t('outbox.revealNeedsRight')} disabled={maySend}>
            <Button
              size="xs"
              leftSection={<IconLink size={14} aria-hidden />}
              loading={loading}
              disabled={!maySend}
              onClick={() => void reveal({ variables: { id: letterId } }).catch(() => undefined)}
            >
              {t('outbox.reveal')}
            </Button>
          </Tooltip>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(error, t)}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}

function LetterView({ letter, onClose }: { letter: Letter; onClose: () => void }) {
  const { t } = useTranslation();
  const [retry, { loading: retrying }] = useMutation(RetryLetterDocument);

  const sendAgain = async () => {
    try {
      const { data } = await retry({ variables: { id: letter.id } });
      const status = data?.retryLetter.status;
      if (status === 'SENT') notifications.show({ color: 'green', message: t('outbox.retrySent', { recipient: letter.recipient }) });
      else if (status === 'FAILED')
        notifications.show({
          color: 'red',
          title: t('outbox.retryFailedAgain'),
          message: data?.retryLetter.error ?? t('clientPortalAccount.noErrorGiven'),
        });
      else notifications.show({ color: 'blue', message: t('outbox.retryQueued') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('outbox.retryFailed'), message: errorMessage(asErrorLike(error), t) });
    }
  };

  const details: Array<[string, ReactNode]> = [
    [t('outbox.recipient'), letter.recipient],
    [t('outbox.status'), <LetterStatusBadge key="status" status={letter.status} />],
    [t('outbox.kind'), t(`outbox.kinds.${letter.kind}`)],
    [t('outbox.language'), t(`languages.${letter.language}`)],
    [t('outbox.written'), formatDateTime(letter.createdAt)],
    [t('outbox.sentAt'), letter.sentAt ? formatDateTime(letter.sentAt) : t('outbox.notSent')],
    [t('outbox.requestedBy'), letter.requestedBy ?? t('outbox.selfService')],
    [t('outbox.attempts'), String(letter.attempts)],
  ];

  return (
    <Stack gap="md">
      <Table variant="vertical" layout="fixed" withTableBorder fz="sm" aria-label={t('outbox.detailsLabel')}>
        <Table.Tbody>
          {details.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 120, sm: 180 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      {letter.status === 'FAILED' && (
        <Alert color="red" title={t('outbox.deliveryFailed')}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{letter.error ?? t('clientPortalAccount.noErrorGiven')}</Text>
            <Button
              size="xs"
              color="red"
              leftSection={<IconSend size={14} aria-hidden />}
              loading={retrying}
              onClick={() => void sendAgain()}
            >
              {t('outbox.sendAgain')}
            </Button>
          </Stack>
        </Alert>
      )}
      {letter.status === 'OUTBOX_ONLY' &&
        (letter.hasLink ? (
          <RevealLink letterId={letter.id} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('outbox.outboxOnlyHint')}
          </Text>
        ))}

      <Tabs defaultValue="text" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="text">{t('outbox.plainText')}</Tabs.Tab>
          <Tabs.Tab value="html">{t('outbox.html')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="text" pt="sm">
          <Box
            component="pre"
            fz="sm"
            p="sm"
            m={0}
            bg="var(--mantine-color-default-hover)"
            style={{
              whiteSpace: 'pre-wrap',
              overflowWrap: 'anywhere',
              fontFamily: 'inherit',
              borderRadius: 'var(--mantine-radius-default)',
            }}
          >
            {splitTextLinks(letter.textBody).map((part, index) =>
              part.href ? (
                <Anchor key={index} href={part.href} target="_blank" rel="noopener noreferrer" inherit>
                  {part.text}
                </Anchor>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </Box>
        </Tabs.Panel>
        <Tabs.Panel value="html" pt="sm">
          <Stack gap={4}>
            <Text size="xs" c="dimmed">
              {t('outbox.htmlNote')}
            </Text>
            <iframe
              sandbox=""
              srcDoc={letter.htmlBody}
              title={t('outbox.htmlFrameTitle', { subject: letter.subject })}
              style={{
                width: '100%',
                height: 480,
                border: '1px solid var(--mantine-color-default-border)',
                borderRadius: 'var(--mantine-radius-default)',
                background: 'white',
              }}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
