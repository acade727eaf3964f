import { useMutation } from '@apollo/client/react';
import { Alert, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateMyMessageLettersDocument, type MessageLetters } from '../gql/graphql';
import { useChangeBlock } from '../session/clientRights';
import type { ClientViewer } from '../session/sessionContext';
import { mutationFailure } from '../work/mutationErrors';

const CHOICES: MessageLetters[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

/** When the client hears by e-mail of the agency's messages; saved as soon as it is chosen (Profile Edit). */
export function MessageLettersSection({ viewer }: { viewer: ClientViewer }) {
  const { t } = useTranslation();
  const block = useChangeBlock('PROFILE', 'EDIT');
  const [save, { loading }] = useMutation(UpdateMyMessageLettersDocument);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async (value: string) => {
    setSaved(false);
    setProblem(null);
    try {
      await save({ variables: { messageLetters: value as MessageLetters } });
      setSaved(true);
    } catch (failure) {
      setProblem(mutationFailure(failure, t));
    }
  };

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="message-letters-title">
      <Title order={3} id="message-letters-title" mb="xs">
        {t('messageLetters.title')}
      </Title>
      <Stack gap="sm">
        <Radio.Group
          value={viewer.messageLetters}
          onChange={(value) => void choose(value)}
          label={t('messageLetters.label')}
          description={t('messageLetters.hint')}
          // The Preferences section above says why once for the whole page.
          aria-describedby={block?.kind === 'READ_ONLY_SESSION' ? 'preferences-read-only' : undefined}
        >
          <Stack gap="xs" mt="xs">
            {CHOICES.map((choice) => (
              <Radio key={choice} value={choice} label={t(`messageLetters.${choice}`)} disabled={block !== null || loading} />
            ))}
          </Stack>
        </Radio.Group>
        {saved && (
          <Text size="sm" c="teal.8" role="status">
            <IconCircleCheck size={16} aria-hidden style={{ verticalAlign: 'text-bottom' }} /> {t('messageLetters.saved')}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
