import { Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../app/graphqlErrors';
import { asErrorLike } from '../forms/serverErrors';

/** How long "Undo" stays offered, unless the user is on it (focus or pointer), which holds it. */
export const UNDO_SECONDS = 10;

interface UndoNoticeProps {
  /** What was done, e.g. "Username in XTM Cloud removed." */
  message: string;
  /** Puts back what was done; a rejection keeps the notice and shows why. */
  onUndo: () => Promise<void>;
  /** The time to undo is over (or the undo succeeded): the notice goes. */
  onDone: () => void;
}

/**
 * "Removed. Undo" in place of what was removed, for a few seconds: announced to screen readers, with
 * the focus on Undo (so the keyboard user who pressed Remove is one Enter away from taking it back).
 * Hovering or focusing it holds the time, so nobody loses the chance while reading.
 */
export function UndoNotice({ message, onUndo, onDone }: UndoNoticeProps) {
  const { t } = useTranslation();
  const messageId = useId();
  const undoButton = useRef<HTMLButtonElement>(null);
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const [undoing, setUndoing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => undoButton.current?.focus(), []);

  const holding = held.focus || held.pointer || undoing;
  useEffect(() => {
    if (holding) return undefined;
    const timer = window.setTimeout(onDone, UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [holding, onDone]);

  const undo = async () => {
    setUndoing(true);
    setFailure(null);
    try {
      await onUndo();
      onDone();
    } catch (error) {
      setFailure(errorMessage(asErrorLike(error), t));
      setUndoing(false);
    }
  };

  return (
    <Paper
      withBorder
      p="xs"
      bg="var(--mantine-color-gray-0)"
      onFocus={() => setHeld((current) => ({ ...current, focus: true }))}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld((current) => ({ ...current, focus: false }));
      }}
      onPointerEnter={() => setHeld((current) => ({ ...current, pointer: true }))}
      onPointerLeave={() => setHeld((current) => ({ ...current, pointer: false }))}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" id={messageId} role="status">
          {message}
        </Text>
        <Button
          ref={undoButton}
          size="xs"
          variant="light"
          leftSection={<IconArrowBackUp size={14} aria-hidden />}
          loading={undoing}
          aria-describedby={messageId}
          onClick={() => void undo()}
        >
          {t('common.undo')}
        </Button>
      </Group>
      {failure && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {failure}
        </Text>
      )}
    </Paper>
  );
}
