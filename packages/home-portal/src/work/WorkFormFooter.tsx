import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface WorkFormFooterProps {
  /** Why the last save failed, apart from field errors, or null. */
  alert: string | null;
  alertTitle: string;
  submitLabel: string;
  saving: boolean;
  /** Nothing to save yet (an unchanged form). */
  submitDisabled?: boolean;
  onCancel: () => void;
  /** "Cancel" unless told otherwise. */
  cancelLabel?: string;
  cancelDisabled?: boolean;
  /** Without the right to save: no buttons. */
  readOnly?: boolean;
}

/** The end of a project's or quote's form: why saving failed, then Cancel and the submit button. */
export function WorkFormFooter({
  alert,
  alertTitle,
  submitLabel,
  saving,
  submitDisabled,
  onCancel,
  cancelLabel,
  cancelDisabled,
  readOnly = false,
}: WorkFormFooterProps) {
  const { t } = useTranslation();
  return (
    <>
      {alert && (
        <Alert color="red" title={alertTitle}>
          {alert}
        </Alert>
      )}
      {!readOnly && (
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={cancelDisabled} onClick={onCancel}>
            {cancelLabel ?? t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} disabled={submitDisabled}>
            {submitLabel}
          </Button>
        </Group>
      )}
    </>
  );
}
