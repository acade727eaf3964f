import { useMutation } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../app/graphqlErrors';
import type { MessageLetters } from '../../gql/graphql';
import { UpdateClientMessageLettersDocument } from './messageLetters.generated';

const CHOICES: MessageLetters[] = ['IMMEDIATELY', 'DAILY_DIGEST', 'NEVER'];

interface MessageLettersSelectProps {
  clientId: string;
  value: MessageLetters;
  readOnly: boolean;
}

/**
 * When the client hears by e-mail of the agency's messages (the client may choose it on its Profile
 * too). Saved on its own as it is chosen: it is not part of the System Account's versioned form.
 */
export function MessageLettersSelect({ clientId, value, readOnly }: MessageLettersSelectProps) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(UpdateClientMessageLettersDocument);
  const choose = async (next: string | null) => {
    if (!next || next === value) return;
    try {
      await save({ variables: { clientId, messageLetters: next as MessageLetters } });
      notifications.show({ color: 'teal', message: t('systemAccount.messageLettersSaved') });
    } catch (failure) {
      notifications.show({ color: 'red', title: t('systemAccount.saveFailed'), message: errorMessage(failure as Error, t) });
    }
  };
  return (
    <Select
      label={t('systemAccount.messageLetters')}
      description={t('systemAccount.messageLettersDescription')}
      data={CHOICES.map((choice) => ({ value: choice, label: t(`systemAccount.messageLettersChoice.${choice}`) }))}
      value={value}
      onChange={(next) => void choose(next)}
      allowDeselect={false}
      maw={420}
      disabled={readOnly || loading}
    />
  );
}
